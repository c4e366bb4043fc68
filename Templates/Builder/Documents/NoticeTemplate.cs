using OfficeTools.Documents.Ledger;
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
        // one line (24 characters): with the 办理结果 slip as the 附件, a five-item notice keeps its body to two pages; 回炉 and
        // 补课 are said in the 办理要求
        Body("现将“回头看”中发现的问题予以督办，限期整改到位。"),
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
        P("Normal", R("请于{{ notice.deadline }}前整改到位，逐项填写附件，经{{ notice.signer_label }}签字后报送。" +
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
            Row(false, Label(w[0], "{{ notice.party_label }}"), Tight(w[1], R("{{ notice.party }}")), Label(w[2], "{{ notice.head_label }}"),
                Tight(w[3], R("{{ notice.head }}"))),
            // the office that supervises is the 发文机关 of the 版头 and the 署名; this row says who signed and by when
            Row(false, Label(w[0], "办理时限"), Tight(w[1], R("{{ notice.deadline }}")), Label(w[2], "签发人"),
                Tight(w[3], R("{{ campaign.signer }}", Ooxml.Fonts.KaiTi))),
        ]);
    }

    static string Items()
    {
        // two wide columns: most problems and measures take one line, so five items keep the body to two pages; the 限期
        // is the notice's one deadline for every item, stated once above (办理时限) instead of in a column of its own
        int[] w = [700, 3700, 4444];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "存在问题"), Label(w[2], "整改要求")),
            Row(false,
                Tight(w[0], R("{{ for it in items }}{{ it.no }}"), "GwTableCenter"),
                Tight(w[1], Rework() + R("{{ it.problem }}")),
                Tight(w[2], R("{{ it.measure }}{{ if it.rework && it.rework_reason != \"\" }}（退回原因：{{ it.rework_reason }}）{{ end }}{{ end }}"))),
        ]);
    }

    // the body's tables at single spacing (the forms' 1.25 lines would take a sixth more of the page)
    static string Tight(int width, string runs, string style = "GwTableText") =>
        Cell(width, P(style, runs, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"));

    // an item sent back (退回重办) comes again marked 回炉
    static string Rework() => R("{{ if it.rework }}") + R("（回炉）", Ooxml.Fonts.HeiTi) + R("{{ end }}");

    /// <summary>The slip's fields per item, in column order after 序号 and 督办事项: header, and the control of each row.</summary>
    static readonly (string Header, int Width, Func<string> Control)[] SlipFields =
    [
        ("整改措施", 1540, () => PlainText("整改措施", "item.{{ it.id }}.measure")),
        ("完成情况", 1100, () => DropDown("完成情况", "item.{{ it.id }}.status", Statuses.Progress)),
        ("完成时间", 1100, () => DatePicker("完成时间", "item.{{ it.id }}.done_date")),
        ("佐证材料", 1544, () => PlainText("佐证材料", "item.{{ it.id }}.evidence")),
        ("群众评价", 1100, () => DropDown("群众评价", "item.{{ it.id }}.satisfaction", Statuses.Satisfaction)),
    ];

    const string MachineOnly = "<w:vanish/>";

    // 办理结果 is the unit's return slip, an attachment before the 版记: one row per item with the item tags of the forms and
    // more (measure, done_date, evidence), then the signature and the date. The number is a locked control, and the unit,
    // the kind and the round are hidden locked ones: collect ties a returned slip to the notice by them and by the sealed
    // identity (FormIdentity with the number and round).
    static string Result()
    {
        int[] w = [600, 1860, .. SlipFields.Select(f => f.Width)];
        var cells = string.Concat(SlipFields.Select((f, i) => TextCell(w[i + 2], f.Control() + (i == SlipFields.Length - 1 ? R("{{ end }}") : ""),
            style: f.Header is "完成情况" or "完成时间" or "群众评价" ? "GwTableCenter" : "GwTableText")));
        return string.Concat(
            AttachmentHead("附件", "督办事项办理结果报告单"),
            // the hidden controls first: LibreOffice runs adjacent controls together in the first one's formatting
            P("GwTableText", LockedValue("单位编号", "unit.id", R("{{ unit.id }}", MachineOnly)) + LockedValue("文书类别", "form.kind", R("{{ notice.kind }}", MachineOnly)) +
                LockedValue("督办轮次", "notice.round", R("{{ notice.round }}", MachineOnly)) +
                R("{{ notice.party_label }}：{{ notice.party }}　　通知单编号：") +
                LockedValue("通知单编号", "notice.number", R("{{ notice.number }}")), "<w:spacing w:before=\"0\" w:after=\"120\"/>"),
            Table(w,
            [
                Row(true, [Label(w[0], "序号"), Label(w[1], "督办事项"), .. SlipFields.Select((f, i) => Label(w[i + 2], f.Header))]),
                Row(false, [
                    TextCell(w[0], R("{{ for it in items }}{{ it.no }}"), style: "GwTableCenter"),
                    TextCell(w[1], Rework() + R("{{ it.problem }}")),
                    cells]),
                // room to sign by hand
                TallRow(720, Label(w[0] + w[1], "{{ notice.signer_label }}签字", span: 2), Cell(w[2] + w[3], P("GwTableText", SignHere("签字", "signature")), span: 2),
                    Label(w[4], "填报日期"), TextCell(w[5] + w[6], DatePicker("填报日期", "fill_date"), span: 2, style: "GwTableCenter")),
            ], cellMargin: 40));
    }
}
