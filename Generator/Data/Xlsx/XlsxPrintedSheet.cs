namespace OfficeTools.Data;

/// <summary>
/// A sheet made to be read on paper as well as on screen: a title and a note across the top, a heading row, the rows in
/// bordered cells; the three top rows frozen and printed on every page, landscape, fit to the page's width, numbered
/// 第 N 页，共 M 页. One look for every table the product writes for the clerk.
/// </summary>
public static class XlsxPrintedSheet
{
    /// <summary>The row holding the headings (title and note come first).</summary>
    public const int HeaderRow = 3;

    /// <summary>The sheet's title.</summary>
    public static XlsxStyle Title { get; } = new() { Bold = true, FontSize = 16, Align = XlsxAlign.Center, Middle = true };
    /// <summary>The note under the title.</summary>
    public static XlsxStyle Note { get; } = new() { FontSize = 10, Wrap = true, Middle = true };
    /// <summary>A heading cell.</summary>
    public static XlsxStyle Heading { get; } = new() { Bold = true, Border = true, Wrap = true, Align = XlsxAlign.Center, Middle = true, Fill = "DDEBF7" };
    /// <summary>A body cell.</summary>
    public static XlsxStyle Cell { get; } = new() { Border = true, Wrap = true };
    /// <summary>A body cell, centred.</summary>
    public static XlsxStyle Centred { get; } = Cell with { Align = XlsxAlign.Center };

    /// <summary>
    /// The sheet <paramref name="name"/>: <paramref name="title"/>, <paramref name="note"/>, the <paramref name="headings"/> (styled cells)
    /// over columns of <paramref name="widths"/>, then the <paramref name="rows"/>.
    /// </summary>
    public static XlsxSheetData Make(string name, string title, string note, IReadOnlyList<XlsxCell> headings, IReadOnlyList<double> widths,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headings);
        var last = XlsxCells.ColumnName(Math.Max(headings.Count, 1) - 1);
        IEnumerable<IReadOnlyList<object?>> All()
        {
            yield return [new XlsxCell(title, Title)];
            yield return [new XlsxCell(note, Note)];
            yield return [.. headings];
            foreach (var row in rows) yield return row;
        }
        return new XlsxSheetData(name, All())
        {
            Layout = new XlsxSheetLayout
            {
                ColumnWidths = widths,
                FrozenRows = HeaderRow,
                RowHeights = new Dictionary<int, double> { [1] = 36, [2] = 30 },
                FitWrappedRows = true,
                Merges = [$"A1:{last}1", $"A2:{last}2"],
                LandscapeFitToWidth = true,
                PrintTitleRows = HeaderRow,
                Footer = "&C第 &P 页，共 &N 页",
            },
        };
    }

    /// <summary>
    /// <paramref name="wanted"/> made a valid tab name (1–31 characters, none of []:*?/\, not starting or ending with '),
    /// different from every name in <paramref name="taken"/> (compared as Excel does, ignoring case), and added to it.
    /// </summary>
    public static string TabName(string wanted, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var clean = new string([.. (wanted ?? "").Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c)]).Trim().Trim('\'');
        if (clean.Length == 0) clean = "表";
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $"（{n}）";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }
}
