using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

/// <summary>
/// Pairs block tags, decides for each block whether it is inline, a repeated row or a block of paragraphs/rows,
/// reports misplaced blocks with both locations, and moves block code out of the paragraphs and rows it replaces.
/// </summary>
internal sealed partial class BlockAnalyzer(string file, List<TagInfo> tags, List<CodeEntry> codes, List<Diagnostic> errors)
{
    readonly Dictionary<TagInfo, BlockGroup> _groupOf = [];
    readonly Dictionary<XElement, bool> _blockOnly = [];

    /// <summary>The blocks found, in the order they open.</summary>
    public List<BlockGroup> Groups { get; } = [];

    /// <summary>Pairs and classifies; returns false (with errors added) when the blocks are malformed.</summary>
    public bool Analyze()
    {
        var before = errors.Count;
        Pair();
        if (errors.Count > before) return false;
        foreach (var g in Groups)
        {
            if (g.All.All(t => t.Paragraph == g.Open.Paragraph)) g.Kind = BlockKind.Inline;
        }
        foreach (var g in Groups.Where(g => g.Kind != BlockKind.Inline)) Classify(g);
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

    void Classify(BlockGroup g)
    {
        var open = g.Open;
        var end = g.End!;
        var oc = Cell(open);
        var ec = Cell(end);
        if (oc != null && ec != null && oc != ec && oc.Parent == ec.Parent)
        {
            g.Kind = BlockKind.Row;
            foreach (var m in g.Mids)
                Error(DiagnosticIds.Crossing, m, $"'{m.Code.Trim()}' inside a repeated row (opened at {open.Location}, closed at {end.Location}) is not supported; use a condition inside one cell");
            return;
        }
        g.Kind = BlockKind.Anchored;
        foreach (var t in g.All)
        {
            var anchor = Anchor(t);
            if (anchor == null && oc != null && ec != null && oc.Parent != ec.Parent && Table(oc) == Table(ec))
            {
                Error(DiagnosticIds.Crossing, open, $"the block '{open.Code.Trim()}' opens in {open.Location} but closes in another row ({end.Location}): a block opened in a table cell must close in a cell of the same row, or its tags must stand in rows of their own");
                return;
            }
            if (anchor == null)
            {
                Error(DiagnosticIds.Crossing, t, $"the block opened at {open.Location} ('{open.Code.Trim()}') and closed at {end.Location} spans several paragraphs, so its tag '{t.Code.Trim()}' must stand in a paragraph of its own");
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
                : "its open and end must be at the same level (both in the body, both in one cell, or both in rows of one table)";
            Error(DiagnosticIds.Crossing, open, $"the block '{open.Code.Trim()}' opens at {open.Location} but closes at {t.Location}: {why}");
            return;
        }
    }

    XElement? Anchor(TagInfo t)
    {
        var p = t.Paragraph!;
        if (!BlockOnly(p)) return null;
        if (p.Parent is { } tc && tc.Name == W.Tc && tc.Parent is { } tr && tr.Name == W.Tr && RowTagOnly(tr)) return tr;
        return p;
    }

    static XElement? Cell(TagInfo t) => t.Paragraph?.Ancestors(W.Tc).FirstOrDefault();

    static XElement? Table(XElement tc) => tc.Parent?.Parent;

    void Error(string id, TagInfo t, string message) =>
        errors.Add(new Diagnostic(id, DiagnosticSeverity.Error, file, t.Part, t.Location, t.Snippet, message));
}
