using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Reminders;
using OfficeTools.Documents.Rules;
using Campaign = OfficeTools.Documents.Campaigns.Campaign;
using Verdict = OfficeTools.Documents.Campaigns.Verdict;

namespace OfficeTools.Documents.Tests.Reminders;

/// <summary>催办: the colours of the forms' 报送 and the notices' 限期, the items it chases, its escalation and its trail.</summary>
public sealed class ReminderTests
{
    static readonly DateTimeOffset At = new(2014, 12, 30, 9, 0, 0, TimeSpan.FromHours(8));
    // the notice of U1 is due 2015-01-10; the report deadline of MiniLedger is 2014-12-20
    static readonly DateOnly Limit = new(2015, 1, 10);
    static readonly ReminderSettings Settings = ReminderSettings.Default;

    static TrailEvent Notice(string unit, string number, DateOnly deadline, params string[] items) =>
        new($"notice:{number}", At, "clerk", TrailAction.NoticeIssued, 1) { Unit = unit, Reference = number, Value = Gw(deadline), Detail = string.Join(",", items) };

    static TrailEvent Form(string unit) => new($"form:{unit}", At, "clerk", TrailAction.FormReceived, 1) { Unit = unit, Reference = "f.docx" };

    static TrailEvent Report(string item, string unit, ItemStage stage, int n = 0) =>
        new($"report:{item}:{n}", At.AddMinutes(n + 1), "clerk", TrailAction.ItemReported, 1) { Unit = unit, Item = item, Value = stage.Text() };

    static TrailEvent Verdicted(string item, string unit, Verdict v) =>
        new($"verdict:{item}:{v}", At.AddHours(1), "office", TrailAction.VerdictGiven, 1) { Unit = unit, Item = item, Value = v.Text(), Detail = "证据不足" };

    static string Gw(DateOnly d) => Models.Gw.Iso(d);

    static Ledger.Ledger TwoUnits(params LedgerItem[] items) =>
        new(MiniLedger.Campaign(), [MiniLedger.Unit("U1") with { Deputy = "分管甲" }, MiniLedger.Unit("U2")], items, []);

    static Campaign Open(Ledger.Ledger ledger, params TrailEvent[] events) =>
        Campaign.From(ledger, RuleSet.Default().RuleSet!, CampaignHistory.Replay(events)).Campaign!;

    static Campaign Standard(params TrailEvent[] more) => Open(
        TwoUnits(MiniLedger.Item("I1", status: "尚未启动"), MiniLedger.Item("I2", status: "部分整改到位"), MiniLedger.Item("I3", "U2")),
        [Form("U1"), Form("U2"), Notice("U1", "测教督〔2014〕3号", Limit, "I1", "I2"), .. more]);

    static ReminderRow Row(Campaign c, DateOnly date, string unit = "U1") => Reminder.Compute(c, date, Settings).Single(r => r.Unit.Id == unit);

    [Theory]
    [InlineData(-5, ReminderColour.Red)]   // overdue
    [InlineData(0, ReminderColour.Red)]    // due today
    [InlineData(1, ReminderColour.Yellow)]
    [InlineData(3, ReminderColour.Yellow)] // the last day of --within 3
    [InlineData(4, ReminderColour.Green)]
    public void Due_today_is_red_within_N_days_yellow_later_green(int daysLeft, ReminderColour colour)
    {
        var row = Row(Standard(), Limit.AddDays(-daysLeft));
        Assert.Equal(colour, row.Colour);
        Assert.Equal(colour, Reminder.ColourOf(Limit, Limit.AddDays(-daysLeft), Settings));
        Assert.Equal(2, row.Due.Count);
        Assert.All(row.Due, d => Assert.Equal(("测教督〔2014〕3号", DeadlineKind.Notice, daysLeft), (d.Notice, d.Kind, d.DaysLeft)));
    }

    [Fact]
    public void Within_comes_from_the_settings()
    {
        var c = Standard();
        Assert.Equal(ReminderColour.Green, Reminder.Compute(c, Limit.AddDays(-5), Settings).Single(r => r.Unit.Id == "U1").Colour);
        Assert.Equal(ReminderColour.Yellow, Reminder.Compute(c, Limit.AddDays(-5), Settings with { Within = 5 }).Single(r => r.Unit.Id == "U1").Colour);
        Assert.Equal(ReminderColour.Red, Reminder.Compute(c, Limit, Settings with { Within = 0 }).Single(r => r.Unit.Id == "U1").Colour);
    }

