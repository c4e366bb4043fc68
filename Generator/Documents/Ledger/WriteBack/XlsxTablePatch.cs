using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>One ledger sheet of the workbook being patched: its header row, its rows by id, its right-hand edge.</summary>
internal sealed class XlsxTablePatch
{
    readonly Worksheet sheet;
    readonly SheetData data;
    readonly LedgerTable table;
    readonly XlsxCellWriter cells;
    readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    readonly Row header;
    int lastColumn;

    public XlsxTablePatch(WorksheetPart part, LedgerTable table, XlsxCellWriter cells)
    {
        sheet = part.Worksheet;
        data = sheet.GetFirstChild<SheetData>() ?? sheet.AppendChild(new SheetData());
        this.table = table;
        this.cells = cells;
        foreach (var row in data.Elements<Row>()) Number(row);
        header = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == 1) ?? data.InsertAt(new Row { RowIndex = 1 }, 0);
        lastColumn = -1;
        foreach (var row in data.Elements<Row>())
            foreach (var c in row.Elements<Cell>().Where(XlsxCellWriter.HasContent))
                lastColumn = Math.Max(lastColumn, XlsxCells.Column(c.CellReference!.Value));
        foreach (var c in header.Elements<Cell>())
            if (table.Find(cells.Text(c)) is { } f) columns.TryAdd(f.Key, XlsxCells.Column(c.CellReference!.Value));
    }

    /// <summary>Adds the missing <paramref name="needed"/> columns, writes <paramref name="updates"/> by row id and appends <paramref name="added"/>.</summary>
    public void Apply(Dictionary<string, Dictionary<string, CellUpdate>> updates, IReadOnlyList<Dictionary<string, CellUpdate>> added,
        IReadOnlyList<LedgerField> needed)
    {
        if (updates.Count == 0 && added.Count == 0) return;
        foreach (var field in needed.Prepend(table.Find("id")!).Where(f => !columns.ContainsKey(f.Key)).Distinct()) AddColumn(field);
        var id = columns["id"];
        var rows = data.Elements<Row>().Where(r => r.RowIndex!.Value > 1).ToList();
        foreach (var row in rows)
        {
            if (CellAt(row, id, create: false) is not { } idCell || !updates.TryGetValue(cells.Text(idCell).Trim(), out var values)) continue;
            foreach (var (key, value) in values) cells.Set(CellAt(row, columns[key], create: true)!, value);
        }
        var template = rows.LastOrDefault();
        var next = (rows.Count == 0 ? 1 : rows.Max(r => r.RowIndex!.Value)) + 1;
        foreach (var values in added)
        {
            var row = new Row { RowIndex = next++ };
            data.AppendChild(row);
            foreach (var (key, value) in values.Where(v => columns.ContainsKey(v.Key)).OrderBy(v => columns[v.Key]))
            {
                var cell = CellAt(row, columns[key], create: true)!;
                // A new row looks like the one above: its dates formatted as dates, its borders and fonts.
                if (template != null && CellAt(template, columns[key], create: false)?.StyleIndex is { } style) cell.StyleIndex = style.Value;
                cells.Set(cell, value);
            }
        }
        if (sheet.SheetDimension is { } dim)
            dim.Reference = $"A1:{XlsxCells.ColumnName(Math.Max(lastColumn, 0))}{Math.Max(next - 1, 1)}";
    }

    // A loop column the sheet lacks goes right of everything, headed as the reader names it, styled and as wide as the last header.
    void AddColumn(LedgerField field)
    {
        var last = header.Elements<Cell>().LastOrDefault(XlsxCellWriter.HasContent);
        var column = ++lastColumn;
        var cell = CellAt(header, column, create: true)!;
        if (last?.StyleIndex is { } style) cell.StyleIndex = style.Value;
        cells.Set(cell, new CellUpdate(field.Header));
        columns[field.Key] = column;
        if (last != null && sheet.GetFirstChild<Columns>() is { } cols)
        {
            var from = (uint)XlsxCells.Column(last.CellReference!.Value) + 1;
            var width = cols.Elements<Column>().FirstOrDefault(c => c.Min?.Value <= from && c.Max?.Value >= from);
            if (width?.Width != null && cols.Elements<Column>().All(c => c.Max?.Value < column + 1))
                cols.AppendChild(new Column { Min = (uint)column + 1, Max = (uint)column + 1, Width = width.Width.Value, CustomWidth = true });
        }
    }

    // The cell of a column in a row, created in column order when asked.
    static Cell? CellAt(Row row, int column, bool create)
    {
        var reference = XlsxCells.ColumnName(column) + row.RowIndex!.Value;
        Cell? after = null;
        foreach (var c in row.Elements<Cell>())
        {
            var col = XlsxCells.Column(c.CellReference!.Value);
            if (col == column) return c;
            if (col > column) break;
            after = c;
        }
        if (!create) return null;
        var cell = new Cell { CellReference = reference };
        if (after == null) row.InsertAt(cell, 0);
        else row.InsertAfter(cell, after);
        // A row's spans hint no longer covers the new cell; Excel recomputes them.
        row.Spans = null;
        return cell;
    }

    // Rows and cells without references (allowed, rare) get them, so that cells can be found and inserted by column.
    static void Number(Row row)
    {
        row.RowIndex ??= (uint)(row.ElementsBefore().OfType<Row>().LastOrDefault()?.RowIndex?.Value + 1 ?? 1);
        var col = 0;
        foreach (var c in row.Elements<Cell>())
        {
            if (c.CellReference?.Value is { } r && XlsxCells.Column(r) >= 0) col = XlsxCells.Column(r);
            else c.CellReference = XlsxCells.ColumnName(col) + row.RowIndex.Value;
            col++;
        }
    }
}
