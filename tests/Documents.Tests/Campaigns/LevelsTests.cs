using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Forwarding;
using OfficeTools.Documents.Campaigns.Steps;
using UnitTree = OfficeTools.Documents.Ledger.UnitTree;

namespace OfficeTools.Documents.Tests.Campaigns;

/// <summary>
/// The tree of units (UnitTree) on the sample ledger and on small ones, the campaign cut to a subtree (Campaign.Under), and the
/// forwarded result's file and import (ForwardFile, ForwardSteps) with their refusals.
/// </summary>
public sealed class LevelsTests
{
    static readonly Campaign Sample = Campaign.Open(new CampaignSource(TestLedgers.SampleJson)).Campaign!;

    [Fact]
    public void The_sample_has_four_townships_with_four_villages_each_and_the_departments_under_the_county()
    {
        var tree = UnitTree.Of(Sample.Ledger);
        var levels = tree.Levels();
        Assert.Equal(["U013", "U014", "U015", "U016"], levels.Select(l => l.Head.Id));
        Assert.All(levels, l => Assert.Equal(4, l.Below.Count));
        Assert.All(levels.SelectMany(l => l.Below), v => Assert.Equal(("村（社区）"), tree.Level(v).Name));
        Assert.All(levels, l => Assert.Equal("乡镇", tree.Level(l.Head).Name));
        var departments = Sample.Ledger.Units.Where(u => u.Parent is null && !levels.Any(l => l.Head.Id == u.Id)).ToList();
        Assert.Equal(12, departments.Count);
        Assert.All(departments, d => Assert.Equal("县直部门", tree.Level(d).Name));
        // a person stands at the level of its unit: 周德明 under 县发改委, 赵振宇 under 青山镇
        Assert.Equal("县直部门", tree.Level(Sample.Ledger.FindUnit("U033")!).Name);
        Assert.Equal("乡镇", tree.Level(Sample.Ledger.FindUnit("U039")!).Name);
        Assert.Equal(["U013", "U017", "U021", "U025", "U029", "U039"], tree.Subtree("U013").Select(u => u.Id));
        Assert.True(tree.IsUnder("U017", "U013"));
        Assert.False(tree.IsUnder("U017", "U014"));
        Assert.False(tree.IsUnder("U013", "U017"));
        Assert.Empty(tree.Subtree("U999"));
    }

