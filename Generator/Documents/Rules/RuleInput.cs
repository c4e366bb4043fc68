using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using Scriban.Runtime;

namespace OfficeTools.Documents.Rules;

/// <summary>What rule expressions see for one unit: unit, items, stats, campaign, penalties, outcomes.</summary>
internal sealed class RuleInput
{
    public required ScriptObject Unit { get; init; }
    public required IReadOnlyList<(LedgerItem Item, ScriptObject Script)> Items { get; init; }
    public required ScriptObject Stats { get; init; }
    public required ScriptObject Campaign { get; init; }

    public static RuleInput For(Ledger.Ledger ledger, Unit unit)
    {
        var items = ledger.ItemsOf(unit.Id).ToList();
        var asOf = ledger.Campaign.AsOf;
        var scripts = items.Select(i => (i, ItemObject(i, asOf))).ToList();
        return new RuleInput
        {
            Unit = Obj(("id", unit.Id), ("name", unit.Name), ("kind", unit.Kind), ("parent", unit.Parent ?? ""), ("head", unit.Head)),
            Items = scripts,
            Stats = StatsObject(UnitStats.Of(items, asOf, ledger.RulesMadeBy(unit.Id))),
            Campaign = Obj(("year", ledger.Campaign.Year), ("as_of", ledger.Campaign.AsOf.ToString("yyyy-MM-dd")),
                ("start_date", ledger.Campaign.StartDate.ToString("yyyy-MM-dd"))),
        };
    }

    public static ScriptObject ItemObject(LedgerItem i, DateOnly asOf) => Obj(
        ("id", i.Id), ("focus", i.Focus), ("task", i.Task), ("problem", i.Problem), ("measure", i.Measure), ("owner", i.Owner),
        ("due_iso", i.Due.ToString("yyyy-MM-dd")), ("status", i.Status), ("state", i.State), ("satisfaction", i.Satisfaction),
        ("newly_found", i.NewlyFound), ("formalism", i.Formalism), ("relapse", i.Relapse), ("offender", i.Offender),
        ("evidence", i.Evidence), ("overdue", UnitStats.IsOverdue(i, asOf)),
        ("stage", (i.Stage ?? Campaigns.ItemStages.OfProgress(i.Status)).Text()), ("verdict", i.Verdict?.Text() ?? ""),
        ("rework", i.Rework), ("closed", i.Closed));

    static ScriptObject StatsObject(UnitStats s) => Obj(
        ("items", s.Items), ("done", s.Done), ("partial", s.Partial), ("not_started", s.NotStarted), ("overdue", s.Overdue),
        ("satisfied", s.Satisfied), ("basic", s.Basic), ("unsatisfied", s.Unsatisfied), ("unassessed", s.Unassessed),
        ("newly_found", s.NewlyFound), ("formalism", s.Formalism), ("relapse", s.Relapse), ("rules_made", s.RulesMade),
        ("done_rate", s.DoneRate), ("satisfaction_rate", s.SatisfactionRate), ("rework", s.Rework), ("closed", s.Closed),
        ("closed_rate", s.ClosedRate));

    static ScriptObject Obj(params (string Key, object? Value)[] pairs)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in pairs) o.Add(k, v);
        return o;
    }
}
