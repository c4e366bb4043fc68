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

    [Fact]
    public void Lists_numbered_by_paragraph_style_restart_too()
    {
        const string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
            "<w:style w:type=\"paragraph\" w:styleId=\"ListBase\"><w:name w:val=\"List Base\"/><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Req\"><w:name w:val=\"Req\"/><w:basedOn w:val=\"ListBase\"/></w:style></w:styles>";
        var body = DocxFactory.P("{{ for u in units }}") + DocxFactory.P("{{ u.name }}") + DocxFactory.P("{{ for r in u.reqs }}") +
            "<w:p><w:pPr><w:pStyle w:val=\"Req\"/></w:pPr><w:r><w:t>{{ r }}</w:t></w:r></w:p>" + DocxFactory.P("{{ end }}") + DocxFactory.P("{{ end }}");
        var docx = WithStyles(DocxFactory.Create(body, numberingXml: Numbering), styles);
        var doc = Ok(docx, Data, TemplateOptions.Default with { RestartNumbering = true });
        var ids = Part(doc, "word/document.xml").Descendants(W + "numId").Select(n => n.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(2, ids.Distinct().Count());
        Assert.DoesNotContain("3", ids);
    }

    /// <summary>Adds a styles part (with its relationship and content type) to a package.</summary>
    static byte[] WithStyles(byte[] docx, string stylesXml)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            void Replace(string name, Func<string, string> edit)
            {
                var e = zip.GetEntry(name)!;
                string text;
                using (var r = new StreamReader(e.Open())) text = r.ReadToEnd();
                e.Delete();
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(edit(text));
            }
            using (var w = new StreamWriter(zip.CreateEntry("word/styles.xml").Open())) w.Write(stylesXml);
            Replace("[Content_Types].xml", t => t.Replace("</Types>", "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>", StringComparison.Ordinal));
            Replace("word/_rels/document.xml.rels", t => t.Replace("</Relationships>", "<Relationship Id=\"rIdSt\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>", StringComparison.Ordinal));
        }
        return ms.ToArray();
    }
}
