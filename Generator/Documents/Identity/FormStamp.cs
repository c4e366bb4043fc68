using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace OfficeTools.Documents.Identity;

/// <summary>
/// Writes and reads the form identity as a custom document property (<c>docProps/custom.xml</c>, File ▸ Properties ▸
/// Custom in Word): invisible on the page, kept by Word, WPS and LibreOffice when they save a .docx.
/// </summary>
public static class FormStamp
{
    /// <summary>The custom property's name.</summary>
    public const string PropertyName = "OfficeTools.FormIdentity";

    const string CustomRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    const string CustomType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    const string DefaultPart = "docProps/custom.xml";
    const string FmtId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    static readonly XNamespace Cp = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";
    static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The package with the property set to <paramref name="value"/> (other custom properties kept).</summary>
    public static byte[] Write(byte[] docx, string value)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var rels = Load(zip, "_rels/.rels") ?? new XDocument(new XElement(Pr + "Relationships"));
            var rel = rels.Root!.Elements(Pr + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Type") == CustomRel);
            var part = rel is null ? DefaultPart : ((string?)rel.Attribute("Target") ?? DefaultPart).TrimStart('/');
            if (rel is null)
            {
                var ids = rels.Root.Elements(Pr + "Relationship").Select(r => (string?)r.Attribute("Id")).ToHashSet();
                var id = Enumerable.Range(1, int.MaxValue).Select(n => $"rIdOt{n}").First(i => !ids.Contains(i));
                rels.Root.Add(new XElement(Pr + "Relationship", new XAttribute("Id", id), new XAttribute("Type", CustomRel), new XAttribute("Target", part)));
                Save(zip, "_rels/.rels", rels);
            }
            var types = Load(zip, "[Content_Types].xml") ?? throw new InvalidDataException("the package has no [Content_Types].xml");
            if (!types.Root!.Elements(Ct + "Override").Any(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), part, StringComparison.OrdinalIgnoreCase)))
            {
                types.Root.Add(new XElement(Ct + "Override", new XAttribute("PartName", "/" + part), new XAttribute("ContentType", CustomType)));
                Save(zip, "[Content_Types].xml", types);
            }
            var custom = Load(zip, part) ?? new XDocument(new XElement(Cp + "Properties", new XAttribute(XNamespace.Xmlns + "vt", Vt.NamespaceName)));
            var props = custom.Root!;
            props.Elements(Cp + "property").Where(p => (string?)p.Attribute("name") == PropertyName).Remove();
            var pid = props.Elements(Cp + "property").Select(p => int.TryParse((string?)p.Attribute("pid"), out var n) ? n : 1).DefaultIfEmpty(1).Max() + 1;
            props.Add(new XElement(Cp + "property", new XAttribute("fmtid", FmtId), new XAttribute("pid", pid),
                new XAttribute("name", PropertyName), new XElement(Vt + "lpwstr", value)));
            Save(zip, part, custom);
        }
        return buffer.ToArray();
    }

    /// <summary>The property's value, or null when the package has none (or cannot be read).</summary>
    public static string? Read(byte[] docx)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            return Read(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The property's value in an open package, or null.</summary>
    public static string? Read(ZipArchive zip) => Read(name => Load(zip, name));

    /// <summary>The property's value in a package already read into memory (<paramref name="part"/> gives a part's bytes, or null), or null.</summary>
    public static string? Read(Func<string, byte[]?> part) => Read(name => part(name) is { } bytes ? Parse(new MemoryStream(bytes, writable: false)) : null);

    static string? Read(Func<string, XDocument?> load)
    {
        var rels = load("_rels/.rels");
        var target = rels?.Root?.Elements(Pr + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Type") == CustomRel)?.Attribute("Target")?.Value;
        var custom = load((target ?? DefaultPart).TrimStart('/'));
        var values = custom?.Root?.Elements(Cp + "property").Where(p => (string?)p.Attribute("name") == PropertyName)
            .Select(p => p.Elements().FirstOrDefault()?.Value).ToList();
        // Two properties of the name: someone added one; neither is trusted.
        return values is { Count: 1 } ? values[0] : null;
    }

    static XDocument? Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null) return null;
        if (entry.Length > 1 << 20) throw new InvalidDataException($"{name} is too large");
        using var s = entry.Open();
        return Parse(s);
    }

    static XDocument Parse(Stream s) =>
        XDocument.Load(XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }));

    static void Save(ZipArchive zip, string name, XDocument doc)
    {
        // Rewritten in place, so the parts keep their order ([Content_Types].xml first).
        var entry = zip.GetEntry(name) ?? zip.CreateEntry(name, CompressionLevel.Optimal);
        // the parts the engine writes carry the zip format's earliest time; a new part would carry the clock's, and the
        // same ledger would no longer give the same bytes (a batch is reproducible, and publish compares hashes)
        entry.LastWriteTime = zip.Entries[0].LastWriteTime;
        using var s = entry.Open();
        s.SetLength(0);
        using var w = XmlWriter.Create(s, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        doc.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        doc.Save(w);
    }
}
