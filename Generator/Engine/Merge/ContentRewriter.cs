using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// Rewrites one document's content (body, header, footer) for the merged package: relationship ids, renamed
/// styles, renumbered lists, and ids that must be unique in the whole package (drawings, content controls,
/// bookmarks and revisions — a bookmark's end keeps following its start).
/// </summary>
internal sealed class ContentRewriter(MergeCounters counters, IReadOnlyDictionary<string, string> styles,
    IReadOnlyDictionary<string, string> numbering)
{
    readonly Dictionary<string, string> _annotations = [];
    readonly Dictionary<string, string> _bookmarks = new(StringComparer.Ordinal);

    /// <summary>Note and comment references (by element name) and the new ids of the document's notes.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> NoteIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Rewrites <paramref name="root"/> in place; <paramref name="relIds"/> maps relationship ids (null: keep them).</summary>
    public void Rewrite(XElement root, IReadOnlyDictionary<string, string>? relIds)
    {
        _annotations.Clear();
        foreach (var e in root.DescendantsAndSelf())
        {
            if (relIds != null)
                foreach (var a in e.Attributes())
                    if ((a.Name.Namespace == R || a.Name == O + "relid") && relIds.TryGetValue(a.Value, out var id)) a.Value = id;
            e.Attribute(W14 + "paraId")?.Remove();
            e.Attribute(W14 + "textId")?.Remove();
            if (e.Name == Wp + "docPr") e.SetAttributeValue("id", counters.NextDrawing());
            if (e.Name.Namespace != W.Ns) continue;
            var name = e.Name.LocalName;
            switch (name)
            {
                case "pStyle" or "rStyle" or "tblStyle":
                    if (Val(e) is { } s && styles.TryGetValue(s, out var renamed)) e.SetAttributeValue(W.Ns + "val", renamed);
                    break;
                case "numId" when e.Parent?.Name == W.Ns + "numPr":
                    if (Val(e) is { } n && numbering.TryGetValue(n, out var num)) e.SetAttributeValue(W.Ns + "val", num);
                    break;
                case "id" when e.Parent?.Name == W.Ns + "sdtPr":
                    e.SetAttributeValue(W.Ns + "val", counters.NextControl());
                    break;
            }
            if (NoteIds.TryGetValue(name, out var notes) && (string?)e.Attribute(W.Ns + "id") is { } note && notes.TryGetValue(note, out var renumbered))
                e.SetAttributeValue(W.Ns + "id", renumbered);
            if (Annotations.Contains(name) && (string?)e.Attribute(W.Ns + "id") is { } old)
            {
                if (!_annotations.TryGetValue(old, out var fresh)) _annotations[old] = fresh = counters.NextAnnotation();
                e.SetAttributeValue(W.Ns + "id", fresh);
            }
            if (name == "bookmarkStart" && (string?)e.Attribute(W.Ns + "name") is { } bookmark)
            {
                var unique = counters.UniqueBookmark(bookmark);
                if (unique != bookmark) _bookmarks[bookmark] = unique;
                e.SetAttributeValue(W.Ns + "name", unique);
            }
        }
        // Links follow their bookmark's new name (after the walk: a link may come before its bookmark).
        if (_bookmarks.Count > 0)
            foreach (var h in root.Descendants(W.Ns + "hyperlink"))
                if ((string?)h.Attribute(W.Ns + "anchor") is { } anchor && _bookmarks.TryGetValue(anchor, out var target))
                    h.SetAttributeValue(W.Ns + "anchor", target);
    }

    static string? Val(XElement e) => (string?)e.Attribute(W.Ns + "val");
}
