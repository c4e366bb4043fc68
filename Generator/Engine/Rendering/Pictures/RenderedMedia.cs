using System.IO.Hashing;

namespace OfficeTools.Engine.Rendering.Pictures;

/// <summary>One relationship a render adds to a part: a picture (internal) or a hyperlink (external).</summary>
internal sealed record AddedRelationship(string Id, string Type, string Target, bool External);

/// <summary>
/// The pictures and links one render adds: each distinct picture stored once under word/media, each part's new
/// relationships, and fresh drawing ids. Reused render to render (cleared by <see cref="Clear"/>).
/// </summary>
internal sealed class RenderedMedia
{
    public const string ImageType = Ooxml.RelationshipType + "image";
    public const string LinkType = Ooxml.RelationshipType + "hyperlink";
    // Far above the ids a template or the loop renumbering uses.
    const long FirstDocPr = 0x20000000;
    readonly Dictionary<ulong, string> _byHash = [];
    long _nextDocPr = FirstDocPr;
    int _nextRel;

    /// <summary>New media entries: zip name → bytes.</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
    /// <summary>New relationships by the entry name of the part that holds them.</summary>
    public Dictionary<string, List<AddedRelationship>> Relationships { get; } = new(StringComparer.Ordinal);
    /// <summary>Extension → content type of the pictures added.</summary>
    public Dictionary<string, string> ContentTypes { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>True when a hyperlink was written (the Hyperlink style must exist).</summary>
    public bool UsesHyperlinkStyle { get; set; }
    /// <summary>True when nothing was added.</summary>
    public bool IsEmpty => Relationships.Count == 0 && !UsesHyperlinkStyle;

    /// <summary>Forgets everything (start of a render).</summary>
    public void Clear()
    {
        if (IsEmpty && _nextDocPr == FirstDocPr) return;
        _byHash.Clear();
        Files.Clear();
        Relationships.Clear();
        ContentTypes.Clear();
        UsesHyperlinkStyle = false;
        _nextDocPr = FirstDocPr;
        _nextRel = 0;
    }

    /// <summary>A fresh wp:docPr id.</summary>
    public long DocPrId() => _nextDocPr++;

    /// <summary>The relationship id under which <paramref name="part"/> reaches the picture (identical bytes stored once).</summary>
    public string Picture(string part, byte[] bytes, ImageInfo info)
    {
        var hash = XxHash64.HashToUInt64(bytes);
        if (!_byHash.TryGetValue(hash, out var name))
        {
            name = $"word/media/ot_image{_byHash.Count + 1}.{info.Extension}";
            _byHash[hash] = name;
            Files[name] = bytes;
            ContentTypes[info.Extension] = info.ContentType;
        }
        var target = Relative(part, name);
        var rels = List(part);
        foreach (var r in rels)
            if (!r.External && r.Target == target) return r.Id;
        return Add(rels, ImageType, target, false);
    }

    /// <summary>The relationship id of an external hyperlink from <paramref name="part"/>.</summary>
    public string Link(string part, string url) => Add(List(part), LinkType, url, true);

    string Add(List<AddedRelationship> rels, string type, string target, bool external)
    {
        var id = $"rIdOt{++_nextRel}";
        rels.Add(new AddedRelationship(id, type, target, external));
        return id;
    }

    List<AddedRelationship> List(string part)
    {
        if (!Relationships.TryGetValue(part, out var list)) Relationships[part] = list = [];
        return list;
    }

    // Targets are relative to the part's folder (word/ for every templated part).
    static string Relative(string part, string name)
    {
        var slash = part.LastIndexOf('/');
        var dir = slash < 0 ? "" : part[..(slash + 1)];
        return name.StartsWith(dir, StringComparison.Ordinal) ? name[dir.Length..] : "/" + name;
    }
}
