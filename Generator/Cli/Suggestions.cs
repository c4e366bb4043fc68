using System.CommandLine;
using System.CommandLine.Parsing;
using OfficeTools.Data;

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
        return names.Select(n => (Name: n, Distance: Spelling.Distance(word, n))).Where(x => x.Distance <= limit)
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
}
