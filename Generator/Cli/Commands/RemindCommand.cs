using System.CommandLine;
using OfficeTools.Collect.Commands;
using OfficeTools.Documents.Reminders;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools remind LEDGER --to STORE`: 催办 — every unit in three colours, and with -o a 催办通知 for each one chased.</summary>
public static class RemindCommand
{
    /// <summary>Builds the remind command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger the campaign runs on: .json, .xlsx, or a folder of CSV files" };
        var within = new Option<string?>("--within") { Description = "days ahead a deadline counts as due soon (黄) (default: reminders.within of the rules, 3)" };
        var date = new Option<string?>("--date") { Description = "the day to judge by, yyyy-MM-dd (default: today)" };
        var output = new Option<string?>("--output", "-o") { Description = "write a 催办通知 for each unit 红 or 黄 into this folder, and record the 催办 in the campaign's trail" };
        var unit = new Option<string?>("--unit") { Description = "only this unit" };
        var rules = new Option<string?>("--rules") { Description = "a rules file whose reminders section sets the thresholds (within, deputy_after, head_after)" };
        var templates = new Option<string?>("--templates") { Description = "a folder with reminder.docx overriding the shipped template" };
        var by = new Option<string?>("--by") { Description = "who issues the 催办 (default: your account)" };
        var command = new Command("remind", "催办: units with a deadline due soon (黄), due today or overdue (红) or on track (绿), for the forms' 报送 and the notices' 限期; with -o, a 催办通知 for each unit chased, its wording escalating from the 联系人 to the 分管领导 and the 主要负责人")
        {
            ledger, within, date, output, unit, rules, templates, by,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new RemindRequest(parse.GetValue(ledger)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Rules = parse.GetValue(rules), Within = parse.GetValue(within),
                Date = parse.GetValue(date), Unit = parse.GetValue(unit), Output = parse.GetValue(output), Templates = parse.GetValue(templates),
                By = parse.GetValue(by), Limits = limits.Read(parse), Under = parse.GetValue(under),
            };
            var (exit, result) = await RemindRun.RunAsync(request, config.Error, ct).ConfigureAwait(false);
            if (result is null) return exit;
            var terminal = ReferenceEquals(config.Output, Console.Out) && !Console.IsOutputRedirected;
            ReminderTable.Write(config.Output, result, terminal);
            foreach (var line in result.Lines) config.Output.WriteLine(line);
            return exit;
        });
        return command;
    }
}

/// <summary>The three-colour table of 催办: one row a unit, worst first; ANSI colours on a terminal, the words 红/黄/绿 always.</summary>
public static class ReminderTable
{
    static readonly string[] Header = ["催办", "单位", "待办事项", "最近限期", "逾期情况", "致"];

    /// <summary>Writes the summary line and the table; <paramref name="colour"/> adds ANSI colours (for a terminal).</summary>
    public static void Write(TextWriter output, RemindResult result, bool colour)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Rows;
        output.WriteLine($"催办 {result.Date:yyyy-MM-dd}: 红 {Count(rows, ReminderColour.Red)}, 黄 {Count(rows, ReminderColour.Yellow)}, 绿 {Count(rows, ReminderColour.Green)}" +
            $" (黄: due within {result.Settings.Within} day(s); 分管领导 from {result.Settings.DeputyAfter}, 主要负责人 from {result.Settings.HeadAfter} day(s) overdue)");
        var cells = rows.Select(r => new[]
        {
            r.Colour.Text(), r.Unit.DisplayName, Items(r),
            r.Due.Count == 0 ? "—" : $"{r.Due.Min(d => d.Deadline):yyyy-MM-dd}",
            r.Due.Count == 0 ? "—" : ReminderWords.Standing(r.Due.Min(d => d.DaysLeft)),
            r.Chased ? r.Level.Text() : "—",
        }).ToList();
        TextTable.Write(output, Header, cells, colour ? [.. rows.Select(r => Style(r.Colour))] : null);
    }

    static string Items(ReminderRow r)
    {
        if (r.Due.Count == 0) return "—";
        var notices = r.Due.Count(d => d.Kind == DeadlineKind.Notice);
        var report = r.Due.Any(d => d.Kind == DeadlineKind.Report);
        return string.Join("，", new[] { report ? "自查报告表未报送" : "", notices > 0 ? $"督办事项{notices}项" : "" }.Where(s => s.Length > 0));
    }

    static int Count(IReadOnlyList<ReminderRow> rows, ReminderColour c) => rows.Count(r => r.Colour == c);

    static string? Style(ReminderColour c) => c switch
    {
        ReminderColour.Red => "31",
        ReminderColour.Yellow => "33",
        _ => "32",
    };
}
