namespace OfficeTools.Data;

/// <summary>Horizontal alignment of a styled cell.</summary>
public enum XlsxAlign
{
    /// <summary>Excel's default: text left, numbers right.</summary>
    General,
    /// <summary>Left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
}

/// <summary>
/// How one cell looks and whether sheet protection locks it. Value equality: the writer makes one cell format per
/// distinct style. Dates get the yyyy-mm-dd number format whatever the style says.
/// </summary>
public sealed record XlsxStyle
{
    /// <summary>Bold text.</summary>
    public bool Bold { get; init; }
    /// <summary>Font size in points.</summary>
    public double FontSize { get; init; } = 11;
    /// <summary>Wrap text inside the column width (rows grow in Excel, WPS and LibreOffice).</summary>
    public bool Wrap { get; init; }
    /// <summary>A thin border on all four sides.</summary>
    public bool Border { get; init; }
    /// <summary>Solid background as RGB hex ("FFF2CC"), or null.</summary>
    public string? Fill { get; init; }
    /// <summary>Horizontal alignment.</summary>
    public XlsxAlign Align { get; init; }
    /// <summary>Vertically centred (else top, which reads better for wrapped text).</summary>
    public bool Middle { get; init; }
    /// <summary>False for cells people may type in when the sheet is protected (Excel locks every cell by default).</summary>
    public bool Locked { get; init; } = true;
    /// <summary>The yyyy-mm-dd date format, also for an empty cell that is to take a date.</summary>
    public bool Date { get; init; }
    /// <summary>An Excel number format code ("0.0%", "yyyy\"年\"m\"月\"d\"日\""), or null: General for numbers, yyyy-mm-dd for dates.</summary>
    public string? NumberFormat { get; init; }
}

/// <summary>A cell value with its style; rows given to <see cref="XlsxWriter"/> may mix these with plain values.</summary>
public sealed record XlsxCell(object? Value, XlsxStyle Style);
