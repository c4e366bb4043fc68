using System.Collections;
using System.Text.Json.Nodes;
using OfficeTools.Documents.Campaigns;
using UnitKinds = OfficeTools.Documents.Ledger.UnitKinds;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>
/// The hand-kept sample models (Templates/samples/*-model.json, what the template tests render) have every key the model
/// builder gives, so a template using a new key is tested against it; a key the builder no longer gives is named too.
/// </summary>
public sealed class SampleModelKeysTests
{
    static readonly Campaign Sample = Campaign.Open(new CampaignSource(TestLedgers.SampleJson)).Campaign!;

    public static TheoryData<string> Kinds => new() { "notice", "briefing", "form-leadership", "form-grassroots", "form-member", "reminder", "sample-list", "sample-record", "bulletin",
        "talk-notice", "talk-record", "admonition-record", "commendation", "member-report" };

    static Dictionary<string, object?> Built(string kind)
    {
        var m = Sample.Models;
        var ledger = Sample.Ledger;
        return kind switch
        {
            "notice" => m.Notice(m.NoticeUnits()[0].Unit, m.NoticeUnits()[0].Number),
            "briefing" => m.Briefing(),
            "reminder" => m.Reminder(Chased(), new DateOnly(2015, 2, 12), OfficeTools.Documents.Reminders.ReminderSettings.Default),
            "sample-list" => m.SampleList(Drawn.Value, new DateOnly(2015, 2, 10)),
            "sample-record" => m.SampleRecord(Drawn.Value.Units[0], Drawn.Value, new DateOnly(2015, 2, 10)),
            "bulletin" => m.Bulletin(new DateOnly(2015, 2, 10)),
            "talk-notice" => m.TalkNotice(Talk.Unit, Talk.Outcome, new DateOnly(2015, 2, 12), 2),
            "talk-record" => m.TalkRecord(Talk.Unit, Talk.Outcome, new DateOnly(2015, 2, 12), "青教督谈〔2014〕2号"),
            "admonition-record" => m.AdmonitionRecord(Admonished.Unit, Admonished.Outcome, new DateOnly(2015, 2, 12)),
            "commendation" => m.Commendation(new DateOnly(2015, 2, 10)),
            // a member with a returned form: its focus answers and one item's note
            "member-report" => m.MemberReport(m.MeetingMembers()[0], new Dictionary<string, object?> { ["focus.1.self"] = "逐条梳理", ["focus.1.problems"] = "调研不深", ["new_problems"] = "文件多" }, new DateOnly(2015, 2, 10)),
            "form-leadership" => m.Form(ledger.Units.First(u => m.IdentityOf(u).Kind == UnitKinds.Leadership)),
            "form-grassroots" => m.Form(ledger.Units.First(u => m.IdentityOf(u).Kind == UnitKinds.Grassroots)),
            _ => m.Form(ledger.Units.First(u => m.IdentityOf(u).Kind == UnitKinds.Member)),
        };
    }

    static (OfficeTools.Documents.Ledger.Unit Unit, OfficeTools.Documents.Rules.Outcome Outcome) Talk => Sample.Models.OutcomeUnits(OfficeTools.Documents.Rules.OutcomeDocument.Talk)[0];

    static (OfficeTools.Documents.Ledger.Unit Unit, OfficeTools.Documents.Rules.Outcome Outcome) Admonished => Sample.Models.OutcomeUnits(OfficeTools.Documents.Rules.OutcomeDocument.Admonition)[0];

    static readonly Lazy<OfficeTools.Documents.Sampling.SampleDraw> Drawn = new(() =>
        OfficeTools.Documents.Sampling.SpotCheck.Draw(Sample, 42, new OfficeTools.Documents.Sampling.SampleSize(6, null)).Draw!);

    // a unit with a notice, two weeks after its 限期 and with its form not back: both kinds of deadline, red
    static OfficeTools.Documents.Reminders.ReminderRow Chased()
    {
        var unit = Sample.Models.NoticeUnits()[0].Unit;
        var item = Sample.Models.NoticeItems(unit)[0];
        return new OfficeTools.Documents.Reminders.ReminderRow(unit, OfficeTools.Documents.Reminders.ReminderColour.Red, OfficeTools.Documents.Reminders.ReminderLevel.Deputy,
        [
            new(OfficeTools.Documents.Reminders.DeadlineKind.Report, new DateOnly(2015, 1, 20), -23, OfficeTools.Documents.Reminders.ReminderColour.Red),
            new(OfficeTools.Documents.Reminders.DeadlineKind.Notice, new DateOnly(2015, 2, 6), -6, OfficeTools.Documents.Reminders.ReminderColour.Red) { Item = item, Notice = "青教督〔2015〕3号", Stage = ItemStage.InProgress },
        ]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_sample_model_has_the_keys_the_builder_gives(string kind)
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "samples", kind + "-model.json")))!;
        var built = Paths(Built(kind), "").ToHashSet(StringComparer.Ordinal);
        var kept = Paths(sample, "").ToHashSet(StringComparer.Ordinal);
        Assert.Empty(built.Except(kept).Order());
        Assert.Empty(kept.Except(built).Order());
    }

    // every key path; a list's elements are one path ([]), so the sample may hold fewer or more rows
    static IEnumerable<string> Paths(object? value, string at) => value switch
    {
        IDictionary<string, object?> d => d.SelectMany(p => Paths(p.Value, $"{at}.{p.Key}").Prepend($"{at}.{p.Key}")),
        JsonObject o => o.SelectMany(p => Paths(p.Value, $"{at}.{p.Key}").Prepend($"{at}.{p.Key}")),
        JsonArray a => a.SelectMany(x => Paths(x, at + "[]")),
        string => [],
        IEnumerable e => e.Cast<object?>().SelectMany(x => Paths(x, at + "[]")),
        _ => [],
    };
}
