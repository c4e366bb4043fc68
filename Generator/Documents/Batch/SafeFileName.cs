using System.Text;

namespace OfficeTools.Documents.Batch;

/// <summary>Turns any unit name into a file name that is valid on Windows, macOS and Linux.</summary>
public static class SafeFileName
{
    static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Replaces path separators, reserved and control characters by _, drops leading dots and trailing dots/spaces,
    /// avoids reserved device names and cuts the result to <paramref name="maxBytes"/> UTF-8 bytes on a character boundary.
    /// </summary>
    public static string Of(string name, int maxBytes = 120, string fallback = "unit")
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
            sb.Append(ch is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(ch) ? '_' : ch);
        var s = sb.ToString().Trim().TrimStart('.').Trim();
        s = Cut(s, maxBytes).TrimEnd('.', ' ');
        if (s.Length == 0) s = fallback;
        var stem = s.Split('.')[0];
        return Reserved.Contains(stem) ? "_" + s : s;
    }

    static string Cut(string s, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(s) <= maxBytes) return s;
        var bytes = 0;
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(s);
        var sb = new StringBuilder();
        while (e.MoveNext())
        {
            var el = e.GetTextElement();
            var n = Encoding.UTF8.GetByteCount(el);
            if (bytes + n > maxBytes) break;
            bytes += n;
            sb.Append(el);
        }
        return sb.ToString();
    }
}
