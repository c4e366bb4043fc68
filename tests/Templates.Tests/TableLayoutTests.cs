using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>Tables: bordered, inside the 156 mm 版心, header rows repeated, 小四 仿宋 in cells.</summary>
public class TableLayoutTests
{
    /// <summary>Every template name.</summary>
    public static TheoryData<string> All => new(Samples.Names);

    [Theory, MemberData(nameof(All))]
    public void Tables_fit_the_text_block(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var tables = x.Document.Descendants(W + "tbl").ToList();
        Assert.Equal(!Samples.WithoutTables.Contains(name), tables.Count > 0);
        foreach (var t in tables)
        {
            var grid = t.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => (int)c.Attribute(W + "w")!);
            // 版心 width: 11906 − 1588 − 1474 = 8844 twips (156 mm)
            Assert.InRange(grid, 1, 8844);
            Assert.InRange((int)t.Element(W + "tblPr")!.Element(W + "tblW")!.Attribute(W + "w")!, 1, 8844);
            foreach (var row in t.Elements(W + "tr"))
                Assert.Equal(grid, row.Elements(W + "tc").Sum(c => (int)c.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!));
        }
    }

    [Theory, MemberData(nameof(All))]
    public void Repeating_tables_have_a_repeated_header_row(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var looped = x.Document.Descendants(W + "tbl").Where(t => t.Elements(W + "tr").Any(r => Text(r).Contains("{{ for ", StringComparison.Ordinal))).ToList();
        Assert.Equal(!Samples.WithoutRepeatedRows.Contains(name), looped.Count > 0);
        foreach (var t in looped)
            Assert.NotNull(t.Elements(W + "tr").First().Element(W + "trPr")?.Element(W + "tblHeader"));
    }

    [Theory, MemberData(nameof(All))]
    public void Cells_are_small4_fangsong_with_borders(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        Assert.Equal("24", x.StyleRun("GwTableText", "sz"));
        Assert.Equal("仿宋_GB2312", x.StyleRun("GwTableText", "rFonts", "eastAsia"));
        Assert.Equal("表格文字", (string?)x.Style("GwTableText").Element(W + "name")!.Attribute(W + "val"));
        var borders = x.Style("GwTable").Descendants(W + "tblBorders").Single();
        Assert.All(["top", "left", "bottom", "right", "insideH", "insideV"], side =>
            Assert.Equal("single", (string?)borders.Element(W + side)!.Attribute(W + "val")));
        var cellStyles = x.Document.Descendants(W + "tc").SelectMany(c => c.Descendants(W + "p")).Select(StyleOf).Distinct();
        Assert.All(cellStyles, s => Assert.Contains(x.StyleRun(s, "sz"), new[] { "24", "28" }));
    }
}
