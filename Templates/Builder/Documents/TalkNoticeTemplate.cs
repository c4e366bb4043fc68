using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The 约谈提醒通知 template (DocumentCatalogue.TalkNotice), read by the talk-notice model of Templates/README.md.</summary>
public static class TalkNoticeTemplate
{
    /// <summary>The body XML of the 约谈提醒通知 template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "", "{{ talk.number }}"),
        Title("约谈提醒通知"),
        Recipient("{{ talk.addressee }}："),
        Body("{{ talk.opening }}"),
        Heading1("一、约谈事由"),
        Items(),
        Heading1("二、约谈安排"),
        Body("{{ talk.arrangement }}"),
        Heading1("三、有关要求"),
        // the last body paragraph, kept with the 署名 and 成文日期 that follow (§7.3.5)
        P("Normal", R("{{ for r in talk.requirements }}{{ gw.level2 (for.index + 1) }}{{ r }}{{ if !(string.ends_with r \"。\") }}。{{ end }}{{ end }}" +
            "联系人：{{ campaign.contact }}，联系电话：{{ campaign.phone }}。"), "<w:keepNext/>"),
        Signature("campaign.office", "talk.date", "campaign.sealed"),
        // sent to the one unit and copied to nobody: the 版记 holds the 印发 line only, printed the day it is dated
        Colophon(null, "campaign.printed_by", "talk.date"));

    static string Items()
    {
        int[] w = [700, 3544, 2100, 2500];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "存在问题"), Label(w[2], "整改时限"), Label(w[3], "目前进展")),
            Row(false,
                TextCell(w[0], R("{{ for it in talk.items }}{{ it.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ it.problem }}")),
                TextCell(w[2], R("{{ it.due }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ it.stage }}{{ if it.overdue != \"\" }}，{{ it.overdue }}{{ end }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }
}
