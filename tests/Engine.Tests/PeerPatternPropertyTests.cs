using System.Text;
using System.Xml.Linq;
using CsCheck;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// Random templates in the patterns people bring from docxtemplater and docxtpl — text, breaks and section breaks
/// beside the tags of a block over several paragraphs, tags split over runs as Word splits them — always give a valid
/// package whose text is the outside text once and the inside text once per item, and never repeat a section break.
/// </summary>
public class PeerPatternPropertyTests
{
    static readonly string[] Texts = ["", "", " ", "事项：", "A", "（完）"];
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string Sect = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>";

    [Fact]
    public void Text_and_section_breaks_beside_block_tags_stay_once_and_the_inside_repeats()
    {
        Gen.Int.Sample(seed =>
        {
            var rnd = new Random(seed);
            string Pick() => Texts[rnd.Next(Texts.Length)];
            var (beforeOpen, afterOpen, beforeEnd, afterEnd) = (Pick(), Pick(), Pick(), Pick());
            var sectOnOpen = rnd.Next(4) == 0;
            var sectOnEnd = rnd.Next(4) == 0;
            var loop = rnd.Next(2) == 0;
            var items = Enumerable.Range(1, rnd.Next(4)).Select(i => "项" + i).ToArray();
            var (open, data) = loop
                ? ("{{ for x in items }}", "{\"items\":[" + string.Join(",", items.Select(i => $"\"{i}\"")) + "]}")
                : ("{{ if x }}", items.Length > 0 ? "{\"x\":\"项1\"}" : "{\"x\":false}");
            var body = Paragraph(rnd, beforeOpen + open + afterOpen, sectOnOpen) + Paragraph(rnd, "内容{{ x }}", false)
                + Paragraph(rnd, beforeEnd + "{{ end }}" + afterEnd, sectOnEnd) + Paragraph(rnd, "尾", false);
            var template = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "peer.docx");
            Assert.False(template.HasErrors, body + "\n" + string.Join("\n", template.Diagnostics));
            var r = template.Render(System.Text.Json.JsonDocument.Parse(data).RootElement.Clone(), TestContext.Current.CancellationToken);
            Assert.True(r.Success, string.Join("\n", r.Diagnostics));
            DocxValidation.AssertValid(r.Document!);

            var expected = new List<string>();
            void Line(string s) { if (!string.IsNullOrWhiteSpace(s)) expected.Add(s); }
            Line(beforeOpen);
            foreach (var x in loop ? items : items.Take(1))
            {
                Line(afterOpen);
                expected.Add("内容" + x);
                Line(beforeEnd);
            }
            Line(afterEnd);
            expected.Add("尾");
            var paragraphs = XDocument.Parse(Render.Text(r.Document!, "word/document.xml")).Root!.Element(W + "body")!.Elements(W + "p").ToList();
            // A paragraph of spaces stays only where it carries a section break, so blank lines are not compared.
            Assert.Equal(expected, paragraphs.Select(DocxText.ParagraphText).Where(t => !string.IsNullOrWhiteSpace(t)));
            Assert.All(paragraphs.Where(p => string.IsNullOrWhiteSpace(DocxText.ParagraphText(p))), p => Assert.NotNull(p.Element(W + "pPr")?.Element(W + "sectPr")));
            Assert.Equal((sectOnOpen ? 1 : 0) + (sectOnEnd ? 1 : 0), paragraphs.Count(p => p.Element(W + "pPr")?.Element(W + "sectPr") != null));
        }, iter: 300, threads: 1);
    }

    // One paragraph whose text is cut into runs at random places, sometimes with Word's proofing marks between, and
    // sometimes a bookmark over some of the runs (the id is the paragraph's text length plus a seed-wide counter).
    static string Paragraph(Random rnd, string text, bool endsSection)
    {
        var sb = new StringBuilder("<w:p>");
        if (endsSection) sb.Append("<w:pPr>").Append(Sect).Append("</w:pPr>");
        var id = Interlocked.Increment(ref _bookmark);
        // Often from the paragraph's start or to its end, so that it straddles the tag.
        var (from, to) = rnd.Next(2) == 0
            ? (rnd.Next(2) == 0 ? 0 : rnd.Next(text.Length + 1), rnd.Next(2) == 0 ? text.Length : rnd.Next(text.Length + 1))
            : (-1, -1);
        if (from > to) (from, to) = (to, from);
        var pos = 0;
        while (pos <= text.Length)
        {
            if (pos >= from && from >= 0) { sb.Append($"<w:bookmarkStart w:id=\"{id}\" w:name=\"b{id}\"/>"); from = -2; }
            if (pos >= to && to >= 0 && from == -2) { sb.Append($"<w:bookmarkEnd w:id=\"{id}\"/>"); to = -2; }
            if (pos == text.Length) break;
            var len = Math.Min(text.Length - pos, 1 + rnd.Next(8));
            sb.Append("<w:r><w:t xml:space=\"preserve\">").Append(text, pos, len).Append("</w:t></w:r>");
            if (rnd.Next(3) == 0) sb.Append("<w:proofErr w:type=\"spellStart\"/>");
            pos += len;
        }
        return sb.Append("</w:p>").ToString();
    }

    static int _bookmark;
}
