using System.IO.Compression;
using System.Text;
using OfficeTools.Engine.Rendering.Pictures;

namespace OfficeTools.Engine.Writing;

/// <summary>
/// The entries a render's pictures and links change, written after every templated part: the relationship parts,
/// [Content_Types].xml and the styles part (for the Hyperlink style), plus the new media files. A render that added
/// nothing copies them as prepared.
/// </summary>
internal static class MediaWriter
{
    const string HyperlinkStyle =
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>" +
        "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>";

    const string StylesType = Ooxml.RelationshipType + "styles";

    /// <summary>True for entries a render may change through pictures or links.</summary>
    public static bool Changes(string name, string? stylesPart) =>
        name == "[Content_Types].xml" || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || name == stylesPart;

    /// <summary>Writes the held-back entries, changed as <paramref name="media"/> asks, and the new media files.</summary>
    public static void Write(PrecompressedZipWriter zip, IReadOnlyList<HeldEntry> held, RenderedMedia? media, string? stylesPart, string mainPart)
    {
        if (media == null || media.IsEmpty)
        {
            foreach (var h in held) zip.Add(h.Prepared);
            return;
        }
        var pending = new Dictionary<string, List<AddedRelationship>>(media.Relationships, StringComparer.Ordinal);
        // A package without a styles part gets one that holds the Hyperlink style.
        var newStyles = media.UsesHyperlinkStyle && stylesPart == null ? mainPart[..(mainPart.LastIndexOf('/') + 1)] + "styles.xml" : null;
        if (newStyles != null)
            pending[mainPart] = [.. pending.GetValueOrDefault(mainPart) ?? [], new AddedRelationship("rIdOtStyles", StylesType, "styles.xml", false)];
        foreach (var h in held)
        {
            string? changed = null;
            if (h.Name == "[Content_Types].xml") changed = ContentTypes(Text(h.Bytes), media, newStyles);
            else if (h.Name == stylesPart && media.UsesHyperlinkStyle) changed = Styles(Text(h.Bytes));
            else if (PartOf(h.Name) is { } part && pending.Remove(part, out var rels)) changed = Relationships(Text(h.Bytes), rels);
            zip.Add(changed == null ? h.Prepared : PreparedEntry.Create(h.Name, Encoding.UTF8.GetBytes(changed), CompressionLevel.Fastest));
        }
        // Parts that had no relationships before.
        foreach (var (part, rels) in pending)
            zip.Add(PreparedEntry.Create(RelsOf(part), Encoding.UTF8.GetBytes(Relationships(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>", rels)),
                CompressionLevel.Fastest));
        if (newStyles != null)
            zip.Add(PreparedEntry.Create(newStyles, Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
                "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + HyperlinkStyle + "</w:styles>")));
        // Pictures are already compressed: stored.
        foreach (var (name, bytes) in media.Files) zip.Add(PreparedEntry.Stored(name, bytes));
    }

    static string Text(byte[] bytes)
    {
        var s = Encoding.UTF8.GetString(bytes);
        return s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;
    }

    static string ContentTypes(string xml, RenderedMedia media, string? newStyles)
    {
        var add = new StringBuilder();
        if (newStyles != null)
            add.Append("<Override PartName=\"/").Append(newStyles).Append("\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
        foreach (var (ext, type) in media.ContentTypes)
            if (xml.IndexOf($"Extension=\"{ext}\"", StringComparison.OrdinalIgnoreCase) < 0)
                add.Append("<Default Extension=\"").Append(ext).Append("\" ContentType=\"").Append(type).Append("\"/>");
        return Insert(xml, "</Types>", add.ToString());
    }

    static string Styles(string xml) =>
        xml.Contains("w:styleId=\"Hyperlink\"", StringComparison.Ordinal) ? xml : Insert(xml, "</w:styles>", HyperlinkStyle);

    static string Relationships(string xml, List<AddedRelationship> rels)
    {
        var add = new StringBuilder();
        foreach (var r in rels)
        {
            add.Append("<Relationship Id=\"").Append(r.Id).Append("\" Type=\"").Append(r.Type).Append("\" Target=\"");
            XmlEscaper.Attribute(add, r.Target);
            add.Append(r.External ? "\" TargetMode=\"External\"/>" : "\"/>");
        }
        if (xml.Contains("</Relationships>", StringComparison.Ordinal)) return Insert(xml, "</Relationships>", add.ToString());
        var end = xml.LastIndexOf("/>", StringComparison.Ordinal);
        return xml[..end] + ">" + add + "</Relationships>";
    }

    static string Insert(string xml, string closing, string add)
    {
        var at = xml.LastIndexOf(closing, StringComparison.Ordinal);
        return at < 0 || add.Length == 0 ? xml : xml[..at] + add + xml[at..];
    }

    // word/_rels/document.xml.rels → word/document.xml
    static string? PartOf(string rels)
    {
        var i = rels.LastIndexOf("_rels/", StringComparison.Ordinal);
        if (i < 0 || !rels.EndsWith(".rels", StringComparison.Ordinal)) return null;
        return rels[..i] + rels[(i + 6)..^5];
    }

    static string RelsOf(string part)
    {
        var slash = part.LastIndexOf('/') + 1;
        return part[..slash] + "_rels/" + part[slash..] + ".rels";
    }
}

/// <summary>An entry a render may change, held back until every templated part has rendered.</summary>
internal sealed record HeldEntry(string Name, byte[] Bytes, PreparedEntry Prepared);
