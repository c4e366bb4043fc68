using System.Globalization;
using System.Text;

namespace OfficeTools.Data;

/// <summary>
/// The one home for generated file names: every name OfficeTools makes (render, batch, stores) goes through
/// <see cref="Safe"/>, so é in NFC and NFD is one name and no name can hide its real order or extension.
/// </summary>
public static class FileName
{
    static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM0", "LPT0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// NFC-normalises, removes bidirectional controls and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
    /// replaces path separators, reserved characters, <paramref name="alsoForbidden"/> and control characters by _,
    /// drops leading dots and spaces and trailing dots and spaces, prefixes reserved device names with _ and cuts the
    /// result to <paramref name="maxBytes"/> UTF-8 bytes, never inside a character. Returns "" when nothing is left.
    /// </summary>
    public static string Safe(string name, int maxBytes = 255, string alsoForbidden = "")
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            if (IsBidiControl(ch)) continue;
            sb.Append(char.IsControl(ch) || ch is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'
                || alsoForbidden.Contains(ch, StringComparison.Ordinal) ? '_' : ch);
        }
        var s = sb.ToString().TrimStart('.', ' ').TrimEnd('.', ' ').Trim();
        if (s.Length == 0) return "";
        if (Reserved.Contains(s.Split('.')[0])) s = "_" + s;
        return Truncate(s, maxBytes);
    }

    /// <summary>True for the characters that reorder text without showing: bidi embeddings, overrides, isolates and marks.</summary>
    public static bool IsBidiControl(char ch) =>
        ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The longest prefix of <paramref name="s"/> within <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character, without trailing dots or spaces.</summary>
    public static string Truncate(string s, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(s) <= maxBytes) return s;
        var bytes = 0;
        var sb = new StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            var el = e.GetTextElement();
            var n = Encoding.UTF8.GetByteCount(el);
            if (bytes + n > maxBytes) break;
            bytes += n;
            sb.Append(el);
        }
        return sb.ToString().TrimEnd('.', ' ');
    }
}
