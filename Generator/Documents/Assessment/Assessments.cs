using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Documents.Assessment;

/// <summary>
/// 年度考核 (the seed: 把整改落实情况作为领导班子、领导干部年度考核的重要内容 … 整改不力的不能列入评先选优对象): every unit and person
/// of a campaign judged by the rules file's assessment rule, on the ledger as the trail leaves it.
/// </summary>
public static class Assessments
{
    /// <summary>One row per unit and per person in ledger order, or the problems of the score rule, each naming the unit.</summary>
    public static AssessmentResult Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var ledger = campaign.Ledger;
        var rule = campaign.Rules.Assessment;
        var rows = new List<AssessmentRow>();
        var problems = new List<Diagnostic>();
        foreach (var unit in ledger.Units)
        {
            var outcomes = campaign.Outcomes.GetValueOrDefault(unit.Id) ?? [];
            var (score, excluded, failed) = rule.Judge(ledger, unit, outcomes);
            problems.AddRange(failed.Select(f => new Diagnostic(campaign.Rules.File, f.Where, $"unit {unit.Id}: {f.Message}")));
            var above = unit.IsPerson && unit.Org.Length > 0 ? unit.Org : unit.Parent is { } p ? ledger.FindInWhole(p)?.Name ?? "" : "";
            var items = ledger.ItemsOf(unit.Id).ToList();
            var stats = Rules.UnitStats.Of(items, ledger.Campaign.AsOf, ledger.RulesMadeBy(unit.Id));
            rows.Add(new AssessmentRow(unit, above, items, stats, outcomes, excluded, score));
        }
        return problems.Count > 0 ? new AssessmentResult([], problems) : new AssessmentResult(rows, []);
    }
}

/// <summary>The rows, or every problem met judging them.</summary>
public sealed record AssessmentResult(IReadOnlyList<AssessmentRow> Rows, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when every unit was judged.</summary>
    public bool Success => Problems.Count == 0;
}
