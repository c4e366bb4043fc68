using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools import LEDGER FILE --to STORE`: a lower level's forwarded result (export forward) into the campaign's trail.</summary>
public static class ImportCommand
{
    /// <summary>Builds the import command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on: .json, .xlsx, or a folder of CSV files" };
        var file = new Argument<string>("FILE") { Description = "the file a township (or any level) wrote with export forward" };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped rules" };
        var by = new Option<string?>("--by") { Description = "who imports (default: your account)" };
        var command = new Command("import", "逐级上报: record a lower level's forwarded result in the campaign's trail — what is new, once; a newer forward of the same subtree replaces the older; another campaign's, an overlapping subtree's or an older forward is refused")
        {
            ledger, file, rules, by,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        under.Description = "the unit whose subtree the forward must be of (default: the one it names)";
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new ImportRequest(parse.GetValue(ledger)!, parse.GetValue(file)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules), By = parse.GetValue(by),
                Limits = limits.Read(parse), Under = parse.GetValue(under),
            };
            return await ImportRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
