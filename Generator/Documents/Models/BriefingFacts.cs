using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

/// <summary>
/// A briefing's line about one unit, built from what the unit did (its items, what it completed, the rules it made,
/// how the masses judged it), so that no two lines read alike and no rule's label stands in for the facts.
/// </summary>
public static class BriefingFacts
{
    /// <summary>Why a unit is praised: its work named by its first problem, the rules it made, the masses' verdict, the new problems it took up.</summary>
    public static string Praise(Ledger.Ledger ledger, Unit unit)
    {
        var items = ledger.ItemsOf(unit.Id).ToList();
        var s = UnitStats.Of(items, ledger.Campaign.AsOf, 0);
        var parts = new List<string> { Work(items, s) };
        var rules = ledger.RulesMade.Where(r => r.Unit == unit.Id).Select(r => $"《{r.Title.Trim('《', '》')}》").ToList();
        if (rules.Count > 0) parts.Add($"出台{string.Concat(rules.Take(2))}{(rules.Count > 2 ? $"等{rules.Count}项制度" : "")}");
        if (s.Items - s.Unassessed > 0)
            parts.Add(s.Satisfied == s.Items ? "群众评价全部为满意"
                : $"群众评价满意{s.Satisfied}项{(s.Basic > 0 ? $"、基本满意{s.Basic}项" : "")}");
        if (s.NewlyFound > 0) parts.Add($"对“回头看”中新发现的{s.NewlyFound}个问题及时纳入整改");
        return string.Join("，", parts) + "。";
    }

    /// <summary>What a penalised unit fell short in, counted from its items (each item counted under its gravest finding).</summary>
    public static string Shortfalls(Ledger.Ledger ledger, Unit unit)
    {
        var asOf = ledger.Campaign.AsOf;
        var items = ledger.ItemsOf(unit.Id).ToList();
        var found = items.GroupBy(i => i.Relapse ? 0 : i.Formalism ? 1 : UnitStats.IsOverdue(i, asOf) ? 2 : i.Satisfaction == "不满意" ? 3 : 4)
            .Where(g => g.Key < 4).OrderBy(g => g.Key)
            .Select(g => (g.Key, Count: g.Count())).ToList();
        var whose = unit.IsPerson ? "个人整改的" : "列入整改的";
        if (found.Count == 0) return $"{whose}{items.Count}项事项整改不力";
        return found.Count == 1 && found[0].Count == items.Count ? $"{whose}{items.Count}项事项均{Finding[found[0].Key]}"
            : $"{whose}{items.Count}项事项中，{string.Join("，", found.Select(f => $"{f.Count}项{Finding[f.Key]}"))}";
    }

    static readonly string[] Finding = ["出现“四风”问题反弹回潮", "整改搞形式、走过场", "已过整改时限仍未整改到位", "整改后群众评价不满意"];

    static string Work(List<LedgerItem> items, UnitStats s)
    {
        if (items.Count == 0) return "整改工作抓得紧、成效好";
        var first = Gw.Quote(Gw.Condense(items[0].Problem));
        var done = s.Done == s.Items ? "全部整改到位" : $"已整改到位{s.Done}项";
        return s.Items == 1 ? $"{first}问题{(s.Done == 1 ? "已整改到位" : "正在整改")}" : $"{first}等{s.Items}项整改事项{done}";
    }
}
