using System.Xml.Linq;

namespace OfficeTools.Engine.Blocks;

/// <summary>
/// Splits a paragraph at the block tags that stand in it next to other content (text, a picture, a break), so each
/// such tag gets a paragraph of its own: what stands before a tag stays before it, what stands after stays after.
/// The paragraph's section break goes to the last piece outside the blocks that open in it, so it is never repeated.
/// </summary>
internal static class ParagraphSplitter
{
    static readonly XName ParaId = W.W14 + "paraId", TextId = W.W14 + "textId";

    // Elements a tag may be split out of: each side keeps a copy of the element and its properties.
    static readonly HashSet<XName> Splittable =
    [
        W.R, W.T, W.Ns + "hyperlink", W.Ns + "ins", W.Ns + "moveTo", W.Ns + "smartTag", W.Ns + "customXml", W.Ns + "dir", W.Ns + "bdo",
    ];

    /// <summary>True when every marker can be split out of <paramref name="p"/> (not from inside a content control or field).</summary>
    public static bool CanSplit(XElement p, IEnumerable<XElement> markers) =>
        markers.All(m => m.Ancestors().TakeWhile(a => a != p).All(a => Splittable.Contains(a.Name)));

    /// <summary>
    /// Replaces <paramref name="p"/> by its pieces and one tag paragraph per marker (in document order), dropping pieces
    /// that show nothing; <paramref name="depth"/> gives, per marker, how it changes block depth (+1 open, −1 end, 0 else).
    /// Other markers for which <paramref name="silent"/> holds (a row block's, which leaves the row) show nothing: a piece
    /// holding only those is dropped and they move into the neighbouring tag paragraph.
    /// Returns the paragraphs that now stand where <paramref name="p"/> stood.
    /// </summary>
    public static List<XElement> Split(XElement p, IReadOnlyList<XElement> markers, IReadOnlyList<int> depth, Func<XElement, bool>? silent = null)
    {
        silent ??= _ => false;
        var pieces = new List<XElement>();
        foreach (var m in markers)
        {
            pieces.Add(TakeBefore(p, m));
            m.Remove();
        }
        pieces.Add(p);
        // The paragraph mark, and with it the section break, belongs to the last piece at the paragraph's own level:
        // after the tags of blocks that close here, before those that open here.
        var sect = p.Element(W.PPr)?.Element(W.SectPr);
        var open = 0;
        var home = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (open == 0) home = i;
            // Only blocks opened in this paragraph count: an end that closes an earlier block leaves the piece after it outside.
            if (i < depth.Count) open = Math.Max(0, open + depth[i]);
        }
        if (sect != null && home != pieces.Count - 1)
        {
            sect.Remove();
            pieces[home].Element(W.PPr)!.Add(sect);
        }
        var keep = pieces.Select(x => Shows(x, silent) || x.Element(W.PPr)?.Element(W.SectPr) != null).ToList();
        KeepRangesWhole(pieces, keep);
        var tagParagraphs = markers.Select(m => new XElement(W.P, m)).ToList();
        var result = new List<XElement>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (keep[i]) result.Add(pieces[i]);
            else
            {
                var kept = pieces[i].Descendants(W.Code).ToList();
                foreach (var k in kept) k.Remove();
                if (i < tagParagraphs.Count) tagParagraphs[i].AddFirst(kept);
                else tagParagraphs[^1].Add(kept);
            }
            if (i < markers.Count) result.Add(tagParagraphs[i]);
        }
        p.ReplaceWith(result);
        return result;
    }

    static readonly Dictionary<string, string> RangeEnds = new()
    {
        ["bookmarkEnd"] = "bookmarkStart", ["commentRangeEnd"] = "commentRangeStart", ["permEnd"] = "permStart",
        ["moveFromRangeEnd"] = "moveFromRangeStart", ["moveToRangeEnd"] = "moveToRangeStart",
    };

    // A bookmark (comment range, permission, move range) cut by a tag would have its start and end on two sides of a
    // block, one of them repeated: the end joins its start's piece, or goes with it when that piece is dropped.
    static void KeepRangesWhole(List<XElement> pieces, List<bool> keep)
    {
        var starts = new Dictionary<(string, string), int>();
        for (var i = 0; i < pieces.Count; i++)
            foreach (var e in pieces[i].Descendants().Where(e => e.Name.Namespace == W.Ns && RangeEnds.ContainsValue(e.Name.LocalName)))
                if ((string?)e.Attribute(W.Ns + "id") is { } id) starts[(e.Name.LocalName, id)] = i;
        for (var i = 0; i < pieces.Count; i++)
        {
            foreach (var end in pieces[i].Descendants().Where(e => e.Name.Namespace == W.Ns && RangeEnds.ContainsKey(e.Name.LocalName)).ToList())
            {
                if ((string?)end.Attribute(W.Ns + "id") is not { } id || !starts.TryGetValue((RangeEnds[end.Name.LocalName], id), out var home) || home == i) continue;
                end.Remove();
                if (keep[home]) pieces[home].Add(end);
            }
        }
    }

    // Moves what precedes target inside e into a copy of e (with its properties) and returns the copy.
    static XElement TakeBefore(XElement e, XElement target)
    {
        var copy = new XElement(e.Name, e.Attributes().Where(a => a.Name != ParaId && a.Name != TextId));
        var props = e.Elements().FirstOrDefault() is { } first && first.Name.LocalName.EndsWith("Pr", StringComparison.Ordinal) ? first : null;
        if (props != null)
        {
            var clone = new XElement(props);
            if (e.Name == W.P) clone.Element(W.SectPr)?.Remove();
            copy.Add(clone);
        }
        var child = target.AncestorsAndSelf().First(a => a.Parent == e);
        foreach (var n in child.NodesBeforeSelf().ToList())
        {
            if (n == props) continue;
            n.Remove();
            copy.Add(n);
        }
        if (child != target) copy.Add(TakeBefore(child, target));
        return copy;
    }

    // A line break alone beside a tag (Shift+Enter where Enter was meant) would only make blank lines.
    static bool LineBreak(XElement e) =>
        e.Name.LocalName == "cr" || (e.Name.LocalName == "br" && (string?)e.Attribute(W.Ns + "type") is null or "textWrapping");

    /// <summary>True when the piece shows something: text, a picture, a break, a field, a tag.</summary>
    static bool Shows(XElement piece, Func<XElement, bool> silent)
    {
        foreach (var n in piece.DescendantNodes())
        {
            if (n is XText t && VisibleContent.IsVisibleText(t)) return true;
            if (n is XElement e && (e.Name == W.Code ? !silent(e) : VisibleContent.IsVisible(e) && e.Name != W.SectPr && !LineBreak(e))) return true;
        }
        return false;
    }
}
