using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>
/// The 个人整改措施落实情况报告 template (DocumentCatalogue.MemberReport): a 班子成员's report to the 民主生活会, in the member's voice,
/// read by the member-report model of Templates/README.md; signed by the member (unsealed 署名, §7.3.5).
/// </summary>
public static class MemberReportTemplate
{
    /// <summary>The body XML of the report template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        P("GwTitle", R("{{ report.title }}"), "<w:spacing w:before=\"0\" w:after=\"0\"/>"),
        PT("GwSubtitle", "（在{{ report.meeting }}上）"),
        PT("GwSubtitle", "{{ report.author }}"),
        Body("{{ report.opening }}"),
        Heading1("一、整改措施落实情况"),
        Entries("report.done", "对照检查和整改事项均在推进之中。"),
        Heading1("二、尚未整改到位的问题"),
        Entries("report.gaps", "列入整改台账的个人整改事项已全部整改到位。"),
        Heading1("三、下一步整改打算"),
        Block("{{ for p in report.plans }}"),
        Block("{{ if for.last }}"),
        // the last body paragraph, kept with the 署名 and 成文日期 that follow (§7.3.5)
        P("Normal", R("{{ gw.level2 (for.index + 1) }}{{ p }}"), "<w:keepNext/>"),
        Block("{{ else }}"),
        Body("{{ gw.level2 (for.index + 1) }}{{ p }}"),
        Block("{{ end }}"),
        Block("{{ end }}"),
        Signature("report.author", "report.date", "false"));

    // each entry a level-2 heading run on with its text: （一）关于……的问题。措施……
    static string Entries(string list, string none) => string.Concat(
        Block($"{{{{ if (array.size {list}) > 0 }}}}"),
        Block($"{{{{ for e in {list} }}}}"),
        P("Normal", R("{{ gw.level2 e.no }}", Ooxml.Fonts.KaiTi) + R("{{ e.title }}。", Ooxml.Fonts.KaiTi) + R("{{ e.text }}")),
        Block("{{ end }}"),
        Block("{{ else }}"),
        Body(none),
        Block("{{ end }}"));
}
