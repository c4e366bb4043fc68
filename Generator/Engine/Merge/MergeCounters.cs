namespace OfficeTools.Engine.Merge;

/// <summary>The ids handed out across the whole merged package.</summary>
internal sealed class MergeCounters
{
    int _drawing, _control, _annotation, _relationship;
    readonly HashSet<string> _bookmarks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A fresh wp:docPr id.</summary>
    public string NextDrawing() => (++_drawing).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh content control id.</summary>
    public string NextControl() => (++_control).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh bookmark/revision id.</summary>
    public string NextAnnotation() => (++_annotation).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh relationship id of the main part.</summary>
    public string NextRelationship() => "rIdM" + (++_relationship).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The bookmark's name, or a new one when an earlier document used it (Word's names are case-insensitive).</summary>
    public string UniqueBookmark(string name)
    {
        if (_bookmarks.Add(name)) return name;
        for (var i = 2; ; i++)
        {
            var candidate = $"{name}_{i}";
            // Word refuses bookmark names over 40 characters.
            if (candidate.Length > 40) candidate = $"_m{_bookmarks.Count}_{i}";
            if (_bookmarks.Add(candidate)) return candidate;
        }
    }
}
