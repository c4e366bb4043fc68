using System.Xml.Linq;

namespace OfficeTools.Engine.Blocks;

/// <summary>
/// A block tag typed at the very end of a table's last cell (where people type <c>{{ end }}</c> when the table ends the
/// block), or at the very start of its first cell, while the block's other tag stands outside the table: the tag is
/// taken to stand just after (or before) the table, so the block governs the whole table.
/// </summary>
internal static class TableEdges
{
    /// <summary>Moves the end tags of <paramref name="groups"/> out of the end of a table, and open tags out of its start, where that applies.</summary>
    public static void Lift(IEnumerable<BlockGroup> groups, Locator locator)
    {
        var ends = new List<XElement>();
        var opens = new List<XElement>();
        foreach (var g in groups)
        {
            var (open, end) = (g.Open.Marker!, g.End!.Marker!);
            if (Table(end) is { } t && !Inside(open, t)) ends.Add(end);
            if (Table(open) is { } u && !Inside(end, u)) opens.Add(open);
        }
        // Ends from the last: once it has left, the end before it may stand at the edge (`{{ end }}{{ end }}`); each
        // lands right after the table, ahead of those moved before it. Opens the other way round.
        foreach (var m in ends.OrderByDescending(m => m, Order.Instance))
            if (Table(m) is { } t && AtEdge(m, t, last: true)) Move(m, t, after: true, locator);
        foreach (var m in opens.OrderBy(m => m, Order.Instance))
            if (Table(m) is { } t && AtEdge(m, t, last: false)) Move(m, t, after: false, locator);
    }

    static XElement? Table(XElement marker) => marker.Ancestors(W.Tc).FirstOrDefault()?.Ancestors(W.Tbl).FirstOrDefault();

    static bool Inside(XElement marker, XElement tbl) => marker.Ancestors().Contains(tbl);

    // Nothing shows between the tag and the table's end (or start): no text, picture, break or other tag.
    static bool AtEdge(XElement marker, XElement tbl, bool last)
    {
        var tc = marker.Ancestors(W.Tc).First();
        var tr = tc.Ancestors(W.Tr).First();
        if (tr.Ancestors(W.Tbl).First() != tbl) return false;
        var rows = tbl.Elements(W.Tr).ToList();
        if (rows.Count == 0 || (last ? rows[^1] : rows[0]) != tr) return false;
        var cells = tr.Elements(W.Tc).ToList();
        if (last ? cells[^1] != tc : cells[0] != tc) return false;
        var nodes = tc.DescendantNodes();
        var beside = last ? nodes.SkipWhile(n => n != marker).Skip(1) : nodes.TakeWhile(n => n != marker);
        return !beside.Any(Shows);
    }

    static void Move(XElement marker, XElement tbl, bool after, Locator locator)
    {
        var p = marker.Ancestors(W.P).First();
        var tc = p.Ancestors(W.Tc).First();
        foreach (var piece in ParagraphSplitter.Split(p, [marker], [after ? -1 : 1])) locator.Alias(piece, p);
        var own = marker.Parent!;
        own.Remove();
        if (after) tbl.AddAfterSelf(own);
        else tbl.AddBeforeSelf(own);
        // A row that held nothing but the tag goes with it (as a tag row would); a cell must end with a paragraph.
        var tr = tc.Ancestors(W.Tr).First();
        if (!tr.DescendantNodes().Any(Shows) && tbl.Elements(W.Tr).Skip(1).Any()) tr.Remove();
        else if (tc.Elements().LastOrDefault(e => e.Name != W.TcPr) is not { } lastChild || lastChild.Name != W.P) tc.Add(new XElement(W.P));
    }

    static bool Shows(XNode n) => n is XText t ? VisibleContent.IsVisibleText(t) : n is XElement e && (e.Name == W.Code || VisibleContent.IsVisible(e));

    sealed class Order : IComparer<XElement>
    {
        public static readonly Order Instance = new();
        public int Compare(XElement? a, XElement? b) => a == b ? 0 : a!.IsBefore(b!) ? -1 : 1;
    }
}
