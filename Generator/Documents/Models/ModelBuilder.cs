using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

/// <summary>
/// Builds the render models of Templates/README.md (plain dictionaries and lists) from a ledger and its rule outcomes.
/// </summary>
public sealed partial class ModelBuilder(Ledger.Ledger ledger, IReadOnlyDictionary<string, IReadOnlyList<Outcome>> outcomes, int round = 1)
{
    /// <summary>The round the documents are for (a notice carries it, and its return slip is tied to it).</summary>
    public int Round => round;

    readonly Dictionary<string, object?> _campaign = CampaignModel(ledger.Campaign);
    readonly Lazy<IReadOnlyList<(Unit Unit, string Number)>> _notices = new(() => NoticeUnitsOf(ledger, outcomes));

    /// <summary>The ledger the models come from.</summary>
    public Ledger.Ledger Ledger => ledger;

    /// <summary>Every unit's outcomes, as given (a subtree's models get the whole campaign's, to number notices as it does).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Outcome>> AllOutcomes => outcomes;

    /// <summary>The outcomes of a unit (empty when none).</summary>
    public IReadOnlyList<Outcome> OutcomesOf(string unitId) => outcomes.TryGetValue(unitId, out var o) ? o : [];

    static Dictionary<string, object?> CampaignModel(Campaign c) => new()
    {
        ["office"] = c.Office, ["office_short"] = c.OfficeShort, ["code"] = c.Code, ["briefing_code"] = c.BriefingCode,
        ["year"] = (long)c.Year, ["start_date"] = Gw.Date(c.StartDate), ["start_date_iso"] = Gw.Iso(c.StartDate),
        ["report_deadline"] = Gw.Date(c.ReportDeadline), ["report_deadline_iso"] = Gw.Iso(c.ReportDeadline),
        ["contact"] = c.Contact, ["phone"] = c.Phone, ["signer"] = c.Signer, ["copy_to"] = Gw.EndWith(c.CopyTo, '。'),
        ["printed_by"] = c.PrintedBy, ["print_date"] = Gw.Date(c.PrintDate), ["print_date_iso"] = Gw.Iso(c.PrintDate),
        ["sealed"] = c.Sealed,
    };

    // name is a person's name without the post (title); parent is the Party organisation above (or the unit's own, for a person)
    Dictionary<string, object?> UnitModel(Unit u) => new()
    {
        ["id"] = u.Id, ["name"] = u.PersonName, ["kind"] = u.Kind, ["parent"] = ParentOrgOf(u), ["title"] = u.Post,
        ["org"] = u.OrgName, ["display_name"] = u.DisplayName, ["head"] = u.Head, ["deputy"] = u.Deputy,
        ["contact"] = u.Contact, ["phone"] = u.Phone,
    };

    /// <summary>The Party organisation above a unit: its parent's organisation, or the campaign's 本级党委 for a unit with no parent.</summary>
    string ParentOrgOf(Unit u) => u.Parent is { } p ? ledger.FindInWhole(p)?.OrgName ?? "" : ledger.Campaign.Committee;

    static List<object?> ItemModels(IEnumerable<LedgerItem> items, Unit unit, DateOnly asOf) =>
        [.. items.Select((i, n) => (object?)ItemModel(i, n + 1, unit, asOf))];

    static Dictionary<string, object?> ItemModel(LedgerItem i, int no, Unit unit, DateOnly asOf) => new()
    {
        ["id"] = i.Id, ["no"] = (long)no, ["focus"] = i.Focus is int f ? (long)f : "", ["task"] = i.Task is int t ? (long)t : "",
        ["focus_title"] = FocusCatalog.TitleOf(i, unit.Kind), ["problem"] = i.Problem, ["measure"] = i.Measure, ["owner"] = i.Owner,
        ["due"] = Gw.Date(i.Due), ["due_iso"] = Gw.Iso(i.Due), ["status"] = i.Status, ["satisfaction"] = i.Satisfaction,
        ["newly_found"] = i.NewlyFound, ["evidence"] = i.Evidence, ["overdue"] = UnitStats.IsOverdue(i, asOf),
        // 回炉: the level above sent it back (退回重办) with a reason
        ["rework"] = i.Rework, ["rework_reason"] = i.Reason,
    };

    /// <summary>The form model of one unit (campaign, unit, form, focus, items).</summary>
    public Dictionary<string, object?> Form(Unit unit)
    {
        // a closed item (已销号) leaves the unit's later forms
        var items = ledger.ItemsOf(unit.Id).Where(i => !i.Closed).ToList();
        var asOf = ledger.Campaign.AsOf;
        var formKind = unit.IsPerson ? UnitKinds.Member : unit.Kind;
        var focus = FocusCatalog.For(unit.Kind).Select(f => (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)f.No, ["title"] = f.Title, ["key_points"] = f.KeyPoints,
            ["items"] = ItemModels(items.Where(i => FocusCatalog.FocusOf(i, unit.Kind) == f.No), unit, asOf),
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["form"] = new Dictionary<string, object?>
            {
                ["kind"] = formKind, ["title"] = $"教育实践活动整改落实情况“回头看”自查报告表（{formKind}）",
                ["deadline"] = Gw.Date(ledger.Campaign.ReportDeadline), ["deadline_iso"] = Gw.Iso(ledger.Campaign.ReportDeadline),
            },
            ["focus"] = focus, ["items"] = ItemModels(items, unit, asOf),
        };
    }
}
