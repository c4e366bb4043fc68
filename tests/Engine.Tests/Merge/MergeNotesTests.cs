using System.Xml.Linq;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>Footnotes, endnotes and comments of merged documents: kept, renumbered, their references following.</summary>
public class MergeNotesTests
{
    static readonly XNamespace W = Render.W;

    /// <summary>A rendered document with one footnote, one endnote and one comment, each naming <paramref name="who"/>.</summary>
    internal static byte[] Annotated(string who) => Annotated(who, comment: true);

    /// <summary>The same, with or without the comment.</summary>
    internal static byte[] Annotated(string who, bool comment)
    {
        var body = $"<w:p><w:r><w:t xml:space=\"preserve\">{{{{ who }}}}正文</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>" +
            (comment ? "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>批注处</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>" : "") +
            "<w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>";
        static string Note(string kind, string text) =>
            $"<w:{kind} w:id=\"1\"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:{kind}>";
        var template = DocxFactory.Create(body, footnotesXml: Note("footnote", "脚注" + who), endnotesXml: Note("endnote", "尾注" + who),
            commentsXml: !comment ? null : $"<w:comment w:id=\"0\" w:author=\"督导组\" w:date=\"2014-12-01T00:00:00Z\" w:initials=\"D\"><w:p><w:r><w:t>批注{who}</w:t></w:r></w:p></w:comment>");
        var compiled = DocxTemplate.Compile(new MemoryStream(template), "annotated.docx");
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        var r = compiled.Render(new Dictionary<string, object?> { ["who"] = who });
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        return r.Document!;
    }

    [Fact]
    public void Notes_and_comments_of_every_document_are_kept_with_fresh_ids_their_references_follow()
    {
        var names = new[] { "甲", "乙", "丙" };
        var merged = Merging.Merge(names.Select(Annotated));
        var doc = Render.Part(merged, "word/document.xml");
        foreach (var (kind, part, refs) in new[]
        {
            ("footnote", "word/footnotes.xml", new[] { "footnoteReference" }),
            ("endnote", "word/endnotes.xml", new[] { "endnoteReference" }),
            ("comment", "word/comments.xml", new[] { "commentReference", "commentRangeStart", "commentRangeEnd" }),
        })
        {
            var notes = Render.Part(merged, part).Root!.Elements(W + kind).Where(n => (string?)n.Attribute(W + "type") is null or "normal").ToList();
            Assert.Equal(3, notes.Count);
            var ids = notes.Select(n => (string)n.Attribute(W + "id")!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var name in refs)
            {
                var used = doc.Descendants(W + name).Select(e => (string)e.Attribute(W + "id")!).ToList();
                Assert.Equal(ids, used);
            }
            // Each document's reference leads to its own note: the note's text names the document's record.
            var byId = notes.ToDictionary(n => (string)n.Attribute(W + "id")!, n => string.Concat(n.Descendants(W + "t").Select(t => t.Value)));
            var order = doc.Descendants(W + refs[0]).Select(e => byId[(string)e.Attribute(W + "id")!]).ToList();
            Assert.Equal(names.Select(n => n), order.Select(t => t[^1..]));
        }
        // The separators stay, once, under the ids the settings name.
        var separators = Render.Part(merged, "word/footnotes.xml").Root!.Elements(W + "footnote").Where(n => (string?)n.Attribute(W + "type") is "separator" or "continuationSeparator").ToList();
        Assert.Equal(["-1", "0"], separators.Select(s => (string)s.Attribute(W + "id")!));
    }

    [Fact]
    public void Documents_without_notes_next_to_ones_with_them_merge()
    {
        var plain = DocxFactory.Create(DocxFactory.P("无注文档"));
        var merged = Merging.Merge([plain, Annotated("甲"), plain, Annotated("乙")]);
        var notes = Render.Part(merged, "word/footnotes.xml").Root!.Elements(W + "footnote").Where(n => n.Attribute(W + "type") == null).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Contains("无注文档", DocxText.Body(merged));
    }
}
