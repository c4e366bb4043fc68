namespace OfficeTools.Data;

/// <summary>
/// What a sheet needs beyond its cells for people to fill it: column widths, frozen header rows, merged cells, drop-down
/// and date validations, protection, print setup, hidden state. Everything is optional; a sheet without a layout is
/// written as plain rows.
/// </summary>
public sealed record XlsxSheetLayout
{
    /// <summary>Width of each column from A, in Excel's character units (0 or less: the default width).</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];
    /// <summary>Rows from the top that stay in view when scrolling (0: none).</summary>
    public int FrozenRows { get; init; }
    /// <summary>Row heights in points by 1-based row number; other rows take their height from their content.</summary>
    public IReadOnlyDictionary<int, double> RowHeights { get; init; } = new Dictionary<int, double>();
    /// <summary>
    /// Rows not in <see cref="RowHeights"/> get a height fitted to their wrapped text (estimated from the column widths),
    /// which LibreOffice needs; Excel and WPS refit it on editing.
    /// </summary>
    public bool FitWrappedRows { get; init; }
    /// <summary>Merged ranges ("A1:N1").</summary>
    public IReadOnlyList<string> Merges { get; init; } = [];
    /// <summary>Drop-down and date validations.</summary>
    public IReadOnlyList<XlsxValidation> Validations { get; init; } = [];
    /// <summary>Sheet protection without a password: locked cells cannot be typed over (columns and rows may still be resized).</summary>
    public bool Protected { get; init; }
    /// <summary>The sheet's tab is hidden (it can be shown again from the tab menu).</summary>
    public bool Hidden { get; init; }
    /// <summary>Prints landscape on A4, scaled to the page width (as many pages down as needed).</summary>
    public bool LandscapeFitToWidth { get; init; }
    /// <summary>Rows from the top repeated on every printed page (0: none).</summary>
    public int PrintTitleRows { get; init; }
    /// <summary>Footer text in Excel's header/footer codes (&amp;P page, &amp;N pages), or null.</summary>
    public string? Footer { get; init; }
}

/// <summary>
/// A validation on a range ("J3:J40"): a drop-down of <see cref="List"/>, or dates between <see cref="From"/> and
/// <see cref="To"/>. Blank cells are allowed; a value outside is refused with <see cref="Error"/>.
/// </summary>
public sealed record XlsxValidation(string Range)
{
    /// <summary>The drop-down's words (none may contain a comma; 255 characters at most in all).</summary>
    public IReadOnlyList<string>? List { get; init; }
    /// <summary>Earliest date accepted (date validations).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Latest date accepted (date validations).</summary>
    public DateOnly? To { get; init; }
    /// <summary>The hint shown when the cell is selected, or null.</summary>
    public string? Prompt { get; init; }
    /// <summary>The message shown when a value is refused, or null.</summary>
    public string? Error { get; init; }
}
