using System.Globalization;

namespace OfficeTools.Data;

/// <summary>
/// Estimates the height a row of wrapped text needs. LibreOffice does not fit row heights to wrapped text when it opens
/// an .xlsx (the text is cut off on screen and in print), so the writer stores an estimate; it is not marked custom, so
/// Excel and WPS still refit the row when the clerk types into it.
/// </summary>
static class XlsxRowHeights
{
    // Points per line of 11 pt text in Excel's default row (等线 and 宋体 alike), and the default row itself.
    const double LinePoints = 14.25;

    /// <summary>The height in points for <paramref name="row"/>, or null when one line is enough (Excel's default then).</summary>
    public static double? Of(IReadOnlyList<object?> row, IReadOnlyList<double> widths)
    {
        var most = 1.0;
        for (var c = 0; c < row.Count && c < widths.Count; c++)
        {
            if (row[c] is not XlsxCell { Style.Wrap: true } cell || cell.Value is null) continue;
            var text = cell.Value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : cell.Value.ToString() ?? "";
            var scale = cell.Style.FontSize / 11;
            // a column of width w holds about w - 1 digit widths of text after Excel's padding; a CJK character is two
            var room = Math.Max(widths[c] - 1, 1);
            var lines = text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(Units(line) * scale / room)));
            most = Math.Max(most, lines * scale);
        }
        return most <= 1 ? null : Math.Round(most * LinePoints + 3, 2);
    }

    static double Units(string line)
    {
        double units = 0;
        foreach (var ch in line) units += ch >= 0x2E80 || ch is >= '\uFF00' and <= '\uFFEF' || ch is '“' or '”' or '‘' or '’' ? 2 : 1.1;
        return units;
    }
}
