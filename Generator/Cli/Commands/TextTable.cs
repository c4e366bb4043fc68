using Spectre.Console;

namespace OfficeTools.Cli.Commands;

/// <summary>
/// Tables through Spectre.Console: on a terminal, a rounded table with each row in its colour; redirected, plain
/// aligned columns with no escapes (East Asian characters count two columns wide either way).
/// </summary>
static class TextTable
{
    const int MaxCell = 48;

    /// <summary>
    /// Writes the header and the rows; with <paramref name="terminal"/> the table has borders and
    /// <paramref name="colours"/> gives a row its colour.
    /// </summary>
    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows, bool terminal = false, IReadOnlyList<Color?>? colours = null)
    {
        // redirected, the table is rendered aside and its lines written without Spectre's trailing padding
        var plain = terminal ? null : new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(plain ?? output), Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        // only the console has a width to fit; redirected output, read by programs and people alike, or another writer
        // is not wrapped at an assumed 80 columns
        if (!ReferenceEquals(output, Console.Out) || plain is not null) console.Profile.Width = 4096;
        var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.None, ShowHeaders = true };
        foreach (var h in header)
        {
            var column = new TableColumn(new Text(h)) { NoWrap = true, Padding = terminal ? new Padding(1, 0) : new Padding(0, 0, 2, 0) };
            table.AddColumn(column);
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var style = colours is not null && i < colours.Count && colours[i] is { } c ? new Style(c) : Style.Plain;
            table.AddRow(rows[i].Select(cell => new Text(Clip(cell), style)));
        }
        console.Write(table);
        if (plain is null) return;
        foreach (var line in plain.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')) output.WriteLine(line.TrimEnd());
    }

    /// <summary>True when <paramref name="output"/> is the console's own output and that is a terminal, not redirected.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ").Replace('\t', ' ');
        return s.GetCellWidth() <= MaxCell ? s : Shorten(s);
    }

    static string Shorten(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var rune in s.EnumerateRunes())
        {
            if ((sb + rune.ToString()).GetCellWidth() > MaxCell - 1) break;
            sb.Append(rune.ToString());
        }
        return sb.Append('…').ToString();
    }
}
