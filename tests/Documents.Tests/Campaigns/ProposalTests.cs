using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Tests.Campaigns;

/// <summary>New problems a unit reports become proposals; the clerk's 确认 takes them into the ledger or leaves them out.</summary>
public sealed class ProposalTests
{
    static readonly DateTimeOffset At = new(2014, 12, 30, 9, 0, 0, TimeSpan.FromHours(8));
    static readonly DateOnly Due = new(2015, 1, 19);

    static IReadOnlyList<TrailEvent> Propose(CampaignHistory history, string text, string unit = "U1") =>
        ProposeSteps.Proposed(history, [], unit, text, "form.docx", Due, "clerk", At);

    [Fact]
    public void Each_line_is_one_proposal_numbered_after_the_earlier_ones_and_a_nothing_is_none()
    {
        Assert.Equal(["会议室超标准装修问题", "公务接待陪餐人数超标"],
            ProposeSteps.Lines("1. 会议室超标准装修问题\n（二）公务接待陪餐人数超标\r\n\n会议室超标准装修问题"));
        Assert.Empty(ProposeSteps.Lines("无"));
        Assert.Empty(ProposeSteps.Lines("暂未发现。\n"));
        Assert.Empty(ProposeSteps.Lines(null));

        var first = Propose(CampaignHistory.Empty, "会议室超标准装修问题\n公务接待陪餐人数超标");
        Assert.Equal(["N0001", "N0002"], first.Select(e => e.Item));
        Assert.All(first, e => Assert.Equal(TrailAction.ItemProposed, e.Action));
        var history = CampaignHistory.Replay(first);
        // the same text again (a later version of the form) proposes nothing; a new line is numbered on
        Assert.Empty(Propose(history, "公务接待陪餐人数超标\n会议室超标准装修问题"));
        Assert.Equal("N0003", Propose(history, "公车私用问题").Single().Item);
        // the same text from another unit is that unit's own problem
        Assert.Equal("N0003", Propose(history, "公务接待陪餐人数超标", unit: "U2").Single().Item);
        // proposed earlier in the same run counts too
        var pending = Propose(history, "公车私用问题");
        Assert.Equal("N0004", ProposeSteps.Proposed(history, pending, "U2", "办公用房超标", "f", Due, "c", At).Single().Item);
        Assert.Empty(ProposeSteps.Proposed(history, pending, "U1", "公车私用问题", "f", Due, "c", At));
    }

    [Fact]
    public void A_confirmed_proposal_is_a_ledger_item_of_its_unit_and_one_left_out_is_not()
    {
        var ledger = MiniLedger.Of(MiniLedger.Item("I1"));
        var proposed = Propose(CampaignHistory.Empty, "会议室超标准装修问题\n公务接待陪餐人数超标");
        var before = Campaign.From(ledger, RuleSet.Default().RuleSet!, CampaignHistory.Replay(proposed)).Campaign!;
        Assert.DoesNotContain(before.Ledger.Items, i => i.Id.StartsWith('N'));
        Assert.Equal(2, before.History.Proposals.Count(p => p.Included is null));

        var decided = ProposeSteps.Decide(before.History,
            [new("N0001", true, "表.xlsx", "row 4"), new("N0002", false, "表.xlsx", "row 5")], "督查组", At.AddDays(1));
        Assert.True(decided.Success);
        var after = Campaign.From(ledger, RuleSet.Default().RuleSet!, CampaignHistory.Replay([.. proposed, .. decided.Events])).Campaign!;
        var item = Assert.Single(after.Ledger.Items, i => i.Id.StartsWith('N'));
        Assert.Equal(("N0001", "U1", "会议室超标准装修问题", Due, true), (item.Id, item.Unit, item.Problem, item.Due, item.NewlyFound));
        Assert.Equal("负责人U1", item.Owner);
        Assert.Equal(2, item.Focus); // a 领导班子: 整改方案落实情况, where the problems listed for rectification are
        Assert.Equal("尚未启动", item.Status);
        // it is an open item of its unit: the unit's form asks about it
        var form = after.Models.Form(after.Ledger.FindUnit("U1")!);
        Assert.Contains(((IEnumerable<object?>)form["items"]!).OfType<IDictionary<string, object?>>(), i => (string?)i["id"] == "N0001");

        // deciding as before records nothing; deciding otherwise, a proposal never made, or one decided twice are refused, all at once
        var history = after.History;
        Assert.Empty(ProposeSteps.Decide(history, [new("N0001", true, "b.xlsx", "row 4")], "x", At).Events);
        var bad = ProposeSteps.Decide(history,
            [new("N0001", false, "b.xlsx", "row 4"), new("N0009", true, "b.xlsx", "row 5"), new("N0002", false, "b.xlsx", "row 6"), new("N0002", false, "b.xlsx", "row 7")],
            "x", At);
        Assert.False(bad.Success);
        Assert.Empty(bad.Events);
        Assert.Equal(["row 4", "row 5", "row 7"], bad.Problems.Select(p => p.Location));
        Assert.Contains("already decided 纳入台账", bad.Problems[0].Message);
    }
}
