using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

/// <summary>
/// Column blocks: <c>{{ column for m in months }}{{ m.name }}{{ end }}</c> in one table cell repeats the table's
/// column under that cell, in every row: each row's cells under the marked cell's grid columns are wrapped in the
/// block, a cell spanning over them widens by the copies, and the grid widths are shared out so the table keeps
/// its width (the marked columns' width split between the copies; when the block gives none, every column left
/// widens in proportion, and when none is left the table goes whole).
/// </summary>
internal sealed partial class ColumnBlocks(string file, List<CodeEntry> codes, List<Diagnostic> errors)
{
    static readonly XName TblGrid = W.Ns + "tblGrid", GridCol = W.Ns + "gridCol", TrPr = W.Ns + "trPr", GridBefore = W.Ns + "gridBefore",
        GridAfter = W.Ns + "gridAfter", GridSpan = W.Ns + "gridSpan", TcW = W.Ns + "tcW", Wd = W.Ns + "w", Type = W.Ns + "type";

    [GeneratedRegex(@"^\s*for\s+(\w+)\s+in\b")]
    private static partial Regex LoopVariable();

    // A block's grid columns [Start, Start + Span) in its table.
    sealed record Range(BlockGroup Group, XElement Cell, int Start, int Span);

    readonly Dictionary<XElement, List<Range>> _tables = [];

    /// <summary>Checks a column block's place; on success it is applied by <see cref="Apply"/>.</summary>
    public void Check(BlockGroup g, Func<XElement, bool> rowTag)
    {
        var open = g.Open;
        var end = g.End!;
        var cell = open.Marker!.Ancestors(W.Tc).FirstOrDefault();
        if (cell == null) { Error(open, $"'column{open.Code.TrimEnd()}' repeats a table column and must stand in a table cell"); return; }
        if (end.Marker!.Ancestors(W.Tc).FirstOrDefault() != cell)
        {
            Error(open, $"the column block 'column{open.Code.TrimEnd()}' opens at {open.Location} but closes at {end.Location}: a column block opens and ends in one cell (the cell it repeats)");
            return;
        }
        foreach (var m in g.Mids) { Error(m, $"'{m.Code.Trim()}' inside a column block (opened at {open.Location}) is not supported; put a condition inside the cell"); return; }
        var state = 0;
        foreach (var n in cell.DescendantNodes())
        {
            if (n == open.Marker) { state = 1; continue; }
            if (n == end.Marker) { state = 2; continue; }
            if (state == 1) continue;
            // A row block's tag (the row loop's {{ end }} in the last cell) leaves for the row's edge.
            var shows = n is XText t ? VisibleContent.IsVisibleText(t) : n is XElement e && (e.Name == W.Code ? !rowTag(e) : VisibleContent.IsVisible(e));
            if (!shows) continue;
            Error(open, $"the cell of the column block 'column{open.Code.TrimEnd()}' holds something {(state == 0 ? "before its opening tag" : "after its {{ end }}")}: the whole cell repeats, so its content goes between the tags");
            return;
        }
        var tbl = cell.Ancestors(W.Tbl).First();
        // The block runs before the table too, to count the columns: its list cannot be a row loop's item.
        foreach (var rowOpen in tbl.Descendants(W.Code).Where(rowTag).Select(m => codes[(int)m.Attribute("n")!].Tag!).Where(t => t.Kind == TagKind.Open))
        {
            if (LoopVariable().Match(rowOpen.Code) is not { Success: true } v) continue;
            if (!Regex.IsMatch(open.Code, $@"(?<![\w.]){Regex.Escape(v.Groups[1].Value)}(?!\w)")) continue;
            Error(open, $"the column block 'column{open.Code.TrimEnd()}' reads '{v.Groups[1].Value}', the item of the row loop at {rowOpen.Location}: every row of a table has the same columns, so a column block's list must be known before the table (a field of the data, or of a loop around the table)");
            return;
        }
        var grid = Grid(tbl);
        if (grid == null) { Error(open, "the table of this column block has no grid (w:tblGrid): open and save it in Word first"); return; }
        var row = Cells(cell.Ancestors(W.Tr).First());
        var own = row.First(c => c.Cell == cell);
        var range = new Range(g, cell, own.Start, own.Span);
        if (!_tables.TryGetValue(tbl, out var ranges)) _tables[tbl] = ranges = [];
        if (ranges.FirstOrDefault(r => r.Start < range.Start + range.Span && range.Start < r.Start + r.Span) is { } other)
        {
            Error(open, $"the column blocks opened at {other.Group.Open.Location} and {open.Location} repeat the same column of the table; one column block per column");
            return;
        }
        var number = 0;
        foreach (var tr in Rows(tbl))
        {
            number++;
            var cells = Cells(tr);
            var total = cells.Count == 0 ? 0 : cells[^1].Start + cells[^1].Span + After(tr);
            if (total != grid.Count)
            {
                Error(open, $"row {number} of the table of the column block at {open.Location} covers {total} grid columns, its grid has {grid.Count}: open and save the table in Word first");
                return;
            }
            var under = false;
            foreach (var c in cells)
            {
                var stop = c.Start + c.Span;
                if (stop <= range.Start || c.Start >= range.Start + range.Span) continue;
                var inside = c.Start >= range.Start && stop <= range.Start + range.Span;
                var covers = c.Start <= range.Start && stop >= range.Start + range.Span;
                if (!inside && !covers)
                {
                    Error(open, $"in row {number}, a merged cell crosses the edge of the column repeated by the block at {open.Location}: a cell must lie under the column, or span all of it");
                    return;
                }
                under = true;
            }
            if (!under)
            {
                Error(open, $"row {number} has no cell under the column repeated by the block at {open.Location} (the row stops short of it): give the row a cell there");
                return;
            }
        }
        ranges.Add(range);
    }