    [Fact]
    public void A_subtree_campaign_holds_its_units_only_and_numbers_notices_as_the_whole()
    {
        var under = Sample.Under("U016", "ledger.json").Campaign!;
        Assert.Equal(["U016", "U020", "U024", "U028", "U032"], under.Ledger.Units.Select(u => u.Id));
        Assert.All(under.Ledger.Items, i => Assert.Contains(i.Unit, under.Ledger.Units.Select(u => u.Id)));
        Assert.Equal(Sample.Ledger.Items.Count(i => under.Ledger.FindUnit(i.Unit) is not null), under.Ledger.Items.Count);
        Assert.Equal(under.Ledger.Units.Select(u => u.Id).Order(), under.Outcomes.Keys.Order());
        var whole = Sample.Models.NoticeUnits().ToDictionary(n => n.Unit.Id, n => n.Number);
        Assert.NotEmpty(under.Models.NoticeUnits());
        Assert.All(under.Models.NoticeUnits(), n => Assert.Equal(whole[n.Unit.Id], n.Number));
        // the briefing counts the subtree only
        var stats = (Dictionary<string, object?>)under.Models.Briefing()["stats"]!;
        Assert.Equal(5L, stats["units"]);
        Assert.Equal((long)under.Ledger.Items.Count, stats["items"]);
        Assert.Equal("中共云岭乡委员会及所属单位", stats["area"]);
        // a village's parent organisation is named though its parent is outside the cut
        var village = Sample.Under("U020", "ledger.json").Campaign!;
        Assert.Equal("中共云岭乡委员会", ((Dictionary<string, object?>)village.Models.Form(village.Ledger.Units[0])["unit"]!)["parent"]);

        // within a subtree, a sibling's unit is unknown; one of its own is a further cut
        Assert.Null(under.Under("U017", "ledger.json").Campaign);
        Assert.Equal(["U020"], under.Under("U020", "ledger.json").Campaign!.Ledger.Units.Select(u => u.Id));
        var unknown = Sample.Under("U999", "ledger.json");
        Assert.Null(unknown.Campaign);
        var d = Assert.Single(unknown.Diagnostics);
        Assert.Equal(("ledger.json", "--under U999"), (d.File, d.Location));
        Assert.StartsWith("no unit 'U999' in this ledger", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_roll_up_totals_are_the_sums_of_its_rows()
    {
        var levels = ((List<object?>)Sample.Models.Briefing()["levels"]!).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(["青山镇", "石桥乡", "柳溪镇", "云岭乡"], levels.Select(l => (string)l["short"]!));
        foreach (var l in levels)
        {
            var rows = ((List<Dictionary<string, object?>>)l["rows"]!);
            var total = (Dictionary<string, object?>)l["total"]!;
            foreach (var key in new[] { "items", "done", "partial", "not_started", "closed" })
                Assert.Equal(rows.Sum(r => (long)r[key]!), (long)total[key]!);
        }
    }

    static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    static ForwardFile Forward(string root, DateTimeOffset at, params TrailEvent[] events) =>
        new(Sample.Ledger.Campaign.CampaignId, root, at, events);

    static TrailEvent Reported(string key, string unit, string item) =>
        new(key, DateTimeOffset.UnixEpoch, "乡干部", TrailAction.ItemReported, 1) { Unit = unit, Item = item, Value = "已整改", Detail = "满意" };

    [Fact]
    public void A_forward_file_reads_back_only_unedited_and_under_its_own_campaigns_key()
    {
        var f = Forward("U016", new DateTimeOffset(2015, 1, 20, 8, 0, 0, TimeSpan.Zero), Reported("r1", "U020", "I0094"));
        var bytes = f.Write(Key);
        var (back, problem) = ForwardFile.Read(bytes, "f.json", f.Campaign, Key);
        Assert.Null(problem);
        Assert.Equal(f.Root, back!.Root);
        Assert.Equal(f.At, back.At);
        Assert.Equal(f.Events, back.Events);
        var edited = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("I0094", "I0095", StringComparison.Ordinal));
        Assert.Equal("seal", ForwardFile.Read(edited, "f.json", f.Campaign, Key).Problem!.Location);
        Assert.Equal("seal", ForwardFile.Read(bytes, "f.json", f.Campaign, [.. Key.Reverse()]).Problem!.Location);
        Assert.Equal(ForwardSteps.OtherCampaign, ForwardFile.Read(bytes, "f.json", "other", Key).Problem!.Id);
        Assert.Equal("format", ForwardFile.Read("{}"u8.ToArray(), "f.json", f.Campaign, Key).Problem!.Location);
    }

    [Fact]
    public void An_import_adds_what_is_new_once_and_refuses_every_bad_forward_at_once()
    {
        var t1 = new DateTimeOffset(2015, 1, 20, 8, 0, 0, TimeSpan.Zero);
        var first = ForwardSteps.Imported(Sample, Forward("U016", t1, Reported("r1", "U020", "I0094")), "f1.json", null, "县", t1);
        Assert.True(first.Success);
        Assert.Equal([TrailAction.ItemReported, TrailAction.ForwardImported], first.Events.Select(e => e.Action));
        var county = Sample.WithHistory(CampaignHistory.Replay(first.Events)).Campaign!;
        Assert.Empty(ForwardSteps.Imported(county, Forward("U016", t1, Reported("r1", "U020", "I0094")), "f1.json", null, "县", t1).Events);
        var t2 = t1.AddDays(1);
        var second = ForwardSteps.Imported(county, Forward("U016", t2, Reported("r1", "U020", "I0094"), Reported("r2", "U024", "I0107")), "f2.json", "U016", "县", t2);
        Assert.Equal(["r2", $"forward:{Sample.Ledger.Campaign.CampaignId}:U016:{t2:O}"], second.Events.Select(e => e.Key));

        var older = ForwardSteps.Imported(county, Forward("U016", t1.AddHours(-1), Reported("r1", "U020", "I0094")), "old.json", null, "县", t2);
        Assert.Equal([ForwardSteps.Older], older.Problems.Select(p => p.Id));
        var bad = ForwardSteps.Imported(county, Forward("U020", t2, Reported("x", "U017", "I0083"), Reported("y", "U020", "I0094") with { Unit = null }), "bad.json", null, "县", t2);
        Assert.Equal([ForwardSteps.Outside, ForwardSteps.Outside, ForwardSteps.Overlap], bad.Problems.Select(p => p.Id));
        Assert.Equal(["entry 1 (x)", "entry 2 (y)", "root"], bad.Problems.Select(p => p.Location));
        Assert.Equal([ForwardSteps.OtherSubtree], ForwardSteps.Imported(county, Forward("U016", t2), "f.json", "U013", "县", t2).Problems.Select(p => p.Id));
        Assert.Equal([ForwardSteps.OtherCampaign], ForwardSteps.Imported(county, Forward("U016", t2) with { Campaign = "other" }, "f.json", null, "县", t2).Problems.Select(p => p.Id));
        Assert.Equal([ForwardSteps.OtherSubtree], ForwardSteps.Imported(county, Forward("U999", t2), "f.json", null, "县", t2).Problems.Select(p => p.Id));
    }
}
