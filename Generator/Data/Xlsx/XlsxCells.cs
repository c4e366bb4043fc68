namespace OfficeTools.Data;

/// <summary>Cell references and number formats.</summary>
public static class XlsxCells
{
    /// <summary>The 0-based column of a reference like "AB12", or -1.</summary>
    public static int Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        var col = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? -1 : col - 1;
    }

    /// <summary>The letters of a 0-based column: 0 → A, 27 → AB.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>True for the built-in date/time formats (including the East Asian ones, 27–36 and 50–58).</summary>
    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>True when a custom format code shows a date or time (y, m, d, h, s outside quotes and [..] sections).</summary>
    public static bool IsDateFormat(string code)
    {
        var section = code.Split(';')[0];
        var inQuote = false;
        for (var i = 0; i < section.Length; i++)
        {
            var ch = section[i];
            if (ch == '"') { inQuote = !inQuote; continue; }
            if (inQuote) continue;
            if (ch == '\\' || ch == '_' || ch == '*') { i++; continue; }
            if (ch == '[')
            {
                var end = section.IndexOf(']', i);
                var inner = end < 0 ? "" : section[(i + 1)..end].ToLowerInvariant();
                if (inner is "h" or "hh" or "m" or "mm" or "s" or "ss") return true;
                i = end < 0 ? section.Length : end;
                continue;
            }
            if ("yYmMdDhHsS".Contains(ch)) return !section.Contains("General", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
