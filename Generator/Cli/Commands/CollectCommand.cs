using System.CommandLine;
using OfficeTools.Collect.Commands;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools collect SOURCE --ledger LEDGER -o OUT.json`: reads filled forms back into data and unit statuses.</summary>
public static class CollectCommand
{
    /// <summary>Builds the collect command.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "a folder of filled .docx forms (searched recursively), a local store root, or with --store sharepoint the configured site" };
        var ledger = new Option<string>("--ledger") { Description = "the ledger the forms were made from: .json, .xlsx, or a folder of CSV files", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "OUT.json: every unit with status, file, submittedAt, values and problems", Required = true };
        var merged = new Option<string?>("--merged") { Description = "where to write the ledger with the answers merged, in the ledger's own format (default OUT.ledger.json, OUT.ledger.xlsx, or the folder OUT.ledger for CSV)" };
        var now = new Option<string?>("--now") { Description = "the date to judge overdue by (default: today)" };
        var forms = new Option<string?>("--forms") { Description = "the blank forms sent out (batch's forms/ folder), to read forms re-saved without their tags" };
        var command = new Command("collect", "Read filled forms back: values, problems and every unit's status; merge the answers into the ledger")
        {
            source, ledger, output, merged, now, forms,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: false);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            var errors = new List<string>();
            var (store, _, settings, overrides) = selection.Read(parse, errors);
            DateTimeOffset? when = null;
            try { when = CollectRun.ParseNow(parse.GetValue(now)); }
            catch (FormatException) { errors.Add($"--now «{parse.GetValue(now)}» is not a date (yyyy-MM-dd)"); }
            if (parse.GetValue(merged) is { } mergedPath && LedgerFormats.TargetProblem(parse.GetValue(ledger)!, mergedPath) is { } wrong)
                errors.Add($"--merged {mergedPath}: {wrong}");
            if (errors.Count > 0)
            {
                foreach (var e in errors) config.Error.WriteLine(e);
                return ExitCodes.Usage;
            }
            var request = new CollectRequest(parse.GetValue(source)!, parse.GetValue(ledger)!, parse.GetValue(output)!)
            {
                Store = store, Merged = parse.GetValue(merged), Now = when, Forms = parse.GetValue(forms),
                Settings = settings, Overrides = overrides, Limits = limits.Read(parse), Under = parse.GetValue(under),
            };
            return await CollectRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
