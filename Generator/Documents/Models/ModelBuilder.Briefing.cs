using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>The briefing model: statistics, per-unit table, praise, criticism, notices and next steps.</summary>
    public Dictionary<string, object?> Briefing()
    {
        var c = ledger.Campaign;
        var items = ledger.Items;
        var all = UnitStats.Of(items.ToList(), c.AsOf, ledger.RulesMade.Count);
        // 已报送 / 未报送 are known only once collect has marked every unit (报送情况); before that the briefing leaves them out
        var collected = ledger.Units.Count > 0 && ledger.Units.All(u => u.Reported.Length > 0);
        var reported = ledger.Units.Count(u => u.Reported == Reporting.Reported);
        var byTask = items.Where(i => i.Task != null).ToLookup(i => i.Task!.Value);
        var tasks = FocusCatalog.Tasks.Select((name, n) =>
        {
            var ti = byTask[n + 1].ToList();
            var done = ti.Count(i => i.State == "done");
            return (object?)new Dictionary<string, object?>
            {
                ["no"] = (long)(n + 1), ["name"] = name, ["items"] = (long)ti.Count, ["done"] = (long)done,
                ["rate"] = ti.Count == 0 ? "—" : Gw.Rate((double)done / ti.Count),
            };
        }).ToList();
        var units = ledger.Units.Select((u, n) =>
        {
            var ui = ledger.ItemsOf(u.Id).ToList();
            var s = UnitStats.Of(ui, c.AsOf, 0);
            var o = OutcomesOf(u.Id).Where(x => x.Category != "requirement").Select(x => x.InShort).ToList();
            return (object?)new Dictionary<string, object?>
            {
                ["no"] = (long)(n + 1), ["name"] = u.DisplayName, ["kind"] = u.Kind, ["items"] = (long)s.Items, ["done"] = (long)s.Done,
                ["partial"] = (long)s.Partial, ["not_started"] = (long)s.NotStarted,
                ["rate"] = s.Items == 0 ? "—" : Gw.Rate(s.DoneRate),
                ["satisfaction"] = s.Items - s.Unassessed == 0 ? "—" : Gw.Rate(s.SatisfactionRate),
                ["outcome"] = o.Count == 0 ? "—" : string.Join("、", o),
            };
        }).ToList();
        var notices = _notices.Value;
        var levels = Levels(c.AsOf);
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign,
            ["briefing"] = new Dictionary<string, object?>
            {
                ["number"] = Gw.DocNo(c.BriefingCode, c.Year, c.BriefingSerial),
                ["title"] = "关于教育实践活动整改落实情况“回头看”有关情况的通报",
                ["date"] = Gw.Date(c.BriefingDate), ["date_iso"] = Gw.Iso(c.BriefingDate),
                ["recipients"] = Gw.EndWith(c.Recipients.Length > 0 ? c.Recipients : "各单位", '：'), ["meeting"] = c.Meeting,
            },
            ["stats"] = new Dictionary<string, object?>
            {
                // 全县, or the unit a subtree's briefing (--under) is for and the units under it
                ["area"] = ledger.Root is { } root ? $"{root.OrgName}及所属单位" : "全县",
                ["units"] = (long)ledger.Units.Count, ["scope"] = Scope(ledger.Units), ["items"] = (long)all.Items, ["done"] = (long)all.Done,
                ["partial"] = (long)all.Partial, ["not_started"] = (long)all.NotStarted, ["completion_rate"] = Gw.Rate(all.DoneRate),
                ["satisfied"] = (long)all.Satisfied, ["basic"] = (long)all.Basic, ["unsatisfied"] = (long)all.Unsatisfied, ["unassessed"] = (long)all.Unassessed,
                ["satisfaction_rate"] = Gw.Rate(all.SatisfactionRate), ["newly_found"] = (long)all.NewlyFound,
                ["rules_made"] = (long)all.RulesMade, ["collected"] = collected,
                // the loop's counts: 已销号 and 退回重办 after 复核 (0 before any verification)
                ["closed"] = (long)all.Closed, ["rework"] = (long)all.Rework, ["verified"] = (long)(all.Closed + all.Rework),
                ["submitted"] = (long)reported, ["missing"] = (long)(collected ? ledger.Units.Count - reported : 0),
                ["notice_scope"] = Scope(notices.Select(n => n.Unit)),
                ["tasks"] = tasks,
            },
            ["units"] = units,
            ["levels"] = levels,
            ["praise"] = Praise(),
            ["criticism"] = Criticism(),
            ["notices"] = notices.Select(n => (object?)new Dictionary<string, object?> { ["unit"] = n.Unit.DisplayName, ["number"] = n.Number }).ToList(),
            ["requirements"] = Requirements().Cast<object?>().ToList(),
            ["attachments"] = Attachments(levels.Count > 0),
        };
    }

    static List<object?> Attachments(bool levels)
    {
        var titles = new List<string> { "各单位整改落实情况统计表", "中央确定的21项专项整治任务进展情况表" };
        if (levels) titles.Add("各乡镇所属村（社区）整改落实情况汇总表");
        return [.. titles.Select((t, n) => (object?)new Dictionary<string, object?> { ["no"] = (long)(n + 1), ["title"] = t })];
    }

    /// <summary>
    /// The roll-up by level (<see cref="UnitTree.Levels"/>): for each 乡镇 (a unit with organisations under it), a row per village or
    /// community under it and the totals of them all.
    /// </summary>
    List<object?> Levels(DateOnly asOf) => [.. UnitTree.Of(ledger).Levels().Select((l, n) =>
    {
        var rows = l.Below.Select((u, k) => Row(u.DisplayName, (long)(k + 1), UnitStats.Of(ledger.ItemsOf(u.Id).ToList(), asOf, 0))).ToList();
        var total = UnitStats.Of([.. l.Below.SelectMany(u => ledger.ItemsOf(u.Id))], asOf, 0);
        return (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)(n + 1), ["name"] = l.Head.OrgName, ["short"] = PlaceOf(l.Head), ["units"] = (long)l.Below.Count,
            ["rows"] = rows, ["total"] = Row("合计", (long)l.Below.Count, total),
        };
    })];

    static Dictionary<string, object?> Row(string name, long no, UnitStats s) => new()
    {
        ["no"] = no, ["name"] = name, ["items"] = (long)s.Items, ["done"] = (long)s.Done, ["partial"] = (long)s.Partial,
        ["not_started"] = (long)s.NotStarted, ["closed"] = (long)s.Closed,
        ["rate"] = s.Items == 0 ? "—" : Gw.Rate(s.DoneRate), ["satisfaction"] = s.Items - s.Unassessed == 0 ? "—" : Gw.Rate(s.SatisfactionRate),
    };

    // the place a 乡镇's Party committee is of (中共青山镇委员会 → 青山镇), else the organisation's name
    static string PlaceOf(Unit head)
    {
        var org = head.OrgName;
        foreach (var end in new[] { "委员会", "党委" })
            if (org.StartsWith("中共", StringComparison.Ordinal) && org.EndsWith(end, StringComparison.Ordinal) && org.Length > 2 + end.Length)
                return org[2..^end.Length];
        return org;
    }

    /// <summary>Units and persons counted apart: 8个单位、3名党员干部 (a part that is zero is left out).</summary>
    static string Scope(IEnumerable<Unit> units)
    {
        var list = units.ToList();
        var people = list.Count(u => u.IsPerson);
        var parts = new[] { (list.Count - people, "个单位"), (people, "名党员干部") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1}{p.Item2}");
        return string.Join("、", parts) is { Length: > 0 } text ? text : "0个单位";
    }

    List<object?> Praise() => [.. ledger.Units.Where(u => OutcomesOf(u.Id).Any(o => o.Category == "praise"))
        .Select(u => (object?)new Dictionary<string, object?> { ["name"] = u.DisplayName, ["reason"] = BriefingFacts.Praise(ledger, u) })];

    List<object?> Criticism() => [.. ledger.Units.Select(u => (u, o: OutcomesOf(u.Id).Where(o => o.Category == "penalty").ToList()))
        .Where(x => x.o.Count > 0)
        .Select(x => (object?)new Dictionary<string, object?>
        {
            ["name"] = x.u.DisplayName, ["outcome"] = string.Join("、", x.o.Select(o => o.InShort).Distinct()),
            ["reason"] = BriefingFacts.Shortfalls(ledger, x.u),
        })];

    List<string> Requirements()
    {
        string Of(string rule) => Scope(ledger.Units.Where(u => OutcomesOf(u.Id).Any(o => o.RuleId == rule)));
        bool Any(string rule) => ledger.Units.Any(u => OutcomesOf(u.Id).Any(o => o.RuleId == rule));
        var list = new List<string>
        {
            "持续用力抓好整改落实。各单位要确保整改方案不折不扣落到实处，整改承诺一条一条得到兑现。",
        };
        if (Any("consolidate")) list.Add($"对基本完成的整改任务（涉及{Of("consolidate")}），要提出巩固提高的具体要求。");
        if (Any("itemize")) list.Add($"对尚未完成整改的（涉及{Of("itemize")}），要逐项明确责任、逐项落实措施、逐项跟踪推进。");
        if (_notices.Value.Count > 0) list.Add($"收到督办通知单的{Scope(_notices.Value.Select(n => n.Unit))}，要按照“回炉”“补课”的要求限期整改到位，并按时报送办理结果。");
        if (Any("include-new")) list.Add($"对“回头看”中新发现的问题（涉及{Of("include-new")}），要及时纳入整改内容。");
        list.Add("加大开门整改力度，通过电视、报纸、网络等媒体公布整改进展和完成情况，接受群众监督。");
        list.Add("严格责任追究，把整改落实情况作为领导班子、领导干部年度考核的重要内容。");
        return list;
    }
}
