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
        var reported = ledger.Units.Count(u => ledger.ItemsOf(u.Id).Any());
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
            var o = OutcomesOf(u.Id).Where(x => x.Category != "requirement").Select(x => x.Kind).ToList();
            return (object?)new Dictionary<string, object?>
            {
                ["no"] = (long)(n + 1), ["name"] = u.Name, ["kind"] = u.Kind, ["items"] = (long)s.Items, ["done"] = (long)s.Done,
                ["partial"] = (long)s.Partial, ["not_started"] = (long)s.NotStarted,
                ["rate"] = s.Items == 0 ? "—" : Gw.Rate(s.DoneRate),
                ["satisfaction"] = s.Items - s.Unassessed == 0 ? "—" : Gw.Rate(s.SatisfactionRate),
                ["outcome"] = o.Count == 0 ? "—" : string.Join("、", o),
            };
        }).ToList();
        var notices = _notices.Value;
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
                ["units"] = (long)ledger.Units.Count, ["items"] = (long)all.Items, ["done"] = (long)all.Done,
                ["partial"] = (long)all.Partial, ["not_started"] = (long)all.NotStarted, ["completion_rate"] = Gw.Rate(all.DoneRate),
                ["satisfied"] = (long)all.Satisfied, ["basic"] = (long)all.Basic, ["unsatisfied"] = (long)all.Unsatisfied,
                ["satisfaction_rate"] = Gw.Rate(all.SatisfactionRate), ["newly_found"] = (long)all.NewlyFound,
                ["rules_made"] = (long)all.RulesMade, ["submitted"] = (long)reported, ["missing"] = (long)(ledger.Units.Count - reported),
                ["tasks"] = tasks,
            },
            ["units"] = units,
            ["praise"] = Praise(),
            ["criticism"] = Criticism(),
            ["notices"] = notices.Select(n => (object?)new Dictionary<string, object?> { ["unit"] = n.Unit.Name, ["number"] = n.Number }).ToList(),
            ["requirements"] = Requirements().Cast<object?>().ToList(),
            ["attachments"] = new List<object?>
            {
                new Dictionary<string, object?> { ["no"] = 1L, ["title"] = "各单位整改落实情况统计表" },
                new Dictionary<string, object?> { ["no"] = 2L, ["title"] = "21项专项整治任务进展情况表" },
            },
        };
    }

    // One line per unit: a briefing names the unit and what it did, the item-by-item detail is in the notices and index.json.
    List<object?> Praise() => [.. ledger.Units.SelectMany(u => OutcomesOf(u.Id).Where(o => o.Category == "praise").Select(o =>
    {
        var s = UnitStats.Of(ledger.ItemsOf(u.Id).ToList(), ledger.Campaign.AsOf, 0);
        return (object?)new Dictionary<string, object?>
        {
            ["name"] = u.Name, ["reason"] = $"{o.Reason}，{s.Items}项整改事项全部整改到位，群众满意率{Gw.Rate(s.SatisfactionRate)}",
        };
    }))];

    List<object?> Criticism() => [.. ledger.Units.Select(u => (u, o: OutcomesOf(u.Id).Where(o => o.Category == "penalty").ToList()))
        .Where(x => x.o.Count > 0)
        .Select(x => (object?)new Dictionary<string, object?>
        {
            ["name"] = x.u.Name, ["outcome"] = string.Join("、", x.o.Select(o => o.Kind).Distinct()),
            ["reason"] = string.Join("；", x.o.Select(o => o.Reason).Distinct())
                + $"（涉及整改事项{x.o.SelectMany(o => o.Items).Select(i => i.Id).Distinct().Count()}项）",
        })];

    List<string> Requirements()
    {
        int Count(string rule) => ledger.Units.Count(u => OutcomesOf(u.Id).Any(o => o.RuleId == rule));
        var list = new List<string>
        {
            "持续用力抓好整改落实。各单位要确保整改方案不折不扣落到实处，整改承诺一条一条得到兑现。",
        };
        if (Count("consolidate") is > 0 and var a) list.Add($"对基本完成的整改任务（涉及{a}个单位），要提出巩固提高的具体要求。");
        if (Count("itemize") is > 0 and var b) list.Add($"对尚未完成整改的（涉及{b}个单位），要逐项明确责任、逐项落实措施、逐项跟踪推进。");
        if (_notices.Value.Count is > 0 and var n) list.Add($"收到督办通知单的{n}个单位，要责成“回炉”“补课”，限期整改到位，并按时报送办理结果。");
        if (Count("include-new") is > 0 and var d) list.Add($"对“回头看”中新发现的问题（涉及{d}个单位），要及时纳入整改内容。");
        list.Add("加大开门整改力度，通过电视、报纸、网络等媒体公布整改进展和完成情况，接受群众监督。");
        list.Add("严格责任追究，把整改落实情况作为领导班子、领导干部年度考核的重要内容。");
        return list;
    }
}
