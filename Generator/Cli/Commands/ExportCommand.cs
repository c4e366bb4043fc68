using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools export …`: what the campaign recorded, in files for the clerk (today: the audit trail).</summary>
public static class ExportCommand
{
    /// <summary>Builds the export command and its subcommands.</summary>
    public static Command Create() => new("export", "Export what the campaign recorded, for Excel or WPS") { Trail(), Ledger() };

    static Command Ledger()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the clerk's ledger: .json, .xlsx, or a folder of CSV files" };
        var output = new Option<string>("--output", "-o") { Description = "where the ledger goes, in the same format (never over the ledger itself)", Required = true };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped rules" };
        var command = new Command("ledger", "The ledger back in its own format with the campaign's stages, verdicts, closures and confirmed new problems merged in")
        {
            ledger, output, rules,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            var errors = new List<string>();
            var (store, to, settings, overrides) = selection.Read(parse, errors);
            if (errors.Count > 0)
            {
                foreach (var e in errors) config.Error.WriteLine(e);
                return ExitCodes.Usage;
            }
            var request = new LedgerExportRequest(parse.GetValue(ledger)!, parse.GetValue(output)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules), Limits = limits.Read(parse),
            };
            return await LedgerExportRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }

    static Command Trail()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on (for the units' names and the items' problems)" };
        var output = new Option<string?>("--output", "-o") { Description = "the file to write, .xlsx or .csv (default: print the steps)" };
        var unit = new Option<string?>("--unit") { Description = "only this unit's steps (its own and its items')" };
        var item = new Option<string?>("--item") { Description = "only this item's steps" };
        var command = new Command("trail", "The campaign's audit trail (督办记录): who did what and when, for the whole campaign, a unit or an item")
        {
            ledger, output, unit, item,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            var errors = new List<string>();
            var (store, to, settings, overrides) = selection.Read(parse, errors);
            if (errors.Count > 0)
            {
                foreach (var e in errors) config.Error.WriteLine(e);
                return ExitCodes.Usage;
            }
            var request = new TrailExportRequest(parse.GetValue(ledger)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Unit = parse.GetValue(unit), Item = parse.GetValue(item),
                Output = parse.GetValue(output), Limits = limits.Read(parse),
            };
            return await TrailExportRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
