using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The notice template (DocumentCatalogue.Notice) — 督办通知单, read by the notice model of Templates/README.md.</summary>
public static class NoticeTemplate
{
    /// <summary>The body XML of the notice template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "", "{{ notice.number }}"),
        Title("督办通知单"),
        Recipient("{{ notice.addressee }}："),
        Body("根据《关于对教育实践活动整改落实情况进行“回头看”的通知》要求，现将{{ notice.you }}在“回头看”督查中发现的问题予以督办，责成“回炉”“补课”，限期整改到位。"),
        Parties(),
        Heading1("一、督办事项"),
        Items(),
        Heading1("二、督办依据"),
        Body("{{ notice.basis }}"),
        Heading1("三、办理要求"),
        // short requirements run on in one paragraph: （一）…。（二）…。 so that a five-item notice keeps to two pages of body
        Body("{{ for r in notice.requirements }}{{ gw.level2 (for.index + 1) }}{{ r }}{{ if !(string.ends_with r \"。\") }}。{{ end }}{{ end }}"),
        Heading1("四、办理时限和反馈方式"),
        // the last body paragraph, kept with the 附件说明, 署名 and 成文日期 that follow: they never stand on a page without the body (§7.3.5)
        P("Normal", R("请于{{ notice.deadline }}前整改到位，逐项填写附件所列办理结果，经{{ notice.signer_label }}签字后报送。" +
            "{{ notice.feedback }}{{ if !(string.ends_with notice.feedback \"。\") }}。{{ end }}" +
            "联系人：{{ campaign.contact }}，联系电话：{{ campaign.phone }}。"), "<w:keepNext/>"),
        PT("GwAttachNote", "附件：督办事项办理结果报告单"),
        Signature("campaign.office", "notice.date", "campaign.sealed"),
        Result(),
        Colophon("campaign.copy_to", "campaign.printed_by", "campaign.print_date"));

    static string Parties()
    {
        int[] w = [1500, 3300, 1400, 2644];
        return Table(w,
        [
            Row(false, Label(w[0], "{{ notice.party_label }}"), TextCell(w[1], R("{{ notice.party }}")), Label(w[2], "{{ notice.head_label }}"),
                TextCell(w[3], R("{{ notice.head }}"))),
            // the office that supervises is the 发文机关 of the 版头 and the 署名; this row says who signed and by when
            Row(false, Label(w[0], "办理时限"), TextCell(w[1], R("{{ notice.deadline }}")), Label(w[2], "签发人"),
                TextCell(w[3], R("{{ campaign.signer }}", Ooxml.Fonts.KaiTi))),
        ]);
    }

    static string Items()
    {
        // the problem and the measure get the width (the focus point's long title made each row five lines deep);
        // 整改时限 is the notice's own 限期, wide enough for one line
        int[] w = [700, 3100, 2844, 2200];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "存在问题"), Label(w[2], "整改要求"), Label(w[3], "整改时限")),
            Row(false,
                TextCell(w[0], R("{{ for it in items }}{{ it.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ it.problem }}")),
                TextCell(w[2], R("{{ it.measure }}")),
                TextCell(w[3], R("{{ notice.deadline }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }

    // 办理结果 is the unit's return slip: an attachment before the 版记, with the same item tags as the forms.
    static string Result()
    {
        int[] w = [700, 4244, 1700, 2200];
        int[] v = [1900, 2600, 1600, 2744];
        return string.Concat(
            AttachmentHead("附件", "督办事项办理结果报告单"),
            PT("GwRecipient", "{{ notice.party_label }}：{{ notice.party }}"),
            PT("GwRecipient", "通知单编号：{{ notice.number }}"),
            Table(w,
            [
                Row(true, Label(w[0], "序号"), Label(w[1], "督办事项"), Label(w[2], "整改进展"), Label(w[3], "进展说明")),
                Row(false,
                    TextCell(w[0], R("{{ for it in items }}{{ it.no }}"), style: "GwTableCenter"),
                    TextCell(w[1], R("{{ it.problem }}")),
                    TextCell(w[2], DropDown("整改进展", "item.{{ it.id }}.status", "整改到位", "部分整改到位", "尚未启动"), style: "GwTableCenter"),
                    TextCell(w[3], PlainText("进展说明", "item.{{ it.id }}.note") + R("{{ end }}"))),
            ]),
            PT("GwNote", "（以下由{{ notice.party_label }}填写）"),
            Table(v,
            [
                TallRow(1200, Label(v[0], "整改落实情况"), Cell(v[1] + v[2] + v[3], RichText("整改落实情况", "result.measures"), span: 3, vAlign: "top")),
                Row(false, Label(v[0], "整改完成时间"), TextCell(v[1], DatePicker("整改完成时间", "result.done_date")),
                    Label(v[2], "群众评价"), TextCell(v[3], DropDown("群众评价", "result.satisfaction", "满意", "基本满意", "不满意"))),
                Row(false, Label(v[0], "{{ notice.signer_label }}（签字）"), TextCell(v[1], SignHere("签字", "signature")),
                    Label(v[2], "报送日期"), TextCell(v[3], DatePicker("报送日期", "fill_date"))),
            ]));
    }
}
