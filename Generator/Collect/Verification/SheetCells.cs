using System.Globalization;

namespace OfficeTools.Collect.Verification;

/// <summary>Cell values as the reader compares them: text trimmed, dates from serials or text.</summary>
static class SheetCells
{
    static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm"];

    /// <summary>The cell as trimmed text ("" when empty); a date as yyyy-MM-dd, a number invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => Unescape(s).Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    // Excel writes a carriage return (and other characters XML cannot hold) as _x000D_; the reader keeps the escape.
    static string Unescape(string s) => !s.Contains("_x", StringComparison.Ordinal) ? s
        : System.Text.RegularExpressions.Regex.Replace(s, "_x([0-9A-Fa-f]{4})_", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    /// <summary>
    /// The date of a cell: a date-formatted cell, an Excel serial typed into a plain cell (1949–2999, so a bare year is
    /// not a date), or text in the forms people type (2026-12-3, 2026/12/3, 2026.12.3, 2026年12月3日). False when the
    /// cell holds anything else; <paramref name="date"/> is null for an empty cell.
    /// </summary>
    public static bool TryDate(object? value, out DateOnly? date)
    {
        date = null;
        switch (value)
        {
            case null: return true;
            case string s when s.Trim().Length == 0: return true;
            case DateTime d: date = DateOnly.FromDateTime(d); return true;
            case long l when l is >= 17899 and < 401769: date = DateOnly.FromDateTime(DateTime.FromOADate(l)); return true;
            case decimal m when m is >= 17899 and < 401769: date = DateOnly.FromDateTime(DateTime.FromOADate((double)m)); return true;
            case double x when x is >= 17899 and < 401769: date = DateOnly.FromDateTime(DateTime.FromOADate(x)); return true;
            case string s:
                var t = s.Trim();
                if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) { date = DateOnly.FromDateTime(parsed); return true; }
                if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)) return TryDate(serial, out date);
                return false;
            default: return false;
        }
    }
}