    [Fact]
    public void Closed_passed_and_reported_items_are_never_chased_and_a_returned_one_is()
    {
        var late = Limit.AddDays(30);
        var c = Standard(Report("I1", "U1", ItemStage.Reported), Verdicted("I1", "U1", Verdict.Pass),
            new TrailEvent("close:I1", At.AddHours(2), "office", TrailAction.ItemClosed, 1) { Unit = "U1", Item = "I1" },
            Report("I2", "U1", ItemStage.Reported, 1));
        Assert.Equal(ItemStage.Closed, c.History.StageOf(c.Ledger.Items[0]));
        // I1 closed, I2 reported done: nothing outstanding however late
        var row = Row(c, late);
        Assert.Equal(ReminderColour.Green, row.Colour);
        Assert.Empty(row.Due);
        Assert.False(row.Chased);
        // I2 sent back (退回重办): chased again
        var back = Standard(Report("I2", "U1", ItemStage.Reported, 1), Verdicted("I2", "U1", Verdict.Return));
        var again = Row(back, late);
        Assert.Equal(ReminderColour.Red, again.Colour);
        Assert.Contains(again.Due, d => d.Item?.Id == "I2" && d.Stage == ItemStage.Returned && d.DaysLate == 30);
        // passed (复核通过) but not closed is not chased either
        var passed = Standard(Report("I1", "U1", ItemStage.Reported), Verdicted("I1", "U1", Verdict.Pass));
        Assert.DoesNotContain(Row(passed, late).Due, d => d.Item?.Id == "I1");
        Assert.True(Reminder.Outstanding(ItemStage.NotStarted) && Reminder.Outstanding(ItemStage.InProgress) && Reminder.Outstanding(ItemStage.Returned));
        Assert.False(Reminder.Outstanding(ItemStage.Reported) || Reminder.Outstanding(ItemStage.Passed) || Reminder.Outstanding(ItemStage.Closed));
    }

    [Fact]
    public void A_form_not_back_is_due_by_the_report_deadline_and_one_back_is_not()
    {
        var c = Open(TwoUnits(MiniLedger.Item("I1"), MiniLedger.Item("I3", "U2")), Form("U1"));
        var deadline = c.Ledger.Campaign.ReportDeadline;
        var u2 = Row(c, deadline.AddDays(-2), "U2");
        Assert.Equal(ReminderColour.Yellow, u2.Colour);
        var due = Assert.Single(u2.Due);
        Assert.Equal((DeadlineKind.Report, deadline, (LedgerItem?)null), (due.Kind, due.Deadline, due.Item));
        Assert.Equal(ReminderColour.Green, Row(c, deadline.AddDays(-2), "U1").Colour);
        // 已报送 in the ledger (written by collect) counts as back too
        var reported = Open(new Ledger.Ledger(MiniLedger.Campaign(), [MiniLedger.Unit("U1") with { Reported = Reporting.Reported }], [MiniLedger.Item("I1")], []));
        Assert.Equal(ReminderColour.Green, Row(reported, deadline.AddDays(5)).Colour);
    }

    [Fact]
    public void An_item_is_judged_by_the_latest_notice_naming_it()
    {
        var round2 = new TrailEvent("notice:2", At.AddDays(20), "clerk", TrailAction.NoticeIssued, 2)
        {
            Unit = "U1", Reference = "测教督〔2015〕1号", Value = Gw(Limit.AddDays(20)), Detail = "I1",
        };
        var c = Standard(round2);
        // I2 is late by the round-1 限期; I1's is the round-2 one, 15 days off: not in this 催办
        var row = Row(c, Limit.AddDays(5));
        Assert.Equal(ReminderColour.Red, row.Colour);
        Assert.Equal(["I2"], row.Due.Select(d => d.Item?.Id));
        var i1 = Assert.Single(Row(c, Limit.AddDays(18)).Due, d => d.Item?.Id == "I1");
        Assert.Equal(("测教督〔2015〕1号", Limit.AddDays(20), ReminderColour.Yellow), (i1.Notice, i1.Deadline, i1.Colour));
    }

    [Theory]
    [InlineData(0, ReminderLevel.Contact)]
    [InlineData(2, ReminderLevel.Contact)]
    [InlineData(3, ReminderLevel.Deputy)]  // deputy_after
    [InlineData(9, ReminderLevel.Deputy)]
    [InlineData(10, ReminderLevel.Head)]   // head_after
    [InlineData(40, ReminderLevel.Head)]
    public void Escalation_goes_from_the_contact_to_the_deputy_to_the_head(int daysLate, ReminderLevel level)
    {
        var row = Row(Standard(), Limit.AddDays(daysLate));
        Assert.Equal((level, daysLate), (row.Level, row.DaysLate));
        Assert.Equal(ReminderLevel.Contact, Reminder.LevelOf(ReminderColour.Yellow, 0, Settings));
        var addressee = Models.ReminderWording.Addressee(row);
        Assert.Equal(level switch { ReminderLevel.Head => "负责人U1同志", ReminderLevel.Deputy => "分管甲同志", _ => "联系人同志" }, addressee);
    }

