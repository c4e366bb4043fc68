using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The 表扬通报 template (DocumentCatalogue.Commendation), read by the commendation model of Templates/README.md.</summary>
public static class CommendationTemplate
{
    /// <summary>The body XML of the 表扬通报 template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "", "{{ commendation.number }}"),
        TitleOf("commendation.title"),
        Recipient("{{ commendation.recipients }}："),
        Body("{{ commendation.opening }}"),
        Block("{{ if (array.size commendation.units) > 0 }}"),
        Heading1("{{ gw.level1 1 }}受表扬的单位"),
        Block("{{ for u in commendation.units }}"),
        Body("{{ u.no }}．{{ u.name }}：{{ u.text }}"),
        Block("{{ end }}"),
        Block("{{ end }}"),
        Block("{{ if (array.size commendation.persons) > 0 }}"),
        Heading1("{{ gw.level1 ((array.size commendation.units) > 0 ? 2 : 1) }}受表扬的个人"),
        Block("{{ for u in commendation.persons }}"),
        Body("{{ u.no }}．{{ u.name }}：{{ u.text }}"),
        Block("{{ end }}"),
        Block("{{ end }}"),
        // the last body paragraph, kept with the 署名 and 成文日期 (§7.3.5)
        P("Normal", R("{{ commendation.closing }}"), "<w:keepNext/>"),
        Signature("campaign.office", "commendation.date", "campaign.sealed"),
        // printed the day it is dated: the campaign's 印发日期 is its briefing's
        Colophon("campaign.copy_to", "campaign.printed_by", "commendation.date"));
}
