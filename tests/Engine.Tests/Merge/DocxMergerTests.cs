using System.Xml.Linq;
using OfficeTools.Engine.Merge;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

public class DocxMergerTests
{
    static readonly XNamespace W = Render.W;
    static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void Notices_follow_each_other_each_from_an_odd_page_with_page_numbers_from_1()
    {
        var numbers = new[] { "青教督〔2015〕71号", "青教督〔2015〕72号", "青教督〔2015〕73号" };
        var docs = numbers.Select(no => Merging.Sample("notice", m => m["notice"]!["number"] = no)).ToList();
        var merged = Merging.Merge(docs);
        var body = DocxText.Body(merged);
        var at = numbers.Select(u => body.IndexOf(u, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);

        var doc = Render.Part(merged, "word/document.xml");
        var sections = doc.Descendants(W + "sectPr").ToList();
        var perDocument = Render.Part(docs[0], "word/document.xml").Descendants(W + "sectPr").Count();
        Assert.Equal(perDocument * 3, sections.Count);
        for (var d = 0; d < 3; d++)
        {
            var first = sections[d * perDocument];
            Assert.Equal("1", (string?)first.Element(W + "pgNumType")?.Attribute(W + "start"));
            if (d > 0) Assert.Equal("oddPage", (string?)first.Element(W + "type")?.Attribute(W + "val"));
            Assert.Equal(6, first.Elements().Count(e => e.Name == W + "headerReference" || e.Name == W + "footerReference"));
        }
    }

    [Fact]
    public void Ids_that_must_be_unique_are_unique_in_the_merged_file()
    {
        var merged = Merging.Merge(Enumerable.Range(1, 3).Select(_ => Merging.Sample("form-leadership")));
        var doc = Render.Part(merged, "word/document.xml");
        static void Unique(IEnumerable<string?> ids) { var l = ids.ToList(); Assert.Equal(l.Count, l.Distinct().Count()); }
        Unique(doc.Descendants(W + "sdtPr").Select(s => (string?)s.Element(W + "id")?.Attribute(W + "val")).Where(v => v != null));
        Unique(doc.Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")));
        Unique(doc.Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "id")));
        Unique(doc.Descendants(XName.Get("docPr", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")).Select(b => (string?)b.Attribute("id")));
        Assert.True(doc.Descendants(W + "sdt").Count() >= 3);
    }

    [Fact]
    public void Lists_are_renumbered_per_document_and_references_follow()
    {
        const string lists = "<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"1A2B3C4D\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>";
        const string item = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>条</w:t></w:r></w:p>";
        var one = DocxFactory.Create(item + item, numberingXml: lists);
        var numbering = Render.Part(one, "word/numbering.xml");
        var nums = numbering.Root!.Elements(W + "num").Count();
        var merged = Merging.Merge([one, one]);
        var mergedNumbering = Render.Part(merged, "word/numbering.xml");
        Assert.Equal(nums * 2, mergedNumbering.Root!.Elements(W + "num").Count());
        var defined = mergedNumbering.Root!.Elements(W + "num").Select(n => (string)n.Attribute(W + "numId")!).ToHashSet();
        var used = Render.Part(merged, "word/document.xml").Descendants(W + "numId").Select(n => (string)n.Attribute(W + "val")!).ToList();
        Assert.Equal(["2", "2", "4", "4"], used);
        Assert.All(used, u => Assert.Contains(u, defined));
        var abstracts = mergedNumbering.Root!.Elements(W + "abstractNum").ToList();
        Assert.Equal(2, abstracts.Count);
        Assert.NotEqual((string?)abstracts[0].Element(W + "nsid")?.Attribute(W + "val"), (string?)abstracts[1].Element(W + "nsid")?.Attribute(W + "val"));
    }

    [Fact]
    public void Same_styles_are_shared_and_differing_ones_renamed()
    {
        var notice = Merging.Sample("notice");
        var form = Merging.Sample("form-member");
        var merged = Merging.Merge([notice, form, notice]);
        var styles = Render.Part(merged, "word/styles.xml").Root!.Elements(W + "style").Select(s => (string)s.Attribute(W + "styleId")!).ToList();
        Assert.Equal(styles.Count, styles.Distinct().Count());
        var noticeStyles = Render.Part(notice, "word/styles.xml").Root!.Elements(W + "style").Count();
        Assert.True(styles.Count < noticeStyles * 3, "identical styles of the repeated notice are shared");
        var defined = styles.ToHashSet();
        var doc = Render.Part(merged, "word/document.xml");
        Assert.All(doc.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle" || e.Name == W + "tblStyle"),
            e => Assert.Contains((string)e.Attribute(W + "val")!, defined));
    }

    [Fact]
    public void Headers_footers_and_pictures_are_copied_and_their_relationships_resolve()
    {
        var merged = Merging.Merge(Enumerable.Range(1, 2).Select(_ => Merging.Sample("notice")));
        var doc = Render.Part(merged, "word/document.xml");
        var rels = Render.Part(merged, "word/_rels/document.xml.rels").Root!.Elements().ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var referenced = doc.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.Namespace == R).Select(a => a.Value).ToList();
        Assert.NotEmpty(referenced);
        Assert.All(referenced, id => Assert.True(rels.ContainsKey(id), id));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(merged));
        Assert.All(rels.Values.Where(t => t.StartsWith('/')), t => Assert.NotNull(zip.GetEntry(t[1..])));
    }

    [Fact]
    public void One_document_merges_into_itself_and_bad_input_is_named()
    {
        Merging.Merge([Merging.Sample("briefing")]);
        using var merger = new DocxMerger(new MemoryStream());
        var problem = merger.Add(new byte[] { 1, 2, 3 }, "record 7");
        Assert.NotNull(problem);
        Assert.StartsWith("record 7: merge: not a Word document", problem.ToString());
        Assert.Throws<InvalidOperationException>(merger.Finish);
    }
}
