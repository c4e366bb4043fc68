using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>
/// A merged print file as text, for the merge golden cases: the body's paragraphs in order (a list paragraph
/// shows its w:num and that num's abstract list, so restarts are visible), and after each section's last
/// paragraph one line for the section: how it starts, where its page numbers start, and the text of the
/// header and footer it shows (resolved through the relationships, "none" when it names none).
/// </summary>
internal static class MergedText
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";

    static string PartName(string target) => target.StartsWith('/') ? target[1..] : "word/" + target;

    public static string Of(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        XDocument Load(string name)
        {
            using var s = (zip.GetEntry(name) ?? throw new InvalidDataException("no part " + name + " in " + string.Join(", ", zip.Entries.Select(e => e.FullName)))).Open();
            return XDocument.Load(s);
        }
        var targets = Load("word/_rels/document.xml.rels").Root!.Elements(Rel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => PartName((string)r.Attribute("Target")!));
        var abstractOf = zip.GetEntry("word/numbering.xml") is null ? [] : Load("word/numbering.xml").Root!.Elements(W + "num")
            .ToDictionary(n => (string)n.Attribute(W + "numId")!, n => (string?)n.Element(W + "abstractNumId")?.Attribute(W + "val") ?? "?");
        string PartText(string? id) => id is null ? "none"
            : "«" + string.Join(" / ", Load(targets[id]).Root!.Descendants(W + "p").Select(DocxText.ParagraphText).Where(t => t.Length > 0)) + "»";

        var sb = new StringBuilder();
        void Section(XElement sect)
        {
            var type = (string?)sect.Element(W + "type")?.Attribute(W + "val") ?? "nextPage";
            var start = (string?)sect.Element(W + "pgNumType")?.Attribute(W + "start");
            string? Ref(string kind) => (string?)sect.Elements(W + kind + "Reference")
                .FirstOrDefault(r => (string?)r.Attribute(W + "type") == "default")?.Attribute(R + "id");
            sb.Append("── section ").Append(type).Append(start is null ? ", pages go on" : $", pages from {start}")
                .Append(", header ").Append(PartText(Ref("header"))).Append(", footer ").Append(PartText(Ref("footer"))).Append('\n');
        }
        var body = Load("word/document.xml").Root!.Element(W + "body")!;
        foreach (var e in body.Elements())
        {
            if (e.Name == W + "p")
            {
                var numId = (string?)e.Element(W + "pPr")?.Element(W + "numPr")?.Element(W + "numId")?.Attribute(W + "val");
                if (numId is not null) sb.Append($"[list {numId} of {abstractOf.GetValueOrDefault(numId, "?")}] ");
                sb.Append(DocxText.ParagraphText(e)).Append('\n');
                if (e.Element(W + "pPr")?.Element(W + "sectPr") is { } inner) Section(inner);
            }
            else if (e.Name == W + "tbl") sb.Append("[table] ").AppendJoin(" | ", e.Descendants(W + "p").Select(DocxText.ParagraphText)).Append('\n');
            else if (e.Name == W + "sectPr") Section(e);
        }
        return sb.ToString().TrimEnd('\n');
    }
}
