using System.CommandLine;
using System.CommandLine.Parsing;

namespace OfficeTools.Cli;

/// <summary>What a mistyped command line probably meant: the nearest subcommand or option, and the command whose help to read.</summary>
public static class Suggestions
{
    /// <summary>The subcommand or option of <paramref name="command"/> nearest to <paramref name="typed"/> (two edits at most, or a unique prefix), or null.</summary>
    public static string? Nearest(string typed, Command command)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(command);
        var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Distinct(StringComparer.Ordinal).ToList();
        var word = typed.ToLowerInvariant();
        var prefixed = names.Where(n => n.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2).ToList();
        if (prefixed.Count == 1) return prefixed[0];
        var limit = word.TrimStart('-').Length <= 3 ? 1 : 2;
        return names.Select(n => (Name: n, Distance: Distance(word, n))).Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name).FirstOrDefault();
    }

    /// <summary>The command line of the command a parse reached (officetools batch), for its own --help.</summary>
    public static string PathOf(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Command is RootCommand ? "officetools" : c.Command.Name);
        return string.Join(' ', names);
    }

    // optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours (bacth → batch)
    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
