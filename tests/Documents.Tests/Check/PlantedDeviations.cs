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
        new("wrong-top-margin", Ok with { TopMargin = 1440 }, "GW0102", Page, null),
        new("masthead-black", Ok with { MastheadColor = "000000" }, "GW0201", Body, P.Masthead),
        new("level1-in-fangsong", Ok with { Level1Font = "仿宋_GB2312" }, "GW0313", Body, P.Level1),
        new("level2-in-song", Ok with { Level2Font = "宋体" }, "GW0314", Body, P.Level2),
        new("body-in-kai", Ok with { FirstBodyFont = "楷体_GB2312" }, "GW0311", Body, P.FirstBody),
        new("attachment-half-width-colon", Ok with { AttachmentNote = ["附件:1.整改落实情况统计表", "2.整改任务清单"] }, "GW0401", Body, P.AttachmentNote),
        new("attachment-numbered-with-dunhao", Ok with { AttachmentNote = ["附件：1、整改落实情况统计表", "2.整改任务清单"] }, "GW0402", Body, P.AttachmentNote),
        new("attachment-name-with-stop", Ok with { AttachmentNote = ["附件：1.整改落实情况统计表", "2.整改任务清单。"] }, "GW0403", Body, P.AttachmentNote2),
        new("print-date-zero-padded", Ok with { PrintDate = "2014年12月05日" }, "GW0507", Body, P.PrintedBy),
        new("copy-to-without-stop", Ok with { CopyTo = "抄送：县委办公室，县人大常委会办公室" }, "GW0503", Body, P.CopyTo),
        new("text-after-colophon", Ok with { AfterColophon = "（此页无正文）" }, "GW0501", Body, P.AfterColophon),
        new("odd-and-even-pages-alike", Ok with { EvenAndOdd = false }, "GW0605", "文档设置", null),
        new("page-number-in-wuhao", Ok with { PageNumberSize = 21 }, "GW0603", "页脚（奇数页）", 1),
        new("list-numbered-level1-in-fangsong", Ok with { HeadingsByListNumbering = true, Level1Font = "仿宋_GB2312" }, "GW0313", Body, P.Level1),
        new("masthead-black-in-text-box", Ok with { MastheadInTextBox = true, RedRuleDrawn = true, MastheadColor = "000000" }, "GW0201", "正文文本框", 1),
    ];

    /// <summary>Documents that conform, made in different ways, by name.</summary>
    public static IReadOnlyDictionary<string, ForeignGongwen.Options> Conforming { get; } = new Dictionary<string, ForeignGongwen.Options>
    {
        ["direct-formatting"] = Ok,
        // Without the character style's 小标宋, the title would fall back to the theme's 等线 and be reported.
        ["title-face-from-character-style"] = Ok with { TitleFontFromCharacterStyle = true },
        ["masthead-in-text-box-and-drawn-red-rule"] = Ok with { MastheadInTextBox = true, RedRuleDrawn = true },
        // Without reading the numbering part, 总体要求 in 黑体 would be taken for 正文 in the wrong face.
        ["headings-by-list-numbering"] = Ok with { HeadingsByListNumbering = true },
    };

    /// <summary>The conforming documents' names as theory data.</summary>
    public static TheoryData<string> ConformingNames() => [.. Conforming.Keys];

    /// <summary>The cases as theory data.</summary>
    public static TheoryData<string> Names() => [.. All.Select(c => c.Name)];

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static Planted Named(string name) => All.Single(c => c.Name == name);
}
