using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

internal sealed partial class BlockAnalyzer
{
    /// <summary>True when the paragraph holds nothing but block tags (and whitespace).</summary>
    bool BlockOnly(XElement p)
    {
        if (_blockOnly.TryGetValue(p, out var known)) return known;
        var result = Scan(p, out var anyTag) && anyTag;
        _blockOnly[p] = result;
        return result;
    }

    /// <summary>Whether <paramref name="p"/> has no visible content besides tags; reports whether it has any tag.</summary>
    bool Scan(XElement p, out bool anyTag)
    {
        anyTag = false;
        foreach (var n in p.DescendantNodes())
        {
            if (n is XText text)
            {
                if (VisibleContent.IsVisibleText(text)) return false;
            }
            else if (n is XElement e)
            {
                if (e.Name == W.Code)
                {
                    var tag = codes[(int)e.Attribute("n")!].Tag;
                    if (tag == null || tag.Kind == TagKind.Inline) return false;
                    if (_groupOf.TryGetValue(tag, out var g) && g.Kind is BlockKind.Inline or BlockKind.Column) return false;
                    anyTag = true;
                }
                // A section break in the paragraph's properties is kept by Rewrite; anything else visible is content.
                else if (VisibleContent.IsVisible(e) && !(e.Name == W.SectPr && e.Parent?.Name == W.PPr)) return false;
            }
        }
        return true;
    }

    /// <summary>True when every cell of the row holds only block tags or nothing, and the row has a tag.</summary>
    bool RowTagOnly(XElement tr)
    {
        var any = false;
        foreach (var p in tr.Descendants(W.P))
        {
            if (!Scan(p, out var hasTag)) return false;
            any |= hasTag;
        }
        return any && !tr.Descendants(W.Tbl).Any();
    }

    /// <summary>Moves block code out of the paragraphs/rows it stood in; with <paramref name="isListItem"/>, returns list paragraphs to restart, by block.</summary>
    public Dictionary<XElement, int> Rewrite(XElement root, Func<XElement, bool>? isListItem)
    {
        var restart = new Dictionary<XElement, int>();
        if (isListItem != null) CollectRestarts(restart, isListItem);
        var before = new Dictionary<XElement, List<XElement>>();
        var after = new Dictionary<XElement, List<XElement>>();
        var replace = new HashSet<XElement>();
        foreach (var g in Groups)
        {
            if (g.Kind == BlockKind.Row)
            {
                var tr = Cell(g.Open)!.Parent!;
                g.Open.Marker!.Remove();
                g.End!.Marker!.Remove();
                Add(before, tr, g.Open.Marker!);
                Add(after, tr, g.End.Marker!);
            }
            else if (g.Kind == BlockKind.Anchored)
            {
                foreach (var a in g.Anchors.Values) replace.Add(a);
            }
        }
        foreach (var (tr, list) in before) tr.AddBeforeSelf(list);
        foreach (var (tr, list) in after) tr.AddAfterSelf(list);
        foreach (var a in replace)
        {
            var markers = a.Descendants(W.Code).ToList();
            foreach (var m in markers) m.Remove();
            // A tag paragraph that ends a section leaves its paragraph mark (and the section) where it stood: after its tags.
            if (a.Name == W.P && VisibleContent.EndsSection(a)) a.ReplaceWith(markers, new XElement(W.P, new XElement(a.Element(W.PPr)!)));
            else a.ReplaceWith(markers);
        }
        _columns.Apply();
        foreach (var tc in root.Descendants(W.Tc).ToList())
        {
            var last = tc.Elements().LastOrDefault(e => e.Name != W.TcPr);
            if (last == null || last.Name == W.Code) tc.Add(new XElement(W.P));
        }
        return restart;
    }

    void CollectRestarts(Dictionary<XElement, int> restart, Func<XElement, bool> isListItem)
    {
        for (var k = 0; k < Groups.Count; k++)
        {
            var g = Groups[k];
            if (g.Open.Keyword is not ("for" or "while" or "tablerow") || g.Kind is BlockKind.Inline or BlockKind.Column) continue;
            IEnumerable<XElement> range;
            if (g.Kind == BlockKind.Row) range = [Cell(g.Open)!.Parent!];
            else
            {
                var start = g.Anchors[g.Open];
                var stop = g.Anchors[g.End!];
                range = start.ElementsAfterSelf().TakeWhile(e => e != stop);
            }
            var paragraphs = range.SelectMany(e => e.DescendantsAndSelf(W.P)).Where(p => !_blockOnly.GetValueOrDefault(p)).ToList();
            // A loop that repeats nothing but list items produces the items of one list: the enclosing loop restarts it.
            if (g.Kind == BlockKind.Anchored && paragraphs.Count > 0 && paragraphs.All(isListItem)) continue;
            var any = false;
            foreach (var p in paragraphs)
            {
                restart[p] = k;
                any = true;
            }
            if (any) g.Open.After = $"__ot_iter {k}";
        }
    }

    static void Add(Dictionary<XElement, List<XElement>> d, XElement key, XElement value)
    {
        if (!d.TryGetValue(key, out var list)) d[key] = list = [];
        list.Add(value);
    }
}