    /// <summary>The tags in the order their scopes hold: a column block's end after the last tag of its table.</summary>
    public List<TagInfo> ScopeOrder(List<TagInfo> tags)
    {
        if (_tables.Count == 0) return tags;
        var order = new List<TagInfo>(tags);
        foreach (var (tbl, ranges) in _tables)
        {
            foreach (var r in ranges)
            {
                var end = r.Group.End!;
                order.Remove(end);
                var last = order.FindLastIndex(t => t.Marker?.Ancestors(W.Tbl).Contains(tbl) == true);
                order.Insert(last + 1, end);
            }
        }
        return order;
    }

    /// <summary>Wraps each row's cells under every column block in the block and makes the widths code; after <see cref="BlockAnalyzer.Rewrite"/>.</summary>
    public void Apply()
    {
        var table = 0;
        foreach (var (tbl, ranges) in _tables)
        {
            if (ranges.Count == 0) continue;
            table++;
            var grid = Grid(tbl)!;
            var widths = grid.Select(c => Int(c, Wd, 0)).ToList();
            var names = ranges.Select((r, i) => $"__ot_c{table}_{i}").ToList();
            string tot = $"__ot_t{table}", gone = $"__ot_g{table}";
            var setup = new List<XElement>();
            for (var i = 0; i < ranges.Count; i++)
            {
                var r = ranges[i];
                // The block runs once before the table to count its copies (its list is read there: it cannot use a row loop's item).
                setup.Add(Marker($" {names[i]} = 0; {r.Group.Open.Code.Trim()}; {names[i]} = {names[i]} + 1; end ", Copy(r.Group.Open, TagKind.Inline)));
            }
            // __ot_zT_K: the width block K's columns lose (all of it when it gives no copy); __ot_gT: what the table loses.
            var sums = string.Concat(ranges.Select((r, i) =>
                $"{Lost(names[i])} = 0; if {names[i]} == 0; {Lost(names[i])} = {widths.Skip(r.Start).Take(r.Span).Sum()}; {gone} = {gone} + {Lost(names[i])}; end; "));
            setup.Add(Marker($" {tot} = {Math.Max(1, widths.Sum())}; {gone} = 0; {sums}", null));
            // A table whose every column lies under blocks that give no copy has nothing left to show: it goes whole.
            setup.Add(Marker($" if {tot} > {gone} ", null));
            tbl.AddBeforeSelf(setup);
            tbl.AddAfterSelf(Marker(" end ", null));
            for (var i = 0; i < ranges.Count; i++) RemoveTags(ranges[i]);
            // The grid: the block's columns repeat, each copy a share of their width; every column left widens when a block gives no copy.
            for (var c = 0; c < grid.Count; c++)
            {
                var k = ranges.FindIndex(r => c >= r.Start && c < r.Start + r.Span);
                var scaled = Scaled(widths[c].ToString(CultureInfo.InvariantCulture), tot, gone);
                SetWidth(grid[c], Wd, k < 0 ? scaled : $"{scaled} // {names[k]}");
                if (k >= 0 && c == ranges[k].Start) grid[c].AddBeforeSelf(Marker(ranges[k].Group.Open.Code, Copy(ranges[k].Group.Open, TagKind.Open)));
                if (k >= 0 && c == ranges[k].Start + ranges[k].Span - 1) grid[c].AddAfterSelf(Marker(" end ", Copy(ranges[k].Group.End!, TagKind.End)));
            }
            foreach (var tr in Rows(tbl).ToList()) Row(tr, ranges, names, widths, tot, gone);
        }
    }

