using System.Xml.Linq;
using OfficeTools.Testing;
using static OfficeTools.Engine.Tests.Render;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// Loops repeat drawings, shapes, bookmarks and tracked changes; their ids must stay unique or Word reports
/// unreadable content (docxtemplater, docxtpl and docx-templates users hit this with shapes in loops).
/// </summary>
public class RepeatedIdTests
{
    static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    static string Drawing(int id) =>
        $"<w:r><w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"457200\"/><wp:docPr id=\"{id}\" name=\"图 {id}\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        "<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"914400\" cy=\"457200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>" +
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    static byte[] Doc(string json)
    {
        var loop = DocxFactory.P("{{ for u in units }}") +
            $"<w:p w14:paraId=\"0A0B0C0D\" w14:textId=\"77777777\"><w:bookmarkStart w:id=\"5\" w:name=\"单位\"/><w:r><w:t xml:space=\"preserve\">{{{{ u }}}}</w:t></w:r><w:bookmarkEnd w:id=\"5\"/>{Drawing(3)}" +
            "<w:r><w:pict><v:rect id=\"框1\" style=\"width:10pt;height:10pt\"/></w:pict></w:r></w:p>" + DocxFactory.P("{{ end }}") +
            $"<w:p><w:bookmarkStart w:id=\"9\" w:name=\"尾\"/><w:r><w:t>尾</w:t></w:r><w:bookmarkEnd w:id=\"9\"/>{Drawing(8)}</w:p>";
        return Ok(DocxFactory.Create(loop, headerXml: $"<w:p>{Drawing(12)}</w:p>"), json);
    }

    [Fact]
    public void Repeated_drawings_shapes_paragraph_ids_and_bookmarks_get_fresh_unique_ids()
    {
        var doc = Doc("""{"units":["甲","乙","丙"]}""");
        var body = Part(doc, "word/document.xml");
        var header = Part(doc, "word/header1.xml");
        var docPrs = body.Descendants(Wp + "docPr").Concat(header.Descendants(Wp + "docPr")).Select(d => (long)d.Attribute("id")!).ToList();
        Assert.Equal(docPrs.Count, docPrs.Distinct().Count());
        Assert.Equal([3, 13, 14, 8, 12], docPrs);
        var paraIds = body.Descendants(W + "p").Select(p => (string?)p.Attribute(W14 + "paraId")).OfType<string>().ToList();
        Assert.Equal(3, paraIds.Distinct().Count());
        Assert.All(paraIds, id => Assert.True(Convert.ToInt64(id, 16) is > 0 and < 0x80000000));
        var vml = body.Descendants(V + "rect").Select(r => (string)r.Attribute("id")!).ToList();
        Assert.Equal(["框1", "框1_2", "框1_3"], vml);
        var starts = body.Descendants(W + "bookmarkStart").Select(b => (long)b.Attribute(W + "id")!).ToList();
        var ends = body.Descendants(W + "bookmarkEnd").Select(b => (long)b.Attribute(W + "id")!).ToList();
        Assert.Equal(starts, ends);
        Assert.Equal(starts.Count, starts.Distinct().Count());
        Assert.Equal(5, starts[0]);
        Assert.Equal(9, starts[^1]);
        Assert.All(starts.Skip(1).SkipLast(1), id => Assert.True(id > 9));
    }

    [Fact]
    public void A_single_repetition_keeps_the_templates_ids()
    {
        var body = Part(Doc("""{"units":["甲"]}"""), "word/document.xml");
        Assert.Equal([3L, 8L], body.Descendants(Wp + "docPr").Select(d => (long)d.Attribute("id")!));
        Assert.Equal([5L, 9L], body.Descendants(W + "bookmarkStart").Select(b => (long)b.Attribute(W + "id")!));
    }
}
