using OfficeTools.Data;
using static OfficeTools.Collect.Verification.VerificationLayout;

namespace OfficeTools.Collect.Verification;

public static partial class VerificationSheet
{
    /// <summary>
    /// The sheet and the row its headers are in, when every column is where the layout put it; else every moved, renamed
    /// or missing column is a problem and the sheet is not read (null). Cells holding Excel errors are problems too.
    /// </summary>
    static (XlsxSheet Sheet, int HeaderRow)? Table(XlsxWorkbook book, string name, IReadOnlyList<SheetColumn> columns,
        List<Diagnostic> problems, bool required)
    {
        if (book[name] is not { } sheet)
        {
            if (required)
                problems.Add(SheetProblem.At(SheetProblemCodes.SheetMissing, book.File, name, null, null, null,
                    $"the workbook has no sheet {name} (renamed or deleted); give the tab back its name"));
            return null;
        }
        foreach (var e in sheet.CellErrors) problems.Add(CellError(sheet, e, columns));
        var expected = columns.Select(c => Normal(c.Header)).ToList();
        // the header row is where the writer put it, or lower when the clerk inserted rows above it
        var header = sheet.Rows.Where(r => r.Number <= HeaderRow + 10)
            .Select(r => (Row: r, Hits: Enumerable.Range(0, r.Cells.Count).Count(c => expected.Contains(Normal(SheetCells.Text(r[c]))))))
            .Where(h => h.Hits * 2 >= columns.Count).OrderByDescending(h => h.Hits).ThenBy(h => h.Row.Number).Select(h => h.Row).FirstOrDefault();
        if (header is null)
        {
            problems.Add(SheetProblem.At(SheetProblemCodes.Header, sheet.File, name, null, null, null,
                $"no header row found (expected {string.Join("、", columns.Select(c => c.Header))} in row {HeaderRow}); nothing of this sheet is read"));
            return null;
        }
        var actual = Enumerable.Range(0, Math.Max(header.Cells.Count, columns.Count)).Select(c => Normal(SheetCells.Text(header[c]))).ToList();
        var before = problems.Count;
        for (var i = 0; i < columns.Count; i++)
        {
            if (actual[i] == expected[i]) continue;
            var moved = actual.IndexOf(expected[i]);
            var shown = SheetCells.Text(header[i]);
            var message = moved >= 0
                ? $"the column {columns[i].Header} is in column {XlsxCells.ColumnName(moved)}, not here: columns were moved, inserted or deleted"
                : shown.Length == 0
                    ? $"the header {columns[i].Header} is missing: the column was deleted or its header cleared"
                    : $"the header reads «{shown}» where {columns[i].Header} is expected: the column was renamed or another put in its place";
            problems.Add(SheetProblem.At(SheetProblemCodes.Header, sheet.File, name, header.Number, XlsxCells.ColumnName(i), columns[i].Header, message));
        }
        if (problems.Count == before) return (sheet, header.Number);
        problems.Add(SheetProblem.At(SheetProblemCodes.Header, sheet.File, name, header.Number, null, null,
            "the columns are not as written, so nothing of this sheet is read: put them back as they were, or make a new verification sheet"));
        return null;
    }

    static Diagnostic CellError(XlsxSheet sheet, Diagnostic e, IReadOnlyList<SheetColumn> columns)
    {
        var reference = e.Location.LastIndexOf("cell ", StringComparison.Ordinal) is >= 0 and var i ? e.Location[(i + 5)..] : "";
        var column = XlsxCells.Column(reference);
        var digits = new string([.. reference.SkipWhile(char.IsAsciiLetter)]);
        int? row = int.TryParse(digits, out var n) ? n : null;
        return SheetProblem.At(SheetProblemCodes.CellError, sheet.File, sheet.Name, row, column >= 0 ? XlsxCells.ColumnName(column) : null,
            column >= 0 && column < columns.Count ? columns[column].Header : null, e.Message);
    }
}
