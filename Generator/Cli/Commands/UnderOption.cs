using System.CommandLine;

namespace OfficeTools.Cli.Commands;

/// <summary>`--under UNIT`: the one option every command that acts on units takes, to act on that unit's subtree only.</summary>
static class UnderOption
{
    /// <summary>Adds --under to <paramref name="command"/> and returns it.</summary>
    public static Option<string?> AddTo(Command command)
    {
        var under = new Option<string?>(OfficeTools.Documents.Ledger.UnitTree.UnderOption)
        {
            Description = "act on this unit (its 编号) and the units under it only, e.g. a township and its villages",
            HelpName = "UNIT",
        };
        command.Options.Add(under);
        return under;
    }
}
