using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;
using OfficeTools.Documents.Sampling;
using Campaign = OfficeTools.Documents.Campaigns.Campaign;

namespace OfficeTools.Documents.Tests.Sampling;

/// <summary>抽查: the draw is the same for the same seed, stratified by kind and level, weighted towards risk; bad sizes located.</summary>
public sealed class SpotCheckTests
{
    static readonly Campaign Sample = Campaign.Open(new CampaignSource(TestLedgers.SampleJson)).Campaign!;

    static Campaign Open(Ledger.Ledger ledger) => Campaign.From(ledger, RuleSet.Default().RuleSet!, CampaignHistory.Empty).Campaign!;

    static string[] Ids(SampleDraw d) => [.. d.Units.Select(u => u.Unit.Id)];

    [Fact]
    public void The_generator_is_xoshiro256_starstar_seeded_by_splitmix64()
    {
        // fixed outputs: a change of algorithm (or of runtime) would change every draw made with a recorded seed
        var r = new Xoshiro256(0);
        Assert.Equal([11091344671253066420UL, 13793997310169335082UL, 1900383378846508768UL], new[] { r.Next(), r.Next(), r.Next() });
    }

    [Fact]
    public void The_same_seed_gives_the_same_draw_and_another_seed_another()
    {
        var a = SpotCheck.Draw(Sample, 20150120, new SampleSize(8, null)).Draw!;
        var b = SpotCheck.Draw(Campaign.Open(new CampaignSource(TestLedgers.SampleJson)).Campaign!, 20150120, new SampleSize(8, null)).Draw!;
        Assert.Equal(Ids(a), Ids(b));
        Assert.Equal(8, a.Units.Count);
        Assert.Equal(8, Ids(a).Distinct().Count());
        var others = Enumerable.Range(1, 5).Select(s => string.Join(",", Ids(SpotCheck.Draw(Sample, (ulong)s, new SampleSize(8, null)).Draw!))).ToList();
        Assert.Contains(others, o => o != string.Join(",", Ids(a)));
    }

    [Fact]
    public void Strata_are_kind_by_level_and_a_total_is_spread_by_their_size()
    {
        var parent = MiniLedger.Unit("T1", UnitKinds.Leadership, "甲乡党委");
        var villages = Enumerable.Range(1, 6).Select(n => MiniLedger.Unit($"V{n}", UnitKinds.Grassroots) with { Parent = "T1" }).ToList();
        var county = Enumerable.Range(1, 3).Select(n => MiniLedger.Unit($"D{n}", UnitKinds.Grassroots)).ToList();
        var ledger = new Ledger.Ledger(MiniLedger.Campaign(), [parent, .. villages, .. county], [], []);
        var strata = SpotCheck.Strata(ledger);
        Assert.Equal(["领导班子·乡镇", "基层党组织·县直部门", "基层党组织·村（社区）"], strata.Select(s => s.Name));
        var draw = SpotCheck.Draw(Open(ledger), 7, new SampleSize(5, null)).Draw!;
        // 5 of 10 in proportion: 0.5, 1.5, 3 → 1, 1, 3 (the larger remainder first, the earlier stratum on a tie)
        Assert.Equal([1, 1, 3], draw.Strata.Select(s => s.Drawn));
        Assert.All(draw.Units, u => Assert.Contains(u.Unit, u.Stratum.Units));
        var per = SpotCheck.Draw(Open(ledger), 7, new SampleSize(null, 1)).Draw!;
        Assert.Equal([1, 1, 1], per.Strata.Select(s => s.Drawn));
    }

    [Fact]
    public void Risk_weighs_overdue_unsatisfied_relapse_task_and_penalty_and_draws_the_risky_far_more_often()
    {
        var units = Enumerable.Range(1, 10).Select(n => MiniLedger.Unit($"U{n}")).ToList();
        // U1: 3 overdue, 不满意, a relapse, a special task; the rest one item done and 满意
        LedgerItem[] items =
        [
            MiniLedger.Item("I1", "U1", status: "尚未启动", satisfaction: "不满意", relapse: true, task: 4),
            MiniLedger.Item("I2", "U1", status: "尚未启动"), MiniLedger.Item("I3", "U1", status: "部分整改到位"),
            .. Enumerable.Range(2, 9).Select(n => MiniLedger.Item($"J{n}", $"U{n}", dueOffset: 10)),
        ];
        var campaign = Open(new Ledger.Ledger(MiniLedger.Campaign(), units, items, []));
        var (weight, reasons) = SpotCheck.Risk(campaign, units[0]);
        Assert.Contains("逾期事项3项", reasons);
        Assert.Contains("群众不满意1项", reasons);
        Assert.Contains("四风反弹回潮1项", reasons);
        Assert.Contains("专项整治事项1项", reasons);
        Assert.True(weight >= 1 + 6 + 2 + 3 + 1, $"weight {weight}");
        Assert.Equal(1.0, SpotCheck.Risk(campaign, units[1]).Weight);
        Assert.Empty(SpotCheck.Risk(campaign, units[1]).Reasons);
        // one of ten drawn 400 times: the risky unit far more often than the 10% of a uniform draw
        var hits = Enumerable.Range(0, 400).Count(s => SpotCheck.Draw(campaign, (ulong)s, new SampleSize(1, null)).Draw!.Units[0].Unit.Id == "U1");
        Assert.InRange(hits, 200, 400);
    }

    [Fact]
    public void Bad_sizes_are_located_all_at_once()
    {
        var big = SpotCheck.Draw(Sample, 1, new SampleSize(null, 9));
        Assert.False(big.Success);
        Assert.Contains(big.Problems, p => p.Location == "--per-stratum 9" && p.Message.StartsWith("stratum 党员干部·", StringComparison.Ordinal));
        Assert.True(big.Problems.Count >= 2);
        var total = SpotCheck.Draw(Sample, 1, new SampleSize(Sample.Ledger.Units.Count + 1, null));
        Assert.Contains($"larger than the {Sample.Ledger.Units.Count} unit(s)", Assert.Single(total.Problems).Message);
        Assert.Equal("--size 0", Assert.Single(SpotCheck.Draw(Sample, 1, new SampleSize(0, null)).Problems).Location);
        Assert.Single(SpotCheck.Draw(Sample, 1, new SampleSize(2, 2)).Problems);
        Assert.Single(SpotCheck.Draw(Sample, 1, new SampleSize(null, null)).Problems);
    }

    [Fact]
    public void The_draw_is_one_trail_entry_with_its_seed_keyed_so_a_redraw_records_nothing_new()
    {
        var draw = SpotCheck.Draw(Sample, 42, new SampleSize(3, null)).Draw!;
        var at = DateTimeOffset.UnixEpoch;
        var e = SampleSteps.Drawn(Sample, draw, "clerk", at);
        Assert.Equal(TrailAction.SampleDrawn, e.Action);
        Assert.Equal("42", e.Value);
        Assert.Equal(string.Join(",", Ids(draw)), e.Detail);
        Assert.Equal("抽查", e.Action.Text());
        Assert.Equal(e.Key, SampleSteps.Drawn(Sample, SpotCheck.Draw(Sample, 42, new SampleSize(3, null)).Draw!, "other", at.AddDays(1)).Key);
    }
}