    void Row(XElement tr, List<Range> ranges, List<string> names, List<int> widths, string tot, string gone)
    {
        var cells = Cells(tr);
        foreach (var (tc, start, span) in cells)
        {
            var stop = start + span;
            var k = ranges.FindIndex(r => start >= r.Start && stop <= r.Start + r.Span);
            var tcW = tc.Element(W.TcPr)?.Element(TcW);
            var dxa = tcW != null && (string?)tcW.Attribute(Type) is null or "dxa" && tcW.Attribute(Wd) != null;
            if (k >= 0)
            {
                if (dxa) SetWidth(tcW!, Wd, $"{Scaled(Int(tcW, Wd, 0).ToString(CultureInfo.InvariantCulture), tot, gone)} // {names[k]}");
                continue;
            }
            var covered = ranges.Select((r, i) => (r, i)).Where(x => start <= x.r.Start && stop >= x.r.Start + x.r.Span).ToList();
            if (covered.Count > 0)
            {
                var spanCode = span + string.Concat(covered.Select(x => $" - {x.r.Span} + {x.r.Span} * {names[x.i]}"));
                SetWidth(tc.Element(W.TcPr)!.Element(GridSpan)!, W.Val, spanCode);
            }
            if (!dxa) continue;
            // A cell over a block's columns loses their width only when the block gives no copy.
            var own = Int(tcW, Wd, 0).ToString(CultureInfo.InvariantCulture) + string.Concat(covered.Select(x =>
                $" - {Lost(names[x.i])}"));
            SetWidth(tcW!, Wd, Scaled(covered.Count > 0 ? $"({own})" : own, tot, gone));
        }
        for (var i = 0; i < ranges.Count; i++)
        {
            var r = ranges[i];
            var inside = cells.Where(c => c.Start >= r.Start && c.Start + c.Span <= r.Start + r.Span).Select(c => c.Cell).ToList();
            if (inside.Count == 0) continue;
            inside[0].AddBeforeSelf(Marker(r.Group.Open.Code, Copy(r.Group.Open, TagKind.Open)));
            inside[^1].AddAfterSelf(Marker(" end ", Copy(r.Group.End!, TagKind.End)));
        }
    }

    static string Lost(string count) => count.Replace("__ot_c", "__ot_z", StringComparison.Ordinal);

    static string Scaled(string width, string tot, string gone) => $"({width}) * {tot} // ({tot} - {gone})";

    // The block's own tags leave the cell (they stand around it now); a paragraph left showing nothing goes.
    static void RemoveTags(Range r)
    {
        var paragraphs = new[] { r.Group.Open.Marker!, r.Group.End!.Marker! }.Select(m => m.Ancestors(W.P).First()).Distinct().ToList();
        r.Group.Open.Marker!.Remove();
        r.Group.End!.Marker!.Remove();
        foreach (var p in paragraphs)
        {
            var shows = p.DescendantNodes().Any(n => n is XText t ? VisibleContent.IsVisibleText(t) : n is XElement e && (e.Name == W.Code || VisibleContent.IsVisible(e)));
            if (!shows && r.Cell.Elements(W.P).Count() > 1 && !VisibleContent.EndsSection(p)) p.Remove();
        }
    }

    void SetWidth(XElement e, XName attribute, string code)
    {
        e.SetAttributeValue(attribute, $"{W.RefStart}{codes.Count}{W.RefEnd}");
        codes.Add(new CodeEntry($" {code} ", null));
    }

    XElement Marker(string code, TagInfo? tag)
    {
        var marker = new XElement(W.Code, new XAttribute("n", codes.Count));
        codes.Add(new CodeEntry(code, tag));
        return marker;
    }

    static TagInfo Copy(TagInfo t, TagKind kind) => new()
    {
        Code = t.Code, Kind = kind, Keyword = kind == TagKind.Inline ? "" : t.Keyword, Paragraph = t.Paragraph, Part = t.Part,
        Location = t.Location, Snippet = t.Snippet,
    };

    static List<XElement>? Grid(XElement tbl) => tbl.Element(TblGrid)?.Elements(GridCol).ToList() is { Count: > 0 } cols ? cols : null;

    static IEnumerable<XElement> Rows(XElement tbl) => tbl.Descendants(W.Tr).Where(tr => tr.Ancestors(W.Tbl).First() == tbl);

    // A row's cells with the grid column each starts at and how many it spans.
    static List<(XElement Cell, int Start, int Span)> Cells(XElement tr)
    {
        var list = new List<(XElement, int, int)>();
        var at = Int(tr.Element(TrPr)?.Element(GridBefore), W.Val, 0);
        foreach (var tc in tr.Descendants(W.Tc).Where(c => c.Ancestors(W.Tr).First() == tr))
        {
            var span = Math.Max(1, Int(tc.Element(W.TcPr)?.Element(GridSpan), W.Val, 1));
            list.Add((tc, at, span));
            at += span;
        }
        return list;
    }

    static int After(XElement tr) => Int(tr.Element(TrPr)?.Element(GridAfter), W.Val, 0);

    static int Int(XElement? e, XName attribute, int fallback) =>
        e?.Attribute(attribute) is { } a && int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    void Error(TagInfo t, string message) =>
        errors.Add(new Diagnostic(DiagnosticIds.Crossing, DiagnosticSeverity.Error, file, t.Part, t.Location, t.Snippet, message));
}
