using System.Globalization;
using System.Text;

namespace OfficeTools.Cli.Commands;

/// <summary>Writes aligned text columns, counting East Asian characters as two columns wide.</summary>
static class TextTable
{
    const int MaxCell = 48;

    /// <summary>
    /// Writes the header and the rows; <paramref name="styles"/> gives a row an ANSI style (e.g. "31" for red) that wraps
    /// the whole line, after the columns are aligned, so the escapes never count as width.
    /// </summary>
    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows, IReadOnlyList<string?>? styles = null)
    {
        var cells = rows.Select(r => r.Select(Clip).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(Width(h), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        WriteRow(output, header, widths, null);
        for (var i = 0; i < cells.Count; i++) WriteRow(output, cells[i], widths, styles is not null && i < styles.Count ? styles[i] : null);
    }

    static void WriteRow(TextWriter output, string[] row, int[] widths, string? style)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            sb.Append(row[i]);
            if (i < row.Length - 1) sb.Append(' ', widths[i] - Width(row[i]) + 2);
        }
        var line = sb.ToString().TrimEnd();
        output.WriteLine(style is null ? line : $"\u001b[{style}m{line}\u001b[0m");
    }

    static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ").Replace('\t', ' ');
        if (Width(s) <= MaxCell) return s;
        var sb = new StringBuilder();
        var w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var rw = RuneWidth(rune);
            if (w + rw > MaxCell - 1) break;
            sb.Append(rune.ToString());
            w += rw;
        }
        return sb.Append('…').ToString();
    }

    static int Width(string s)
    {
        var w = 0;
        foreach (var rune in s.EnumerateRunes()) w += RuneWidth(rune);
        return w;
    }

    static int RuneWidth(Rune r)
    {
        var v = r.Value;
        if (Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return 0;
        return v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD) ? 2 : 1;
    }
}
