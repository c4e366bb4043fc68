using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Tests.Campaigns;

/// <summary>复核 refused whole with each problem's kind, and a campaign rebuilt with a later trail from the ledger as loaded.</summary>
public sealed class VerifyStepsTests
{
    static readonly DateTimeOffset At = new(2014, 12, 30, 9, 0, 0, TimeSpan.FromHours(8));

    static Campaign Start() => Campaign.From(MiniLedger.Of(MiniLedger.Item("I1"), MiniLedger.Item("I2", status: "部分整改到位")),
        RuleSet.Default().RuleSet!, CampaignHistory.Empty).Campaign!;

    [Fact]
    public void Every_bad_verdict_is_refused_with_its_kind_and_no_step_is_given()
    {
        var decided = VerifySteps.Decide(Start(),
        [
            new("I1", Verdict.Pass, "row 1"), new("I9", Verdict.Pass, "row 2"), new("I2", Verdict.Pass, "row 3"),
            new("I1", Verdict.Return, "row 4"),
        ], [], "sheet", "clerk", At);
        Assert.Empty(decided.Events);
        Assert.Equal([("row 2", VerifyProblems.UnknownItem), ("row 3", VerifyProblems.NotReported), ("row 4", VerifyProblems.SecondVerdict)],
            decided.Problems.Select(p => (p.Location, p.Id)));
    }

    [Fact]
    public void With_a_later_trail_the_campaign_is_rebuilt_from_the_ledger_as_loaded()
    {
        var start = Start();
        var decided = VerifySteps.Decide(start, [new("I1", Verdict.Pass, "row 1")], [], "sheet", "clerk", At);
        Assert.Equal([TrailAction.VerdictGiven, TrailAction.ItemClosed], decided.Events.Select(e => e.Action));
        var later = start.WithHistory(CampaignHistory.Replay(decided.Events)).Campaign!;
        Assert.Same(start.Source, later.Source);
        Assert.True(later.Ledger.Items.Single(i => i.Id == "I1").Closed);
        // no history again: the ledger as loaded, nothing closed and the notice numbers where the file has them
        var again = later.WithHistory(CampaignHistory.Empty).Campaign!;
        Assert.False(again.Ledger.Items.Single(i => i.Id == "I1").Closed);
        Assert.Equal(start.Ledger.Campaign.NoticeSerial, again.Ledger.Campaign.NoticeSerial);
    }
}
