using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Assessment;

/// <summary>One unit's or one person's 年度考核 figures: the counts and rates of its items, its outcomes, the flag and the score.</summary>
public sealed record AssessmentRow(Unit Unit, string Above, IReadOnlyList<LedgerItem> Items, UnitStats Stats, IReadOnlyList<Outcome> Outcomes,
    bool Excluded, double Score)
{
    /// <summary>True for a person (党员干部, 党员领导干部): the row goes on the persons' sheet.</summary>
    public bool IsPerson => Unit.IsPerson;

    /// <summary>The outcomes that judge the unit (问责 and 表扬), each with its reason and how many items it rests on.</summary>
    public IEnumerable<string> Judgements => Outcomes.Where(o => o.Category is "penalty" or "praise")
        .Select(o => o.Items.Count > 0 ? $"{o.InShort}（{o.Reason}，涉及{o.Items.Count}项）" : $"{o.InShort}（{o.Reason}）");
}
