using OfficeTools.Testing;
using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>GB/T 9704 page, grid and page numbers, read from each template's OOXML.</summary>
public class PageLayoutTests
{
    /// <summary>Every template name.</summary>
    public static TheoryData<string> All => new(Samples.Names);

    [Theory, MemberData(nameof(All))]
    public void Template_passes_the_OpenXml_validator(string name) =>
        DocxValidation.AssertValid(Samples.Template(name), name);

    [Theory, MemberData(nameof(All))]
    public void Page_is_A4_with_GBT_margins_and_a_22_line_grid(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var size = x.Section.Element(W + "pgSz")!;
        Assert.Equal(("11906", "16838"), ((string)size.Attribute(W + "w")!, (string)size.Attribute(W + "h")!));
        Assert.Null(size.Attribute(W + "orient"));
        var mar = x.Section.Element(W + "pgMar")!;
        Assert.Equal("2098", (string)mar.Attribute(W + "top")!);
        Assert.Equal("1588", (string)mar.Attribute(W + "left")!);
        Assert.Equal("1474", (string)mar.Attribute(W + "right")!);
        Assert.Equal("1984", (string)mar.Attribute(W + "bottom")!);
        // page number about 7 mm below the 版心: footer text bottom ~22 mm above the paper's edge
        Assert.InRange((int)mar.Attribute(W + "footer")!, 1134, 1361);
        var grid = x.Section.Element(W + "docGrid")!;
        Assert.Equal("lines", (string)grid.Attribute(W + "type")!);
        Assert.Equal("579", (string)grid.Attribute(W + "linePitch")!);
    }

    [Theory, MemberData(nameof(All))]
    public void Page_numbers_are_4hao_songti_odd_right_even_left(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        Assert.NotNull(x.Settings.Root!.Element(W + "evenAndOddHeaders"));
        Assert.Equal(["default", "even"], x.Footers.Keys.Order());
        foreach (var (kind, footer) in x.Footers)
        {
            var p = Assert.Single(footer.Root!.Elements(W + "p"));
            Assert.Contains(footer.Descendants(W + "instrText"), i => i.Value.Trim() == "PAGE");
            Assert.Equal("— 1 —", Text(p));
            Assert.Equal(kind == "even" ? "left" : "right", x.Para(p, "jc"));
            Assert.Equal("280", x.Para(p, "ind", kind == "even" ? "left" : "right"));
            foreach (var run in p.Elements(W + "r"))
            {
                Assert.Equal("宋体", (string?)run.Element(W + "rPr")!.Element(W + "rFonts")!.Attribute(W + "eastAsia"));
                Assert.Equal("宋体", (string?)run.Element(W + "rPr")!.Element(W + "rFonts")!.Attribute(W + "ascii"));
                Assert.Equal("28", (string?)run.Element(W + "rPr")!.Element(W + "sz")!.Attribute(W + "val"));
            }
        }
    }

    [Theory, MemberData(nameof(All))]
    public void Body_text_is_3hao_fangsong_28_characters_a_line_indented_two(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        Assert.Equal("仿宋_GB2312", x.StyleRun("Normal", "rFonts", "eastAsia"));
        Assert.Equal("Times New Roman", x.StyleRun("Normal", "rFonts", "ascii"));
        Assert.Equal("Times New Roman", x.StyleRun("Normal", "rFonts", "hAnsi"));
        Assert.Equal("eastAsia", x.StyleRun("Normal", "rFonts", "hint")); // “ ” — … in the Chinese font
        Assert.Equal("32", x.StyleRun("Normal", "sz"));
        Assert.Equal("-5", x.StyleRun("Normal", "spacing"));
        Assert.Equal("200", x.StylePara("Normal", "ind", "firstLineChars"));
        Assert.Equal("579", x.StylePara("Normal", "spacing", "line"));
        Assert.Contains(x.Document.Descendants(W + "p"), p => StyleOf(p) == "Normal" && Text(p).Length > 0);
    }

    [Theory, MemberData(nameof(All))]
    public void Structure_levels_use_heiti_then_kaiti(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        Assert.Equal("黑体", x.StyleRun("GwHeading1", "rFonts", "eastAsia"));
        Assert.Equal("楷体_GB2312", x.StyleRun("GwHeading2", "rFonts", "eastAsia"));
        Assert.Equal("仿宋_GB2312", x.StyleRun("GwHeading3", "rFonts", "eastAsia"));
        Assert.All(["GwHeading1", "GwHeading2", "GwHeading3"], s => Assert.Equal("32", x.StyleRun(s, "sz")));
        Assert.Equal("一级标题", (string?)x.Style("GwHeading1").Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("二级标题", (string?)x.Style("GwHeading2").Element(W + "name")!.Attribute(W + "val"));
        // a 催办通知 is a short letter: its body has no 一、 headings
        if (!Samples.Letters.Contains(name)) Assert.NotEmpty(x.ParagraphsIn("GwHeading1"));
    }

    [Theory, MemberData(nameof(All))]
    public void Title_is_2hao_xiaobiaosong_centred(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var title = x.ParagraphsIn("GwTitle").First();
        Assert.Equal("方正小标宋简体", x.StyleRun("GwTitle", "rFonts", "eastAsia"));
        Assert.Equal("44", x.StyleRun("GwTitle", "sz"));
        Assert.Equal("center", x.Para(title, "jc"));
    }
}
