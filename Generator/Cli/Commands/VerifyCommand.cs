using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools verify LEDGER --to STORE`: records 复核 verdicts and closes (销号) the items the closure rule allows.</summary>
public static class VerifyCommand
{
    /// <summary>Builds the verify command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on: .json, .xlsx, or a folder of CSV files" };
        var pass = new Option<string[]>("--pass") { Description = "items verified 通过 (ids, comma-separated or repeated)", AllowMultipleArgumentsPerToken = true };
        var back = new Option<string[]>("--return") { Description = "an item sent back (退回重办) with its reason: ITEM=原因 (repeatable)" };
        var close = new Option<string[]>("--close") { Description = "items to close (销号); refused unless the closure rule allows it (allowed items close on their own)", AllowMultipleArgumentsPerToken = true };
        var rules = new Option<string?>("--rules") { Description = "a rules file whose closure rule decides 销号 (default: the shipped rules)" };
        var sheet = new Option<string?>("--sheet") { Description = "a filled verification sheet (.xlsx): its 复核结论 and 退回原因 are recorded" };
        var records = new Option<string?>("--records") { Description = "a folder of filled 抽查记录表 (.docx, from sample -o): each item's 核查结论 and 退回原因 are recorded as 复核 verdicts" };
        var sheetOut = new Option<string?>("--sheet-out") { Description = "write the verification sheet (.xlsx) of the items awaiting a verdict, for the clerk to fill" };
        var by = new Option<string?>("--by") { Description = "who verified (复核人; default: your account)" };
        var command = new Command("verify", "Record 复核 verdicts (通过 / 退回重办) and close the items the 销号 rule allows; without verdicts, list the items awaiting one")
        {
            ledger, pass, back, close, sheet, records, sheetOut, rules, by,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new VerifyRequest(parse.GetValue(ledger)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules),
                Pass = parse.GetValue(pass) ?? [], Return = parse.GetValue(back) ?? [], Close = parse.GetValue(close) ?? [],
                By = parse.GetValue(by), Limits = limits.Read(parse), Under = parse.GetValue(under), Sheet = parse.GetValue(sheet), Records = parse.GetValue(records), SheetOut = parse.GetValue(sheetOut),
            };
            return await VerifyRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
