using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeTools.Testing;

/// <summary>Reads the visible text of a package, one line per paragraph, for golden comparisons.</summary>
public static class DocxText
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Text of the main document body: paragraphs as lines, table cells separated by " | ", rows as lines.</summary>
    public static string Body(byte[] docx) => Part(docx, "body");

    /// <summary>Text of one part kind: "body", "headers", "footers", "footnotes", "endnotes", or "all".</summary>
    public static string Part(byte[] docx, string which)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        IEnumerable<OpenXmlPart> parts = which switch
        {
            "body" => [main],
            "headers" => main.HeaderParts,
            "footers" => main.FooterParts,
            "footnotes" => main.FootnotesPart is { } f ? [f] : [],
            "endnotes" => main.EndnotesPart is { } e ? [e] : [],
            "all" => new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts)
                .Concat(main.FootnotesPart is { } f2 ? [f2] : Array.Empty<OpenXmlPart>())
                .Concat(main.EndnotesPart is { } e2 ? [e2] : Array.Empty<OpenXmlPart>()),
            _ => throw new ArgumentException(which),
        };
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            using var s = part.GetStream();
            var x = XDocument.Load(s);
            var root = x.Root!.Element(W + "body") ?? x.Root!;
            AppendBlocks(root, sb);
        }
        return sb.ToString().TrimEnd('\n');
    }

    static void AppendBlocks(XElement container, StringBuilder sb)
    {
        foreach (var el in container.Elements())
        {
            if (el.Name == W + "p") sb.Append(ParagraphText(el)).Append('\n');
            else if (el.Name == W + "tbl")
            {
                // Word calls a table without rows unreadable content: golden texts must show one if it ever appears.
                if (!el.Elements(W + "tr").Any()) sb.Append("[table without rows]\n");
                foreach (var tr in el.Elements(W + "tr"))
                {
                    sb.Append(string.Join(" | ", tr.Elements(W + "tc").Select(tc =>
                        string.Join("/", tc.Descendants(W + "p").Select(ParagraphText))))).Append('\n');
                }
            }
            else if (el.Name == W + "sdt") AppendBlocks(el.Element(W + "sdtContent") ?? el, sb);
            else if (el.Name == W + "footnote" || el.Name == W + "endnote")
            {
                if ((int?)el.Attribute(W + "id") is int id && id > 0) AppendBlocks(el, sb);
            }
            else if (el.Name != W + "sectPr") AppendBlocks(el, sb);
        }
    }

    /// <summary>The text of one paragraph: w:t text, tabs as \t, breaks as \n; deleted text skipped.</summary>
    public static string ParagraphText(XElement p)
    {
        var sb = new StringBuilder();
        foreach (var n in p.Descendants())
        {
            if (n.Ancestors(W + "del").Any()) continue;
            if (n.Name == W + "t") sb.Append(n.Value);
            else if (n.Name == W + "tab" && n.Parent?.Name == W + "r") sb.Append('\t');
            else if (n.Name == W + "br" || n.Name == W + "cr") sb.Append('\n');
        }
        return sb.ToString();
    }
}
