using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// The text of the body, headers, footers and footnotes with pictures and links made visible, then the media files: a picture reads
/// [inline 40.0×26.7mm media/ot_image1.png "alt"] (or [behind …]/[front …] with its offsets), a link [link «text» → url],
/// and the media list gives each file's format and size, so that a picture stored twice shows.
/// </summary>
internal static class PictureText
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The parts (document, headers, footers) and the media list.</summary>
    public static string Of(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var sb = new StringBuilder();
        foreach (var e in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.IndexOf('/', 5) < 0 &&
            (e.Name is "document.xml" or "footnotes.xml" || e.Name.StartsWith("header", StringComparison.Ordinal) || e.Name.StartsWith("footer", StringComparison.Ordinal))).OrderBy(e => e.Name == "document.xml" ? "" : e.Name, StringComparer.Ordinal))
        {
            var rels = Rels(zip, e.FullName);
            using var s = e.Open();
            var root = XDocument.Load(s).Root!;
            if (e.Name != "document.xml") sb.Append("== ").Append(e.Name).Append('\n');
            foreach (var p in root.Descendants(W + "p").Where(p => !p.Ancestors(W + "p").Any())) sb.Append(Paragraph(p, rels)).Append('\n');
        }
        sb.Append("== media\n");
        foreach (var m in zip.Entries.Where(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            sb.Append(m.FullName[5..]).Append(' ').Append(m.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes\n");
        return sb.ToString().TrimEnd('\n');
    }

    static Dictionary<string, string> Rels(ZipArchive zip, string part)
    {
        var slash = part.LastIndexOf('/') + 1;
        var entry = zip.GetEntry(part[..slash] + "_rels/" + part[slash..] + ".rels");
        if (entry == null) return [];
        using var s = entry.Open();
        return XDocument.Load(s).Root!.Elements(Pr + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
    }

    static string Paragraph(XElement p, Dictionary<string, string> rels)
    {
        var sb = new StringBuilder();
        foreach (var n in p.Descendants())
        {
            if (n.Name == W + "t" && n.Ancestors(W + "hyperlink").FirstOrDefault() is { } link)
            {
                if (n.Parent!.Parent == link && n.Parent.ElementsBeforeSelf(W + "r").Any()) continue;
                var style = (string?)link.Element(W + "r")?.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val");
                sb.Append($"[link «{string.Concat(link.Descendants(W + "t").Select(t => t.Value))}» → {rels.GetValueOrDefault((string?)link.Attribute(R + "id") ?? "", "?")} {style}]");
            }
            else if (n.Name == W + "t") sb.Append(n.Value);
            else if (n.Name == W + "tab" && n.Parent?.Name == W + "r") sb.Append('\t');
            else if (n.Name == W + "br") sb.Append('↵');
            else if (n.Name == W + "drawing") sb.Append(Drawing(n, rels));
        }
        return sb.Length == 0 ? "¶" : sb.ToString();
    }

    static string Drawing(XElement d, Dictionary<string, string> rels)
    {
        var box = d.Elements().First();
        var ext = box.Element(Wp + "extent")!;
        static string Mm(string? emu) => (long.Parse(emu!, CultureInfo.InvariantCulture) / 36000.0).ToString("0.0", CultureInfo.InvariantCulture);
        var kind = box.Name == Wp + "inline" ? "inline" : (string?)box.Attribute("behindDoc") == "1" ? "behind" : "front";
        if (kind != "inline")
            kind += $" at {Mm(box.Element(Wp + "positionH")?.Element(Wp + "posOffset")?.Value ?? "0")},{Mm(box.Element(Wp + "positionV")?.Element(Wp + "posOffset")?.Value ?? "0")}mm";
        var embed = (string?)d.Descendants(A + "blip").FirstOrDefault()?.Attribute(R + "embed") ?? "";
        var alt = (string?)box.Element(Wp + "docPr")?.Attribute("descr") ?? "";
        return $"[{kind} {Mm((string?)ext.Attribute("cx"))}×{Mm((string?)ext.Attribute("cy"))}mm {rels.GetValueOrDefault(embed, "?" + embed)} \"{alt}\"]";
    }
}
