using System.Xml.Linq;
using OfficeTools.Testing;
using static OfficeTools.Engine.Tests.Render;

namespace OfficeTools.Engine.Tests;

/// <summary>RestartNumbering: each repetition of a block gets its own list instance starting again.</summary>
public class NumberingTests
{
    const string Numbering =
        "<w:abstractNum w:abstractNumId=\"5\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"5\"/></w:num>";

    static string ListP(string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    static readonly string Body = DocxFactory.P("{{ for u in units }}") + DocxFactory.P("{{ u.name }}") +
        "<w:p/>".Replace("<w:p/>", DocxFactory.P("{{ for r in u.reqs }}")) + ListP("{{ r }}") + DocxFactory.P("{{ end }}") + DocxFactory.P("{{ end }}");

    const string Data = """{"units":[{"name":"甲","reqs":["a","b"]},{"name":"乙","reqs":["c","d","e"]}]}""";

    [Fact]
    public void Each_repetition_gets_a_fresh_list_that_starts_over()
    {
        var doc = Ok(DocxFactory.Create(Body, numberingXml: Numbering), Data, TemplateOptions.Default with { RestartNumbering = true });
        var ids = Part(doc, "word/document.xml").Descendants(W + "numId").Select(n => n.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(5, ids.Count);
        var distinct = ids.Distinct().ToList();
        Assert.Equal(2, distinct.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[1], ids[2]);
        var numbering = Part(doc, "word/numbering.xml");
        foreach (var id in distinct)
        {
            var num = numbering.Root!.Elements(W + "num").Single(n => n.Attribute(W + "numId")!.Value == id);
            Assert.Equal("5", num.Element(W + "abstractNumId")!.Attribute(W + "val")!.Value);
            Assert.Equal("1", num.Elements(W + "lvlOverride").First().Element(W + "startOverride")!.Attribute(W + "val")!.Value);
        }
        Assert.Equal("甲\na\nb\n乙\nc\nd\ne", DocxText.Body(doc));
    }

    [Fact]
    public void Without_the_option_lists_keep_counting()
    {
        var doc = Ok(DocxFactory.Create(Body, numberingXml: Numbering), Data);
        var ids = Part(doc, "word/document.xml").Descendants(W + "numId").Select(n => n.Attribute(W + "val")!.Value).Distinct();
        Assert.Equal(["3"], ids);
        Assert.Single(Part(doc, "word/numbering.xml").Root!.Elements(W + "num"));
    }
}
