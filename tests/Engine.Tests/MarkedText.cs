using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// The body's text as in <see cref="OfficeTools.Testing.DocxText"/>, with what the peer-pattern cases are about made
/// visible: page breaks as [page], section breaks as [section], pictures as [picture name], empty paragraphs as ¶.
/// </summary>
internal static class MarkedText
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>One line per paragraph (table rows as cells joined by " | "), with the marks.</summary>
    public static string Body(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        using var s = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(s).Root!.Element(W + "body")!;
        var sb = new StringBuilder();
        Blocks(body, sb);
        return sb.ToString().TrimEnd('\n');
    }

    static void Blocks(XElement container, StringBuilder sb)
    {
        foreach (var el in container.Elements())
        {
            if (el.Name == W + "p") sb.Append(Paragraph(el)).Append('\n');
            else if (el.Name == W + "tbl")
                foreach (var tr in el.Elements(W + "tr"))
                    sb.Append(string.Join(" | ", tr.Elements(W + "tc").Select(tc => string.Join("/", tc.Elements(W + "p").Select(Paragraph))))).Append('\n');
            else if (el.Name == W + "sdt") Blocks(el.Element(W + "sdtContent") ?? el, sb);
        }
    }

    static string Paragraph(XElement p)
    {
        var sb = new StringBuilder();
        foreach (var n in p.Descendants())
        {
            if (n.Name == W + "t" && !n.Ancestors(W + "del").Any()) sb.Append(n.Value);
            else if (n.Name == W + "tab" && n.Parent?.Name == W + "r") sb.Append('\t');
            else if (n.Name == W + "br") sb.Append((string?)n.Attribute(W + "type") == "page" ? "[page]" : "↵");
            else if (n.Name == Wp + "docPr") sb.Append($"[picture {(string?)n.Attribute("name")}]");
        }
        if (sb.Length == 0) sb.Append('¶');
        if (p.Element(W + "pPr")?.Element(W + "sectPr") is { } sect)
            sb.Append($" [section {(string?)sect.Element(W + "pgSz")?.Attribute(W + "orient") ?? "portrait"}]");
        return sb.ToString();
    }
}
