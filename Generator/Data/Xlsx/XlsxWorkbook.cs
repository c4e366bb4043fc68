namespace OfficeTools.Data;

/// <summary>The sheets of a workbook in tab order, values already typed (string, long, decimal, bool, DateTime).</summary>
public sealed record XlsxWorkbook(string File, IReadOnlyList<XlsxSheet> Sheets)
{
    /// <summary>The sheet with this name (ordinal, as shown on its tab), or null.</summary>
    public XlsxSheet? this[string name] => Sheets.FirstOrDefault(s => s.Name == name);
}

/// <summary>One sheet: its tab name and its non-empty rows.</summary>
public sealed record XlsxSheet(string File, string Name, IReadOnlyList<XlsxRow> Rows)
{
    /// <summary>Cells holding Excel errors (#N/A…), located; reading the sheet as a table reports them.</summary>
    public IReadOnlyList<Diagnostic> CellErrors { get; init; } = [];

    /// <summary>Reads the sheet as a table: row 1 names the fields, every later non-empty row is a record.</summary>
    public XlsxTable ToTable() => XlsxTables.From(this);
}

/// <summary>A row with its 1-based number as Excel shows it; <see cref="Cells"/> by 0-based column, null when empty.</summary>
public sealed record XlsxRow(int Number, IReadOnlyList<object?> Cells)
{
    /// <summary>The cell in 0-based <paramref name="column"/>, or null.</summary>
    public object? this[int column] => column < Cells.Count ? Cells[column] : null;

    /// <summary>True when every cell is empty or blank text.</summary>
    public bool IsEmpty => Cells.All(c => c is null || (c is string s && s.Trim().Length == 0));
}

/// <summary>A sheet read as records by header names, with the row numbers kept for error messages.</summary>
public sealed record XlsxTable(IReadOnlyList<string> Headers, IReadOnlyList<XlsxRecord> Records, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the header row was usable.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>One record of a sheet: the Excel row number and the values by field name (ordinal).</summary>
public sealed record XlsxRecord(int RowNumber, Dictionary<string, object?> Values);

/// <summary>A workbook, or the errors that prevented reading it.</summary>
public sealed record WorkbookResult(XlsxWorkbook? Workbook, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the workbook was read.</summary>
    public bool Success => Errors.Count == 0;
}
