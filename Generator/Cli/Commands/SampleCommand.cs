using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools sample LEDGER --to STORE`: 抽查 — a reproducible, stratified, risk-weighted draw, its 抽查名单 and 抽查记录表.</summary>
public static class SampleCommand
{
    /// <summary>Builds the sample command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on: .json, .xlsx, or a folder of CSV files" };
        var seed = new Option<string?>("--seed") { Description = "the seed of the draw: the same seed with the same ledger and trail draws the same units (default: a new one, printed)" };
        var size = new Option<string?>("--size") { Description = "units to draw in total, spread over the strata by their size (default: a tenth of the units)" };
        var per = new Option<string?>("--per-stratum") { Description = "units to draw from each stratum (unit kind × level)" };
        var output = new Option<string?>("--output", "-o") { Description = "write the 抽查名单 and one 抽查记录表 per unit drawn (records/) into this folder" };
        var date = new Option<string?>("--date") { Description = "the documents' date, yyyy-MM-dd (default: today)" };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped rules (its penalties weigh a unit)" };
        var templates = new Option<string?>("--templates") { Description = "a folder with sample-list.docx or sample-record.docx overriding the shipped templates" };
        var by = new Option<string?>("--by") { Description = "who draws (default: your account)" };
        var command = new Command("sample", "抽查: draw units to spot-check, stratified by unit kind and level and weighted towards risk (overdue, 不满意, relapses, penalties, special tasks); the seed is printed and recorded in the trail; with -o, the 抽查名单 and a 抽查记录表 each")
        {
            ledger, seed, size, per, output, date, rules, templates, by,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new SampleRequest(parse.GetValue(ledger)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules), Seed = parse.GetValue(seed),
                Size = parse.GetValue(size), PerStratum = parse.GetValue(per), Output = parse.GetValue(output), Date = parse.GetValue(date),
                Templates = parse.GetValue(templates), By = parse.GetValue(by), Limits = limits.Read(parse), Under = parse.GetValue(under),
            };
            var (exit, result) = await SampleRun.RunAsync(request, config.Error, ct).ConfigureAwait(false);
            if (result is null) return exit;
            var draw = result.Draw;
            config.Output.WriteLine($"抽查 seed {draw.Seed} (draw again with --seed {draw.Seed}): {draw.Units.Count} of {result.Population} unit(s), {draw.Size.Text}");
            TextTable.Write(config.Output, ["序号", "单位", "分层", "权重", "抽取依据"],
                [.. draw.Units.Select((u, n) => new[] { $"{n + 1}", u.Unit.DisplayName, u.Stratum.Name, $"{u.Weight:0.#}", u.Reasons.Count == 0 ? "随机抽取" : string.Join("，", u.Reasons) })]);
            foreach (var line in result.Lines) config.Output.WriteLine(line);
            return exit;
        });
        return command;
    }
}
