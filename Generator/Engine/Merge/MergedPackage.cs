using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>The output zip: parts are written as they come (nothing kept but their names and content types).</summary>
internal sealed class MergedPackage : IDisposable
{
    readonly ZipArchive _zip;
    readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase) { ["rels"] = RelsType, ["xml"] = "application/xml" };
    readonly Dictionary<string, string> _byContent = new(StringComparer.Ordinal);

    public MergedPackage(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>True when a part of that name was written.</summary>
    public bool Has(string name) => _overrides.ContainsKey(name);

    /// <summary>Writes a part with its content type.</summary>
    public void Write(string name, string contentType, ReadOnlySpan<byte> bytes)
    {
        Record(name, contentType);
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(bytes);
    }

    /// <summary>Writes an XML part.</summary>
    public void Write(string name, string contentType, XDocument xml)
    {
        Record(name, contentType);
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var w = XmlWriter.Create(s, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.Declaration ??= new XDeclaration("1.0", "UTF-8", "yes");
        xml.Save(w);
    }

    /// <summary>Writes a part that <paramref name="write"/> streams into the entry.</summary>
    public void Write(string name, string contentType, Action<Stream> write)
    {
        Record(name, contentType);
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(s);
    }

    /// <summary>Writes a part by streaming it from <paramref name="source"/>.</summary>
    public void Write(string name, string contentType, Stream source)
    {
        Record(name, contentType);
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        source.CopyTo(s);
    }

    /// <summary>
    /// A part without relationships of its own (a picture, a font) whose bytes were written before is not written
    /// again: the earlier name is returned. Otherwise it is written under <paramref name="name"/>.
    /// </summary>
    public string WriteShared(string name, string contentType, byte[] bytes)
    {
        var key = contentType + "\n" + Convert.ToHexString(SHA256.HashData(bytes));
        if (_byContent.TryGetValue(key, out var earlier)) return earlier;
        Write(name, contentType, bytes);
        _byContent[key] = name;
        return name;
    }

    /// <summary>Writes a relationships part, every internal target absolute.</summary>
    public void WriteRelationships(string part, IEnumerable<Relationship> rels)
    {
        var folder = part.Length == 0 ? "" : part[..(part.LastIndexOf('/') + 1)];
        var name = folder + "_rels/" + part[folder.Length..] + ".rels";
        var root = new XElement(MergeNames.Rels + "Relationships",
            rels.Select(r => new XElement(MergeNames.Rels + "Relationship",
                new XAttribute("Id", r.Id), new XAttribute("Type", r.Type),
                new XAttribute("Target", r.External ? r.Target : "/" + r.Target),
                r.External ? new XAttribute("TargetMode", "External") : null)));
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting));
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(bytes);
    }

    void Record(string name, string contentType)
    {
        var ext = Path.GetExtension(name).TrimStart('.');
        if (!contentType.EndsWith("xml", StringComparison.Ordinal) && ext.Length > 0 && (!_defaults.TryGetValue(ext, out var d) || d == contentType))
            _defaults[ext] = contentType;
        else _overrides[name] = contentType;
    }

    /// <summary>Writes [Content_Types].xml and closes the zip.</summary>
    public void Finish()
    {
        var root = new XElement(Types + "Types",
            _defaults.Select(d => new XElement(Types + "Default", new XAttribute("Extension", d.Key), new XAttribute("ContentType", d.Value))),
            _overrides.Select(o => new XElement(Types + "Override", new XAttribute("PartName", "/" + o.Key), new XAttribute("ContentType", o.Value))));
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting));
        using (var s = _zip.CreateEntry("[Content_Types].xml", CompressionLevel.Fastest).Open()) s.Write(bytes);
        _zip.Dispose();
    }

    public void Dispose() => _zip.Dispose();
}
