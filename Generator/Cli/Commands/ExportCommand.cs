using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools export …`: what the campaign recorded, in files for the clerk (the audit trail, the ledger, the 年度考核, the 公示).</summary>
public static class ExportCommand
{
    /// <summary>Builds the export command and its subcommands.</summary>
    public static Command Create() => new("export", "Export what the campaign recorded, for Excel or WPS") { Trail(), Ledger(), Assessment(), Bulletin(), Forward() };

    static Command Ledger() => Judged("ledger",
        "The ledger back in its own format with the campaign's stages, verdicts, closures and confirmed new problems merged in",
        "where the ledger goes, in the same format (never over the ledger itself)",
        (ledger, output, rules, store, limits, under, _, o, e, ct) => LedgerExportRun.RunAsync(new LedgerExportRequest(ledger, output)
        {
            Store = store.Store, To = store.To, Settings = store.Settings, Overrides = store.Overrides, Rules = rules, Limits = limits, Under = under,
        }, o, e, ct));

    static Command Assessment() => Judged("assessment",
        "年度考核: each unit's and person's completion, 销号 and overdue figures, outcomes, the 不列入评先选优 flag and a score by the rules' assessment rule",
        "the workbook to write (.xlsx)",
        (ledger, output, rules, store, limits, under, _, o, e, ct) => AssessmentExportRun.RunAsync(new AssessmentExportRequest(ledger, output)
        {
            Store = store.Store, To = store.To, Settings = store.Settings, Overrides = store.Overrides, Rules = rules, Limits = limits, Under = under,
        }, o, e, ct));

    static Command Bulletin()
    {
        var date = new Option<string?>("--date") { Description = "the 公示's date, yyyy-MM-dd (default: today; its figures are as of the ledger's date)" };
        var command = Judged("bulletin",
            "公示: each unit's progress for the public (items, 整改到位, 已销号, rates) as 公示.docx in 公文 layout and 公示.html for a phone; no person, no discipline",
            "the folder to write 公示.docx and 公示.html into",
            (ledger, output, rules, store, limits, under, parse, o, e, ct) => BulletinExportRun.RunAsync(new BulletinExportRequest(ledger, output)
            {
                Store = store.Store, To = store.To, Settings = store.Settings, Overrides = store.Overrides, Rules = rules, Limits = limits,
                Date = parse.GetValue(date), Under = under,
            }, o, e, ct));
        command.Options.Add(date);
        return command;
    }

    static Command Forward() => Judged("forward",
        "逐级上报: a level's merged result for the level above — the trail of the subtree under --under, sealed under the campaign's key — which the county records with officetools import",
        "the file to write (.json)",
        (ledger, output, rules, store, limits, under, _, o, e, ct) => ForwardExportRun.RunAsync(new ForwardExportRequest(ledger, output)
        {
            Store = store.Store, To = store.To, Settings = store.Settings, Overrides = store.Overrides, Rules = rules, Limits = limits, Under = under,
        }, o, e, ct));

    delegate Task<int> JudgedRun(string ledger, string output, string? rules, (string? Store, string? To, string? Settings, IReadOnlyDictionary<string, string?> Overrides) store,
        OfficeTools.Packages.PackageLimits limits, string? under, ParseResult parse, TextWriter output2, TextWriter error, CancellationToken ct);

    // an export of the campaign as the rules judge it: the ledger, -o, --rules, the store and the limits
    static Command Judged(string name, string description, string outputDescription, JudgedRun run)
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the clerk's ledger: .json, .xlsx, or a folder of CSV files" };
        var output = new Option<string>("--output", "-o") { Description = outputDescription, Required = true };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped rules" };
        var command = new Command(name, description) { ledger, output, rules };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            return await run(parse.GetValue(ledger)!, parse.GetValue(output)!, parse.GetValue(rules), (store, to, settings, overrides), limits.Read(parse),
                parse.GetValue(under), parse, config.Output, config.Error, ct).ConfigureAwait(false);
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
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new TrailExportRequest(parse.GetValue(ledger)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Unit = parse.GetValue(unit), Item = parse.GetValue(item),
                Output = parse.GetValue(output), Limits = limits.Read(parse), Under = parse.GetValue(under),
            };
            return await TrailExportRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
