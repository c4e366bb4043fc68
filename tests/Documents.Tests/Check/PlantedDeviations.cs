using OfficeTools.Testing;
using P = OfficeTools.Testing.ForeignGongwen.Paragraphs;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>One deviation planted in a 公文 nobody here wrote, and the finding it must give (code, part as the clerk knows it, paragraph).</summary>
/// <remarks>The part by label, not file name: LibreOffice renumbers footer parts.</remarks>
public sealed record Planted(string Name, ForeignGongwen.Options Options, string Code, string Part, int? Paragraph)
{
    /// <summary>For test names.</summary>
    public override string ToString() => Name;
}

/// <summary>The deviations the checker must find, one per document.</summary>
public static class PlantedDeviations
{
    const string Body = "正文";
    const string Page = "页面设置";
    static readonly ForeignGongwen.Options Ok = new();

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyList<Planted> All { get; } =
    [
        new("wrong-left-margin", Ok with { LeftMargin = 1800 }, "GW0103", Page, null),
        new("doc-number-with-di", Ok with { DocNumber = ["某政发", "〔2014〕", "第12号"] }, "GW0212", Body, P.DocNumber),
        new("doc-number-leading-zero", Ok with { DocNumber = ["某政发", "〔2014〕", "012号"] }, "GW0213", Body, P.DocNumber),
        new("doc-number-square-brackets", Ok with { DocNumber = ["某政发", "[2014]", "12号"] }, "GW0211", Body, P.DocNumber),
        new("date-in-chinese-numerals", Ok with { Date = "二〇一四年十二月十五日" }, "GW0411", Body, P.Date),
        new("date-zero-padded", Ok with { Date = "2014年12月05日" }, "GW0412", Body, P.Date),
        new("title-in-hei", Ok with { TitleFont = "黑体" }, "GW0301", Body, P.Title),
        new("body-in-sihao", Ok with { FirstBodySize = 28 }, "GW0312", Body, P.FirstBody),
        new("page-number-without-dashes", Ok with { Dashes = false }, "GW0602", "页脚（奇数页）", 1),
        new("no-red-rule", Ok with { RedRule = false }, "GW0220", Body, P.DocNumber),
        new("colophon-first-rule-thin", Ok with { FirstColophonRule = 4 }, "GW0505", Body, P.CopyTo),
    ];

    /// <summary>The cases as theory data.</summary>
    public static TheoryData<string> Names() => [.. All.Select(c => c.Name)];

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static Planted Named(string name) => All.Single(c => c.Name == name);
}
