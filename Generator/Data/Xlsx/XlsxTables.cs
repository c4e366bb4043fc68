namespace OfficeTools.Data;

/// <summary>Turns sheet rows into records by the header row, and loads the first sheet for <see cref="DataLoader"/>.</summary>
static class XlsxTables
{
    public static XlsxTable From(XlsxSheet sheet)
    {
        var errors = new List<Diagnostic>(sheet.CellErrors);
        var where = $"sheet {sheet.Name}";
        if (sheet.Rows.Count == 0 || sheet.Rows[0].Number != 1 || sheet.Rows[0].IsEmpty)
        {
            errors.Add(new Diagnostic(sheet.File, $"{where}, row 1",
                sheet.Rows.Count == 0 ? "the sheet is empty: row 1 must name the fields" : "row 1 is empty: it must name the fields (the header row)"));
            return new XlsxTable([], [], errors);
        }
        var headerRow = sheet.Rows[0];
        var width = Math.Max(headerRow.Cells.Count, sheet.Rows.Max(r => r.Cells.Count));
        var headers = new string?[width];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < width; c++)
        {
            var name = Text(headerRow[c])?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                var used = sheet.Rows.Skip(1).FirstOrDefault(r => r[c] is not null);
                if (used != null)
                    errors.Add(new Diagnostic(sheet.File, $"{where}, column {XlsxCells.ColumnName(c)}",
                        $"column {XlsxCells.ColumnName(c)} has values (row {used.Number}) but no name in row 1"));
                continue;
            }
            if (seen.TryGetValue(name, out var first))
                errors.Add(new Diagnostic(sheet.File, $"{where}, row 1", $"columns {XlsxCells.ColumnName(first)} and {XlsxCells.ColumnName(c)} are both named \"{name}\""));
            else seen[name] = c;
            headers[c] = name;
        }
        if (errors.Count > 0) return new XlsxTable([], [], errors);

        var records = new List<XlsxRecord>(sheet.Rows.Count - 1);
        foreach (var row in sheet.Rows.Skip(1))
        {
            if (row.IsEmpty) continue;
            var values = new Dictionary<string, object?>(seen.Count, StringComparer.Ordinal);
            for (var c = 0; c < width; c++)
                if (headers[c] is { } h) values[h] = row[c];
            records.Add(new XlsxRecord(row.Number, values));
        }
        return new XlsxTable([.. headers.OfType<string>()], records, []);
    }

    static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>The .xlsx path of <see cref="DataLoader.Load"/>: the first sheet as a list of records.</summary>
static class XlsxData
{
    public static DataResult LoadFirstSheet(string path, OfficeTools.Packages.PackageLimits? limits)
    {
        var book = XlsxReader.ReadWorkbook(path, firstSheetOnly: true, limits);
        if (!book.Success) return new DataResult(null, book.Errors);
        var sheet = book.Workbook!.Sheets.FirstOrDefault();
        if (sheet == null) return new DataResult(null, [new Diagnostic(path, "workbook", "the workbook has no sheets")]);
        var table = sheet.ToTable();
        if (!table.Success) return new DataResult(null, table.Errors);
        return new DataResult(table.Records.Select(r => (object?)r.Values).ToList(), []);
    }
}
