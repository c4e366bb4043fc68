using System.Xml.Linq;
using CsCheck;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>
/// Random lists of documents — with or without headers, footers, lists, bookmarks, content controls, sections of
/// their own, a table at the end, a product template's notice with its pictures, pictures and QR codes from random
/// data, footnotes, endnotes and comments, or a table with a column loop over a random list — always merge into a
/// valid package holding every document's text in order, each document's first section numbered from 1, every note
/// reference leading to a note of its own.
/// </summary>
public class MergePropertyTests
{
    static readonly XNamespace W = Render.W;
    const string Lists = "<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"1A2B3C4D\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    static readonly Lazy<byte[]> Notice = new(() => Merging.Sample("notice"));
    static readonly string Assets = OfficeTools.Testing.RepoPaths.Of("tests", "Engine.Tests", "Cases", "100-pictures", "018-paragraph-loop-ids");

    // Pictures from files and data URIs, a QR code, and a column loop: rendered per document from random data.
    static readonly Lazy<DocxTemplate> Rich = new(() =>
    {
        var options = TemplateOptions.Default with { Pictures = PictureOptions.Default with { Root = Assets } };
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(
            DocxFactory.P("{{ mark }}") + DocxFactory.P("{{ for p in pics }}{{ image p width: \"20mm\" }}{{ end }}{{ qr mark size: \"12mm\" }}") +
            "<w:tbl><w:tblPr><w:tblW w:w=\"6000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>" +
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>月份</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>{{ column for m in months }}{{ m }}{{ end }}</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"6000\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            headerXml: DocxFactory.P("{{ image \"seal.png\" height: \"6mm\" }}"))), "rich.docx", options);
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        return t;
    });

    static byte[] RichDocument(Random rnd, string mark)
    {
        string[] files = ["seal.png", "banner.png"];
        var pics = Enumerable.Range(0, rnd.Next(0, 4)).Select(_ => (object?)(rnd.Next(2) == 0 ? files[rnd.Next(2)]
            : "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Assets, files[rnd.Next(2)]))))).ToList();
        var months = Enumerable.Range(1, rnd.Next(0, 5)).Select(i => (object?)$"{i}月").ToList();
        var r = Rich.Value.Render(new Dictionary<string, object?> { ["mark"] = mark, ["pics"] = pics, ["months"] = months });
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        DocxValidation.AssertValid(r.Document!, $"{mark}: {pics.Count} pictures, {months.Count} months");
        return r.Document!;
    }

    [Fact]
    public void Random_lists_of_documents_merge_into_a_valid_package_in_order()
    {
        Gen.Int.Sample(seed =>
        {
            var rnd = new Random(seed);
            var count = rnd.Next(1, 6);
            var docs = new List<byte[]>();
            var marks = new List<string>();
            for (var d = 0; d < count; d++)
            {
                var mark = $"文档{d + 1}号";
                marks.Add(mark);
                if (rnd.Next(6) == 0)
                {
                    docs.Add(Notice.Value);
                    marks[^1] = "督办通知单";
                    continue;
                }
                if (rnd.Next(4) == 0)
                {
                    docs.Add(RichDocument(rnd, mark));
                    continue;
                }
                if (rnd.Next(4) == 0)
                {
                    docs.Add(MergeNotesTests.Annotated(mark, comment: rnd.Next(2) == 0));
                    continue;
                }
                var body = $"<w:p><w:bookmarkStart w:id=\"0\" w:name=\"开头\"/><w:r><w:t>{mark}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>";
                if (rnd.Next(2) == 0) body += "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>";
                if (rnd.Next(2) == 0) body += "<w:sdt><w:sdtPr><w:id w:val=\"12345\"/><w:tag w:val=\"x\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>填写</w:t></w:r></w:p></w:sdtContent></w:sdt>";
                if (rnd.Next(3) == 0) body += "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:pPr><w:r><w:t>横页前</w:t></w:r></w:p>";
                body += rnd.Next(3) == 0
                    ? "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                    : "<w:p><w:r><w:t>完</w:t></w:r></w:p>";
                docs.Add(DocxFactory.Create(body,
                    headerXml: rnd.Next(2) == 0 ? $"<w:p><w:r><w:t>页眉{d + 1}</w:t></w:r></w:p>" : null,
                    footerXml: rnd.Next(2) == 0 ? "<w:p><w:r><w:t>页脚</w:t></w:r></w:p>" : null,
                    numberingXml: rnd.Next(2) == 0 ? Lists : null));
            }
            var merged = Merging.Merge(docs);
            var text = DocxText.Body(merged);
            var at = -1;
            foreach (var m in marks)
            {
                var next = text.IndexOf(m, at + 1, StringComparison.Ordinal);
                Assert.True(next > at, $"{m} after position {at} in:\n{text}");
                at = next;
            }
            var doc = Render.Part(merged, "word/document.xml");
            Assert.True(doc.Descendants(W + "pgNumType").Count(p => (string?)p.Attribute(W + "start") == "1") >= count);
            Assert.Equal(count - 1, doc.Descendants(W + "type").Count(t => (string?)t.Attribute(W + "val") == "oddPage"));
            foreach (var (kind, part) in new[] { ("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml"), ("comment", "word/comments.xml") })
            {
                var refs = doc.Descendants(W + (kind + "Reference")).Select(e => (string)e.Attribute(W + "id")!).ToList();
                if (refs.Count == 0) continue;
                var notes = Render.Part(merged, part).Root!.Elements(W + kind).Select(n => (string)n.Attribute(W + "id")!).ToHashSet();
                Assert.Equal(refs.Count, refs.Distinct().Count());
                Assert.All(refs, id => Assert.Contains(id, notes));
            }
            var names = doc.Descendants(W + "bookmarkStart").Select(b => ((string)b.Attribute(W + "name")!).ToUpperInvariant()).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
        }, iter: 60, threads: 1);
    }
}
