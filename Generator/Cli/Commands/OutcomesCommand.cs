using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>
/// `officetools outcomes LEDGER --to STORE -o DIR`: the documents every outcome of the rules calls for (约谈提醒通知 and 约谈记录,
/// 诫勉谈话记录, 表扬通报) and the 民主生活会 pack (会议通报, a 个人整改措施落实情况报告 per 班子成员).
/// </summary>
public static class OutcomesCommand
{
    /// <summary>Builds the outcomes command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on: .json, .xlsx, or a folder of CSV files" };
        var output = new Option<string>("--output", "-o") { Description = "the folder to write the documents into (a folder of their own, not a batch's)", Required = true };
        var date = new Option<string?>("--date") { Description = "the documents' date, yyyy-MM-dd (default: today); the 约谈 is held within a week of it" };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped rules (its rules' \"document\" say which outcome calls for which document)" };
        var templates = new Option<string?>("--templates") { Description = "a folder with talk-notice.docx, talk-record.docx, admonition-record.docx, commendation.docx, member-report.docx and briefing.docx overriding the shipped templates" };
        var pdf = new Option<bool>("--pdf") { Description = "also a PDF of each document (needs LibreOffice); a 版记 with no room under the body goes on a page of its own, as in a batch" };
        var command = new Command("outcomes", "The documents the rules' outcomes call for: a 约谈提醒通知 and a 约谈记录 per 约谈提醒, a 诫勉谈话记录 per 诫勉批评, the 表扬通报, " +
            "and the 民主生活会 pack (the 会议通报, and a 个人整改措施落实情况报告 per 班子成员 drafted from the member's returned form in the store, else from the ledger)")
        {
            ledger, output, date, rules, templates, pdf,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            return await OutcomesRun.RunAsync(new OutcomesRequest(parse.GetValue(ledger)!, parse.GetValue(output)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules), Date = parse.GetValue(date),
                Templates = parse.GetValue(templates), Pdf = parse.GetValue(pdf), Limits = limits.Read(parse), Under = parse.GetValue(under),
            }, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
