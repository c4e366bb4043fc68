using System.Text;

namespace OfficeTools.Cli.Rendering;

/// <summary>Makes a per-record name safe as one file name on Linux, macOS and Windows.</summary>
public static class FileNames
{
    /// <summary>Most file systems allow 255 bytes in a name; leave room for nothing else.</summary>
    public const int MaxBytes = 255;

    static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Ensures a .docx extension, replaces path separators, colons, wildcards and control characters with '_',
    /// drops leading dots and trailing dots/spaces, prefixes reserved device names, truncates to 255 UTF-8 bytes.
    /// Returns null when nothing is left of the name.
    /// </summary>
    public static string? Sanitize(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^5];
        var sb = new StringBuilder(trimmed.Length);
        foreach (var ch in trimmed)
            sb.Append(ch < 0x20 || ch == 0x7F || ch is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : ch);
        var stem = sb.ToString().TrimStart('.', ' ').TrimEnd('.', ' ');
        if (stem.Length == 0) return null;
        var device = stem.Split('.')[0];
        if (Reserved.Contains(device)) stem = "_" + stem;
        stem = Truncate(stem, MaxBytes - Encoding.UTF8.GetByteCount(".docx"));
        return stem + ".docx";
    }

    /// <summary>The longest prefix of <paramref name="s"/> within <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character.</summary>
    public static string Truncate(string s, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(s) <= maxBytes) return s;
        var bytes = 0;
        var i = 0;
        while (i < s.Length)
        {
            var width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
            var n = Encoding.UTF8.GetByteCount(s.AsSpan(i, width));
            if (bytes + n > maxBytes) break;
            bytes += n;
            i += width;
        }
        return s[..i].TrimEnd('.', ' ');
    }
}
