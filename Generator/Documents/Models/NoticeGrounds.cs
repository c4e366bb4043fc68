using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

/// <summary>
/// The 督办依据 of a notice as prose: the supervised items named by their problems, each once, grouped by what is
/// wrong with them (退回重办 first, then 群众不满意, then 逾期), in the office's voice and without ledger ids.
/// </summary>
public static class NoticeGrounds
{
    /// <summary>How many problems a group names before it says 等N个问题.</summary>
    const int Named = 2;

    /// <summary>The 督办依据 paragraph for <paramref name="items"/>, addressed to <paramref name="you"/> (你单位 / 你).</summary>
    public static string Text(IReadOnlyList<LedgerItem> items, string you, DateOnly asOf)
    {
        var groups = items.GroupBy(i => Ground(i, asOf)).OrderBy(g => g.Key).Select(g => Names(g.ToList()) + Wording[g.Key]).ToList();
        return $"经督查，{you}的整改事项中，{string.Join("；", groups)}。";
    }

    enum Kind { Rework, Unsatisfied, Overdue, Lagging }

    static readonly Dictionary<Kind, string> Wording = new()
    {
        [Kind.Rework] = "经复核整改不到位，已退回重办",
        [Kind.Unsatisfied] = "整改效果不理想，群众评价不满意",
        [Kind.Overdue] = "已过整改时限仍未整改到位",
        [Kind.Lagging] = "整改进展迟缓，尚未整改到位",
    };

    static Kind Ground(LedgerItem i, DateOnly asOf) =>
        i.Rework ? Kind.Rework : i.Satisfaction == "不满意" ? Kind.Unsatisfied : UnitStats.IsOverdue(i, asOf) ? Kind.Overdue : Kind.Lagging;

    // 标有引号的并列成分之间不用顿号 (GB/T 15834): “甲”“乙”2个问题, “甲”“乙”等5个问题.
    static string Names(List<LedgerItem> g)
    {
        var named = string.Concat(g.Take(Named).Select(i => Gw.Quote(Gw.Condense(i.Problem))));
        return g.Count == 1 ? named + "问题" : named + (g.Count > Named ? "等" : "") + Count(g.Count);
    }

    static string Count(int n) => n == 1 ? "问题" : $"{n}个问题";
}
