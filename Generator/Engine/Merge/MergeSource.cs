using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>A relationship of a part: its id, type, resolved part name (or external target) and mode.</summary>
internal sealed record Relationship(string Id, string Type, string Target, bool External);

/// <summary>One document to merge, read whole into memory (one at a time): its parts, content types and relationships.</summary>
internal sealed class MergeSource
{
    readonly Dictionary<string, byte[]> _parts = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    MergeSource(string label) => Label = label;

    /// <summary>Names the document in messages (e.g. "record 3").</summary>
    public string Label { get; }

    /// <summary>The main part's name (word/document.xml).</summary>
    public string MainPart { get; private set; } = "";

    /// <summary>Reads a .docx; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static MergeSource Read(ReadOnlyMemory<byte> docx, string label)
    {
        var source = new MergeSource(label);
        using (var zip = new ZipArchive(new MemoryStream(docx.ToArray(), writable: false), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                if (e.FullName.EndsWith('/')) continue;
                using var s = e.Open();
                var m = new MemoryStream();
                s.CopyTo(m);
                source._parts[e.FullName] = m.ToArray();
            }
        }
        var types = source.Xml("[Content_Types].xml") ?? throw new InvalidDataException("no [Content_Types].xml");
        foreach (var d in types.Root!.Elements(Types + "Default"))
            source._defaults[(string)d.Attribute("Extension")!] = (string)d.Attribute("ContentType")!;
        foreach (var o in types.Root!.Elements(Types + "Override"))
            source._overrides[((string)o.Attribute("PartName")!).TrimStart('/')] = (string)o.Attribute("ContentType")!;
        var main = source.Relationships("").FirstOrDefault(r => r.Type == OfficeDocument && !r.External)
            ?? throw new InvalidDataException("no main document part");
        source.MainPart = main.Target;
        if (!source.Has(main.Target)) throw new InvalidDataException($"the main part {main.Target} is missing");
        return source;
    }

    /// <summary>True when the package holds the part.</summary>
    public bool Has(string part) => _parts.ContainsKey(part);

    /// <summary>The part's bytes.</summary>
    public byte[] Bytes(string part) => _parts[part];

    /// <summary>The part parsed, or null when absent.</summary>
    public XDocument? Xml(string part) =>
        _parts.TryGetValue(part, out var b) ? XDocument.Parse(Encoding.UTF8.GetString(b).TrimStart('\uFEFF'), LoadOptions.None) : null;

    /// <summary>The part's content type.</summary>
    public string ContentType(string part) =>
        _overrides.TryGetValue(part, out var t) ? t
        : _defaults.TryGetValue(Path.GetExtension(part).TrimStart('.'), out var d) ? d
        : "application/octet-stream";

    /// <summary>The relationships of a part ("" for the package's own), targets resolved to part names.</summary>
    public IReadOnlyList<Relationship> Relationships(string part)
    {
        var folder = part.Length == 0 ? "" : part[..(part.LastIndexOf('/') + 1)];
        var relsName = folder + "_rels/" + part[folder.Length..] + ".rels";
        if (Xml(relsName) is not { } rels) return [];
        var list = new List<Relationship>();
        foreach (var r in rels.Root!.Elements(MergeNames.Rels + "Relationship"))
        {
            var external = string.Equals((string?)r.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            var target = (string)r.Attribute("Target")!;
            list.Add(new Relationship((string)r.Attribute("Id")!, (string)r.Attribute("Type")!, external ? target : Resolve(folder, target), external));
        }
        return list;
    }

    /// <summary>A relative target resolved against a folder into a part name.</summary>
    static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target);
        var parts = new List<string>();
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        foreach (var seg in path.Split('/'))
        {
            if (seg is "" or ".") continue;
            if (seg == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(seg);
        }
        return string.Join('/', parts);
    }
}
