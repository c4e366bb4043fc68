using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

/// <summary>
/// Pairs block tags, decides for each block whether it is inline, a repeated row or a block of paragraphs/rows,
/// reports misplaced blocks with both locations, and moves block code out of the paragraphs and rows it replaces.
/// </summary>
internal sealed partial class BlockAnalyzer(string file, List<TagInfo> tags, List<CodeEntry> codes, List<Diagnostic> errors, Locator locator)
{
    readonly ColumnBlocks _columns = new(file, codes, errors);
    readonly Dictionary<TagInfo, BlockGroup> _groupOf = [];
    readonly Dictionary<XElement, bool> _blockOnly = [];

    /// <summary>The tags in the order their blocks' scopes hold (a column block's scope reaches every row of its table).</summary>
    public List<TagInfo> ScopeOrder => _columns.ScopeOrder(tags);

    /// <summary>The blocks found, in the order they open.</summary>
    public List<BlockGroup> Groups { get; } = [];

    /// <summary>Pairs and classifies; returns false (with errors added) when the blocks are malformed.</summary>
    public bool Analyze()
    {
        var before = errors.Count;
        Pair();
        if (errors.Count > before) return false;
        foreach (var g in Groups.Where(g => g.Open.Column)) g.Kind = BlockKind.Column;
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Unknown))
        {
            if (g.All.All(t => t.Paragraph == g.Open.Paragraph)) g.Kind = BlockKind.Inline;
        }
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Unknown && IsRow(g))) g.Kind = BlockKind.Row;
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Column)) _columns.Check(g, RowMarker);
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Unknown && CrossesRows(g))) g.Kind = BlockKind.Anchored;
        TableEdges.Lift(Groups.Where(g => g.Kind == BlockKind.Unknown), locator);
        SplitParagraphs();
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Unknown)) Classify(g);
        return errors.Count == before;
    }

    void Pair()
    {
        var stack = new Stack<BlockGroup>();
        foreach (var t in tags)
        {
            switch (t.Kind)
            {
                case TagKind.Open:
                    var g = new BlockGroup(t);
                    Groups.Add(g);
                    _groupOf[t] = g;
                    stack.Push(g);
                    break;
                case TagKind.Mid when stack.Count > 0:
                    stack.Peek().Mids.Add(t);
                    _groupOf[t] = stack.Peek();
                    break;
                case TagKind.End when stack.Count > 0:
                    var open = stack.Pop();
                    open.End = t;
                    // A capture holds document XML already escaped: mark it so printing it does not escape it again.
                    if (open.Open.Keyword == "capture" && System.Text.RegularExpressions.Regex.Match(open.Open.Code, @"^\s*capture\s+([A-Za-z_]\w*)\s*$") is { Success: true } m)
                        t.After = $"{m.Groups[1].Value} = __ot_xml {m.Groups[1].Value}";
                    _groupOf[t] = open;
                    break;
                case TagKind.Mid:
                case TagKind.End:
                    Error(DiagnosticIds.Stray, t, $"'{t.Code.Trim()}' has no matching block opening before it");
                    break;
            }
        }
        foreach (var g in stack.Reverse())
            Error(DiagnosticIds.Unclosed, g.Open, $"the block '{g.Open.Code.Trim()}' is never closed by {{{{ end }}}}");
    }

    // Open and end in different cells of one row: the row repeats.
    bool IsRow(BlockGroup g)
    {
        var oc = Cell(g.Open);
        var ec = Cell(g.End!);
        if (oc == null || ec == null || oc == ec || oc.Parent != ec.Parent) return false;
        foreach (var m in g.Mids)
            Error(DiagnosticIds.Crossing, m, $"'{m.Code.Trim()}' inside a repeated row (opened at {g.Open.Location}, closed at {g.End!.Location}) is not supported; use a condition inside one cell");
        return true;
    }

    // Opens in a cell and closes in another row of the table, and not with tags in rows of their own: refused.
    bool CrossesRows(BlockGroup g)
    {
        var oc = Cell(g.Open);
        var ec = Cell(g.End!);
        if (oc == null || ec == null || oc.Parent == ec.Parent || Table(oc) != Table(ec)) return false;
        if (g.All.All(t => t.Paragraph!.Parent is { } tc && tc.Name == W.Tc && tc.Parent is { } tr && tr.Name == W.Tr && RowTagOnly(tr))) return false;
        Error(DiagnosticIds.Crossing, g.Open, $"the block '{g.Open.Code.Trim()}' opens in {g.Open.Location} but closes in another row ({g.End!.Location}): a block opened in a table cell must close in a cell of the same row, or its tags must stand in rows of their own");
        return true;
    }

    // A block over several paragraphs whose tag shares its paragraph with text, a picture, a break or a section
    // break: the paragraph is split at the tag, so the tag stands alone and the rest stays where the author put it.
    void SplitParagraphs()
    {
        var byParagraph = new Dictionary<XElement, List<TagInfo>>();
        foreach (var g in Groups.Where(g => g.Kind == BlockKind.Unknown))
        {
            foreach (var t in g.All)
            {
                var p = t.Marker!.Ancestors(W.P).First();
                if (!byParagraph.TryGetValue(p, out var list)) byParagraph[p] = list = [];
                list.Add(t);
            }
        }
        foreach (var (p, list) in byParagraph)
        {
            if (p.Parent is { } tc && tc.Name == W.Tc && tc.Parent is { } tr && tr.Name == W.Tr && RowTagOnly(tr)) continue;
            if (BlockOnly(p) && !VisibleContent.EndsSection(p)) continue;
            list.Sort((a, b) => a.Marker!.IsBefore(b.Marker!) ? -1 : a == b ? 0 : 1);
            var markers = list.Select(t => t.Marker!).ToList();
            if (!ParagraphSplitter.CanSplit(p, markers)) continue;
            var depth = list.Select(t => t.Kind switch { TagKind.Open => 1, TagKind.End => -1, _ => 0 }).ToList();
            foreach (var piece in ParagraphSplitter.Split(p, markers, depth, RowMarker))
            {
                locator.Alias(piece, p);
                _blockOnly.Remove(piece);
            }
            _blockOnly.Remove(p);
        }
    }

    // A row block's tag leaves its paragraph for the row's edge, so it shows nothing where it stands.
    bool RowMarker(XElement marker) =>
        codes[(int)marker.Attribute("n")!].Tag is { } t && _groupOf.TryGetValue(t, out var g) && g.Kind == BlockKind.Row;

    void Classify(BlockGroup g)
    {
        var open = g.Open;
        var end = g.End!;
        var oc = Cell(open);
        var ec = Cell(end);
        g.Kind = BlockKind.Anchored;
        foreach (var t in g.All)
        {
            var anchor = Anchor(t);
            if (anchor == null)
            {
                Error(DiagnosticIds.Crossing, t, $"the block opened at {open.Location} ('{open.Code.Trim()}') and closed at {end.Location} spans several paragraphs, and its tag '{t.Code.Trim()}' stands inside a content control or a field of its paragraph: move the tag out of it");
                return;
            }
            g.Anchors[t] = anchor;
        }
        var parent = g.Anchors[open].Parent;
        foreach (var t in g.All.Skip(1))
        {
            if (g.Anchors[t].Parent == parent) continue;
            var why = oc != null && ec != null && oc.Parent != ec.Parent && Table(oc) == Table(ec)
                ? "a block that opens in a table cell must close in the same row (row block) or the same cell"
                : "its open and end must be at the same level (both in the body, both in one cell, or both in rows of one table); a tag at the very end of a table's last cell, or the very start of its first, counts as standing after or before the table";
            Error(DiagnosticIds.Crossing, open, $"the block '{open.Code.Trim()}' opens at {open.Location} but closes at {t.Location}: {why}");
            return;
        }
    }

    XElement? Anchor(TagInfo t)
    {
        // The tag's own paragraph: after a split, the one its marker stands in.
        var p = t.Marker!.Ancestors(W.P).First();
        if (!BlockOnly(p)) return null;
        if (p.Parent is { } tc && tc.Name == W.Tc && tc.Parent is { } tr && tr.Name == W.Tr && RowTagOnly(tr)) return tr;
        return p;
    }

    // Through the marker: a split may have dropped the tag's original paragraph from the tree.
    static XElement? Cell(TagInfo t) => (t.Marker?.Parent != null ? t.Marker : t.Paragraph)?.Ancestors(W.Tc).FirstOrDefault();

    static XElement? Table(XElement tc) => tc.Parent?.Parent;

    void Error(string id, TagInfo t, string message) =>
        errors.Add(new Diagnostic(id, DiagnosticSeverity.Error, file, t.Part, t.Location, t.Snippet, message));
}
