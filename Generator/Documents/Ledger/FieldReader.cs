using System.Globalization;
using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>Reads typed values out of one source row, collecting located errors instead of throwing.</summary>
internal sealed class FieldReader(SourceRow row, LedgerTable table, List<Diagnostic> errors)
{
    public SourceRow Row => row;

    LedgerField F(string key) => table.Fields.First(f => f.Key == key);

    public void Error(string key, string message) => errors.Add(new Diagnostic(row.File, row.Where(F(key)), message));

    object? Raw(string key) => row.Values.TryGetValue(key, out var v) ? v : null;

    public string Text(string key, bool required = false)
    {
        var v = Raw(key);
        var s = v switch
        {
            null => "",
            string t => t.Trim(),
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => d.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };
        if (required && s.Length == 0) Error(key, "is required but empty");
        return s;
    }

    public int? Int(string key, int min, int max, bool required = false)
    {
        var v = Raw(key);
        long? n = v switch
        {
            long l => l,
            int i => i,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e9 => (long)d,
            decimal m when m == decimal.Floor(m) => (long)m,
            string s when s.Trim().Length == 0 => null,
            string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
            null => null,
            _ => long.MinValue,
        };
        if (n == long.MinValue) { Error(key, $"'{Text(key)}' is not a whole number"); return null; }
        if (n == null) { if (required) Error(key, "is required but empty"); return null; }
        if (n < min || n > max) { Error(key, $"{n} is outside {min}–{max}"); return null; }
        return (int)n;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var v = Raw(key);
        switch (v)
        {
            case null:
            case string s0 when s0.Trim().Length == 0:
                if (required) Error(key, "is required but empty");
                return null;
            case DateTime dt: return DateOnly.FromDateTime(dt);
            // An Excel serial date of an unformatted cell; the range (1949–2999) keeps a bare year like 2014 from passing as 1905.
            case double d when d >= 17899 && d < 401769: return DateOnly.FromDateTime(DateTime.FromOADate(d));
            case long l when l >= 17899 && l < 401769: return DateOnly.FromDateTime(DateTime.FromOADate(l));
            case string s when TryParseDate(s.Trim(), out var parsed): return parsed;
        }
        Error(key, $"'{Text(key)}' is not a date; write 2014-12-15 or 2014年12月15日");
        return null;
    }

    /// <summary>A date with an optional time of day (销号时间): an Excel date, or 2014-12-15 / 2014-12-15 14:30 and the other date forms.</summary>
    public DateTime? DateAndTime(string key)
    {
        switch (Raw(key))
        {
            case null:
            case string s0 when s0.Trim().Length == 0: return null;
            case System.DateTime dt: return dt;
            case double d when d >= 17899 && d < 401769: return System.DateTime.FromOADate(d);
            case long l when l >= 17899 && l < 401769: return System.DateTime.FromOADate(l);
            case decimal m when m >= 17899 && m < 401769: return System.DateTime.FromOADate((double)m);
            case string s when TryParseDateTime(s.Trim(), out var parsed): return parsed;
        }
        Error(key, $"'{Text(key)}' is not a date and time; write 2014-12-15 or 2014-12-15 14:30");
        return null;
    }

    public bool Bool(string key)
    {
        var v = Raw(key);
        switch (v)
        {
            case null: return false;
            case bool b: return b;
            case long l when l is 0 or 1: return l == 1;
            case double d when d is 0 or 1: return d == 1;
            case string s:
                var t = s.Trim();
                if (t.Length == 0 || t is "否" or "无" or "0" || t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
                if (t is "是" or "有" or "1" or "√" || t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
                break;
        }
        Error(key, $"'{Text(key)}' is not yes/no; write 是 or 否");
        return false;
    }

    public string Choice(string key, IReadOnlyList<string> allowed, bool required)
    {
        var s = Text(key, required);
        if (s.Length > 0 && !allowed.Contains(s)) { Error(key, $"'{s}' is not one of {string.Join(" / ", allowed)}"); return ""; }
        return s;
    }

    static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

    static readonly string[] TimeFormats = ["yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy年M月d日 H:mm", "yyyy年M月d日 H时m分", "yyyy-M-dTH:mm", "yyyy-M-dTH:mm:ss"];

    public static bool TryParseDateTime(string s, out DateTime value)
    {
        if (System.DateTime.TryParseExact(s, [.. Formats, .. TimeFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
        if (TryParseDate(s, out var d)) { value = d.ToDateTime(TimeOnly.MinValue); return true; }
        return false;
    }

    public static bool TryParseDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && (date = DateOnly.FromDateTime(dt)) != default);
}
