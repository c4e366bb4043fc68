using System.Globalization;
using System.Text;

namespace OfficeTools.Cli.Commands;

/// <summary>Writes aligned text columns, counting East Asian characters as two columns wide.</summary>
static class TextTable
{
    const int MaxCell = 48;

    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows)
    {
        var cells = rows.Select(r => r.Select(Clip).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(Width(h), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        WriteRow(output, header, widths);
        foreach (var row in cells) WriteRow(output, row, widths);
    }

    static void WriteRow(TextWriter output, string[] row, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            sb.Append(row[i]);
            if (i < row.Length - 1) sb.Append(' ', widths[i] - Width(row[i]) + 2);
        }
        output.WriteLine(sb.ToString().TrimEnd());
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