    [Fact]
    public void Thresholds_come_from_the_rules_file_and_bad_ones_are_located()
    {
        var ok = RuleSet.Parse(Json("""{ "within": 5, "deputy_after": 1, "head_after": 2 }"""), "r.json");
        Assert.Equal(new ReminderSettings { Within = 5, DeputyAfter = 1, HeadAfter = 2 }, ok.RuleSet!.Reminders);
        Assert.Equal(ReminderSettings.Default, RuleSet.Default().RuleSet!.Reminders);
        Assert.Equal(ReminderLevel.Head, Reminder.LevelOf(ReminderColour.Red, 2, ok.RuleSet.Reminders));
        var bad = RuleSet.Parse(Json("""{ "within": -1, "deputy_after": "三", "head_after": 2, "head": 4 }"""), "r.json");
        Assert.Null(bad.RuleSet);
        Assert.Equal(["r.json: reminders, within: expected a whole number of days from 0 to 365, not -1",
            "r.json: reminders, deputy_after: expected a whole number of days from 0 to 365, not «三»",
            "r.json: reminders, head: unknown setting: use within, deputy_after or head_after"],
            bad.Errors.Select(e => e.ToString()));
        var order = RuleSet.Parse(Json("""{ "deputy_after": 5, "head_after": 2 }"""), "r.json");
        Assert.Contains("reminders, head_after", Assert.Single(order.Errors).Location, StringComparison.Ordinal);
    }

    static MemoryStream Json(string reminders)
    {
        using var s = typeof(RuleSet).Assembly.GetManifestResourceStream(RuleSet.DefaultResource)!;
        var root = System.Text.Json.Nodes.JsonNode.Parse(s, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        root["reminders"] = System.Text.Json.Nodes.JsonNode.Parse(reminders);
        return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    [Fact]
    public void Rows_come_worst_first_and_one_unit_can_be_asked_for()
    {
        var c = Standard();
        var rows = Reminder.Compute(c, Limit.AddDays(1), Settings);
        Assert.Equal(["U1", "U2"], rows.Select(r => r.Unit.Id));
        Assert.Equal([ReminderColour.Red, ReminderColour.Green], rows.Select(r => r.Colour));
        Assert.Equal("U2", Assert.Single(Reminder.Compute(c, Limit, Settings, "U2")).Unit.Id);
    }

    [Fact]
    public void A_remind_is_recorded_once_a_unit_a_day_and_counted_on_later_days()
    {
        var c = Standard();
        var date = Limit.AddDays(4);
        var rows = Reminder.Compute(c, date, Settings);
        var events = RemindSteps.Reminded(c, rows, date, "clerk", At);
        var e = Assert.Single(events);
        Assert.Matches(@"催〔\d{4}〕1号$", rows[0].Number);
        Assert.Equal((TrailAction.Reminded, "U1", "2015-01-14", "红，分管领导", rows[0].Number), (e.Action, e.Unit, e.Value, e.Detail, e.Reference));
        // the same day again: the same key, so one step in the history
        var twice = RemindSteps.Reminded(c, rows, date, "clerk", At.AddHours(3));
        Assert.Equal(e.Key, Assert.Single(twice).Key);
        var after = Standard([.. events, .. twice]);
        Assert.Single(after.History.Events, x => x.Action == TrailAction.Reminded);
        Assert.Equal("催办", TrailView.Rows(after.History, after.Ledger, "U1").Single(r => r.Action == "催办").Action);
        // the next day it counts as one 催办 before, and its 催办通知 is numbered on
        Assert.Equal((0, rows[0].Number), (Row(after, date).Before, Row(after, date).Number));
        Assert.Equal(1, Row(after, date.AddDays(1)).Before);
        Assert.Matches(@"催〔\d{4}〕2号$", Row(after, date.AddDays(1)).Number);
        Assert.Equal("", Row(after, date, "U2").Number); // not chased, no number
        // the number is the one the trail recorded that day, not worked out again, and never given twice
        var issued = e with { Reference = "县整改办催〔2014〕9号" };
        var kept = Standard([issued]);
        Assert.Equal("县整改办催〔2014〕9号", Row(kept, date).Number);
        Assert.Equal("县整改办催〔2014〕9号", Assert.Single(RemindSteps.Reminded(kept, Reminder.Compute(kept, date, Settings), date, "clerk", At)).Reference);
    }

    [Fact]
    public void The_reminder_model_speaks_to_its_level_and_names_each_late_item()
    {
        var c = Standard();
        var row = Row(c, Limit.AddDays(12));
        var model = c.Models.Reminder(row, Limit.AddDays(12), Settings);
        var r = (IDictionary<string, object?>)model["reminder"]!;
        Assert.Equal("负责人U1同志", r["addressee"]);
        Assert.Equal("测教督催〔2014〕1号", r["number"]);
        Assert.Contains("已逾期12天", (string)r["opening"]!, StringComparison.Ordinal);
        Assert.Contains("主要负责人", (string)r["request"]!, StringComparison.Ordinal);
        var items = ((IEnumerable<object?>)r["items"]!).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["问题I1", "问题I2"], items.Select(i => i["task"]));
        Assert.All(items, i => Assert.Equal(("2015年1月10日", "已逾期12天", "测教督〔2014〕3号督办通知单"), (i["deadline"], i["standing"], i["basis"])));
        Assert.Equal(["未启动", "整改中"], items.Select(i => i["stage"]));
    }
}
