using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Rules;

/// <summary>Counts over one unit's items, as rules and the briefing use them.</summary>
public sealed record UnitStats(int Items, int Done, int Partial, int NotStarted, int Overdue, int Satisfied, int Basic,
    int Unsatisfied, int Unassessed, int NewlyFound, int Formalism, int Relapse, int RulesMade)
{
    /// <summary>Items the level above sent back (退回重办, 回炉).</summary>
    public int Rework { get; init; }

    /// <summary>Items closed (已销号).</summary>
    public int Closed { get; init; }

    /// <summary>Done items / items (0 when there are none).</summary>
    public double DoneRate => Items == 0 ? 0 : (double)Done / Items;

    /// <summary>Closed items (已销号) / items (0 when there are none).</summary>
    public double ClosedRate => Items == 0 ? 0 : (double)Closed / Items;

    /// <summary>(满意 + 基本满意) / assessed items (0 when none is assessed).</summary>
    public double SatisfactionRate => Items - Unassessed == 0 ? 0 : (double)(Satisfied + Basic) / (Items - Unassessed);

    /// <summary>True when an item is not done and its due date is before <paramref name="asOf"/>.</summary>
    public static bool IsOverdue(LedgerItem i, DateOnly asOf) => i.State != "done" && i.Due < asOf;

    /// <summary>The counts for <paramref name="items"/> judged at <paramref name="asOf"/>.</summary>
    public static UnitStats Of(IReadOnlyCollection<LedgerItem> items, DateOnly asOf, int rulesMade) => new(
        items.Count, items.Count(i => i.State == "done"), items.Count(i => i.State == "partial"),
        items.Count(i => i.State == "not_started"), items.Count(i => IsOverdue(i, asOf)),
        items.Count(i => i.Satisfaction == "满意"), items.Count(i => i.Satisfaction == "基本满意"),
        items.Count(i => i.Satisfaction == "不满意"), items.Count(i => i.Satisfaction.Length == 0),
        items.Count(i => i.NewlyFound), items.Count(i => i.Formalism), items.Count(i => i.Relapse), rulesMade)
    {
        Rework = items.Count(i => i.Rework), Closed = items.Count(i => i.Closed),
    };
}
