using System.Xml.Linq;
using OfficeTools.Testing;
using static OfficeTools.Engine.Tests.Render;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// Paragraphs made only of blocks vanish when the blocks give nothing, tables whose rows all sit in blocks vanish
/// when no row is left, and section breaks carried by tag paragraphs survive. (Visible text: golden cases 020/012–015.)
/// </summary>
public class EmptyBlockTests
{
    const string SectionBreak = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";

    static string TagWithSection(string tag) => $"<w:p><w:pPr>{SectionBreak}</w:pPr><w:r><w:t xml:space=\"preserve\">{tag}</w:t></w:r></w:p>";

    // The body's blocks in order: "p:text" for a paragraph, "section" for a paragraph that ends a section.
    static List<string> Blocks(byte[] doc) => Part(doc, "word/document.xml").Root!.Element(W + "body")!.Elements()
        .Where(e => e.Name != W + "sectPr")
        .Select(e => e.Element(W + "pPr")?.Element(W + "sectPr") != null ? "section" : e.Name.LocalName + ":" + DocxText.ParagraphText(e))
        .ToList();

    [Fact]
    public void A_section_break_on_the_end_tag_paragraph_stays_once_after_the_repetitions()
    {
        var body = DocxFactory.P("{{ for u in units }}") + DocxFactory.P("{{ u }}") + TagWithSection("{{ end }}") + DocxFactory.P("后");
        var doc = Ok(DocxFactory.Create(body), """{"units":["甲","乙"]}""");
        Assert.Equal(["p:甲", "p:乙", "section", "p:后"], Blocks(doc));
    }

    [Fact]
    public void A_section_break_on_the_opening_tag_paragraph_stays_before_the_block_once()
    {
        // Issue 14 §3: repeating it gave 3 items 4 sections, each with the first section's footer and margins.
        var body = DocxFactory.P("前") + TagWithSection("{{ for u in units }}") + DocxFactory.P("{{ u }}") + DocxFactory.P("{{ end }}");
        var doc = Ok(DocxFactory.Create(body), """{"units":["甲","乙","丙"]}""");
        Assert.Equal(["p:前", "section", "p:甲", "p:乙", "p:丙"], Blocks(doc));
    }

    [Fact]
    public void A_paragraph_that_ends_a_section_is_never_removed_even_when_its_blocks_are_empty()
    {
        var body = DocxFactory.P("前") + TagWithSection("{{ if x }}机密{{ end }}") + DocxFactory.P("后");
        Assert.Equal(["p:前", "section", "p:后"], Blocks(Ok(DocxFactory.Create(body), """{"x":false}""")));
    }

    [Fact]
    public void Headers_lose_empty_block_paragraphs_but_keep_their_last_paragraph()
    {
        var header = DocxFactory.P("{{ if secret }}机密★1年{{ end }}") + DocxFactory.P("{{ if urgent }}特急{{ end }}");
        var doc = Ok(DocxFactory.Create(DocxFactory.P("正文"), headerXml: header), """{"secret":false,"urgent":false}""");
        var paragraphs = Part(doc, "word/header1.xml").Root!.Elements(W + "p").ToList();
        Assert.Equal([""], paragraphs.Select(DocxText.ParagraphText));
        doc = Ok(DocxFactory.Create(DocxFactory.P("正文"), headerXml: header), """{"secret":true,"urgent":false}""");
        Assert.Equal(["机密★1年", ""], Part(doc, "word/header1.xml").Root!.Elements(W + "p").Select(DocxText.ParagraphText));
    }

    [Fact]
    public void A_removed_paragraph_keeps_the_formatting_of_those_that_stay()
    {
        var kept = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{ if y }}标题{{ end }}</w:t></w:r></w:p>";
        var doc = Ok(DocxFactory.Create(kept + DocxFactory.P("{{ if x }}无{{ end }}") + DocxFactory.P("尾")), """{"x":false,"y":true}""");
        var first = Part(doc, "word/document.xml").Descendants(W + "p").First();
        Assert.Equal("center", first.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val")!.Value);
        Assert.NotNull(first.Descendants(W + "b").SingleOrDefault());
        Assert.Equal("标题\n尾", DocxText.Body(doc));
    }

    [Fact]
    public void The_output_limit_counts_held_paragraphs_and_the_template_renders_again_afterwards()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("{{ if n > 0 }}{{ for i in 1..n }}内容内容{{ end }}{{ end }}") + DocxFactory.P("尾"))),
            "t.docx", TemplateOptions.Default with { MaxOutputChars = 20_000 });
        var big = t.Render(new Dictionary<string, object?> { ["n"] = 100_000 }, TestContext.Current.CancellationToken);
        Assert.False(big.Success);
        Assert.Contains(big.Diagnostics, d => d.Id == DiagnosticIds.Limit);
        var small = t.Render(new Dictionary<string, object?> { ["n"] = 2 }, TestContext.Current.CancellationToken);
        Assert.True(small.Success, string.Join("\n", small.Diagnostics));
        Assert.Equal("内容内容内容内容\n尾", DocxText.Body(small.Document!));
        var none = t.Render(new Dictionary<string, object?> { ["n"] = 0 }, TestContext.Current.CancellationToken);
        Assert.Equal("尾", DocxText.Body(none.Document!));
    }

    [Fact]
    public void A_table_of_repeated_rows_inside_a_cell_goes_and_the_cell_keeps_its_paragraph()
    {
        var inner = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + DocxFactory.P("{{ for r in rows }}{{ r }}") + "</w:tc>" +
            "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + DocxFactory.P("{{ end }}") + "</w:tc></w:tr></w:tbl>";
        var outer = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>" +
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>" + inner + "<w:p/></w:tc></w:tr></w:tbl><w:p/>";
        var doc = Ok(DocxFactory.Create(outer), """{"rows":[]}""");
        var cell = Part(doc, "word/document.xml").Descendants(W + "tc").Single();
        Assert.Empty(cell.Elements(W + "tbl"));
        Assert.Single(cell.Elements(W + "p"));
        doc = Ok(DocxFactory.Create(outer), """{"rows":["一","二"]}""");
        Assert.Equal(2, Part(doc, "word/document.xml").Descendants(W + "tbl").Single(t => t.Parent!.Name == W + "tc").Elements(W + "tr").Count());
    }
}
