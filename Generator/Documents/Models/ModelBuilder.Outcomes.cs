using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>The units and persons whose outcomes call for <paramref name="document"/>, in ledger order, each with that outcome.</summary>
    public IReadOnlyList<(Unit Unit, Outcome Outcome)> OutcomeUnits(OutcomeDocument document) =>
        [.. ledger.Units.Select(u => (u, OutcomesOf(u.Id).FirstOrDefault(o => o.Document == document)))
            .Where(p => p.Item2 is not null).Select(p => (p.u, p.Item2!))];

    /// <summary>The ledger items an outcome names as its reason, in ledger order (never a closed one).</summary>
    public IReadOnlyList<LedgerItem> ReasonItems(Unit unit, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(outcome);
        var ids = outcome.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ledger.ItemsOf(unit.Id).Where(i => ids.Contains(i.Id) && !i.Closed)];
    }

    /// <summary>
    /// The 约谈提醒通知 model of a unit or person whose <paramref name="outcome"/> calls a 约谈: numbered with the notices' 机关代字 and
    /// 谈 (<paramref name="serial"/>), dated <paramref name="date"/>, the items with their 限期 and progress, the day to come by.
    /// </summary>
    public Dictionary<string, object?> TalkNotice(Unit unit, Outcome outcome, DateOnly date, int serial)
    {
        var c = ledger.Campaign;
        var items = ReasonItems(unit, outcome);
        var by = date.AddDays(OutcomeWording.TalkWithinDays);
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["talk"] = new Dictionary<string, object?>
            {
                ["number"] = Gw.DocNo(c.Code + "谈", c.Year, Math.Max(1, serial)),
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date), ["by"] = Gw.Date(by), ["by_iso"] = Gw.Iso(by),
                ["addressee"] = OutcomeWording.Addressee(unit),
                ["opening"] = OutcomeWording.TalkOpening(unit, outcome, items.Count),
                ["arrangement"] = OutcomeWording.TalkArrangement(unit, Gw.Date(by)),
                ["requirements"] = OutcomeWording.TalkRequirements(unit).Cast<object?>().ToList(),
                ["items"] = OutcomeItems(items),
            },
        };
    }

    /// <summary>The 约谈记录 model: who is talked to and why, for the form the talk is recorded on.</summary>
    public Dictionary<string, object?> TalkRecord(Unit unit, Outcome outcome, DateOnly date, string number) =>
        RecordModel(unit, outcome, date, "约谈记录", "约谈提醒谈话记录", $"依据{number}约谈提醒通知。");

    /// <summary>The 诫勉谈话记录 model: who is admonished and why, for the form the talk is recorded on.</summary>
    public Dictionary<string, object?> AdmonitionRecord(Unit unit, Outcome outcome, DateOnly date) =>
        RecordModel(unit, outcome, date, "诫勉谈话记录", "诫勉谈话记录", "");

    Dictionary<string, object?> RecordModel(Unit unit, Outcome outcome, DateOnly date, string kind, string title, string basis)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(outcome);
        var items = ReasonItems(unit, outcome);
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["record"] = new Dictionary<string, object?>
            {
                ["kind"] = kind, ["title"] = title, ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
                ["subject"] = OutcomeWording.Subject(unit), ["post"] = OutcomeWording.SubjectPost(unit),
                ["org"] = unit.IsPerson ? ParentOrgOf(unit) : unit.OrgName,
                ["grounds"] = OutcomeWording.Grounds(outcome, items) + basis,
                ["action"] = outcome.Action,
            },
        };
    }

    /// <summary>
    /// The 表扬通报 model on <paramref name="date"/>: every unit and person an outcome commends (units first, then persons), each
    /// with its items and satisfaction; numbered with the notices' 机关代字 and 表 (<paramref name="serial"/>).
    /// </summary>
    public Dictionary<string, object?> Commendation(DateOnly date, int serial = 1)
    {
        var c = ledger.Campaign;
        var commended = OutcomeUnits(OutcomeDocument.Commendation);
        List<object?> Entries(bool persons) => [.. commended.Where(p => p.Unit.IsPerson == persons).Select((p, n) =>
        {
            var stats = UnitStats.Of([.. ledger.ItemsOf(p.Unit.Id)], c.AsOf, 0);
            return (object?)new Dictionary<string, object?>
            {
                ["no"] = (long)(n + 1), ["name"] = p.Unit.DisplayName,
                ["text"] = $"整改事项{stats.Items}项全部整改到位，群众满意率{Gw.Rate(stats.SatisfactionRate)}。",
            };
        })];
        var units = Entries(false);
        var persons = Entries(true);
        var reason = commended.Count > 0 ? commended[0].Outcome.Reason : "";
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign,
            ["commendation"] = new Dictionary<string, object?>
            {
                ["number"] = Gw.DocNo(c.Code + "表", c.Year, Math.Max(1, serial)),
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
                ["title"] = OutcomeWording.CommendationTitle(units.Count, persons.Count),
                ["recipients"] = c.Recipients.TrimEnd('：', ':', '。'),
                ["opening"] = OutcomeWording.CommendationOpening(units.Count, persons.Count, reason),
                ["closing"] = OutcomeWording.CommendationClosing,
                ["units"] = units, ["persons"] = persons,
            },
        };
    }

    List<object?> OutcomeItems(IReadOnlyList<LedgerItem> items)
    {
        var asOf = ledger.Campaign.AsOf;
        return [.. items.Select((i, n) => (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)(n + 1), ["problem"] = i.Problem, ["due"] = Gw.Date(i.Due), ["due_iso"] = Gw.Iso(i.Due),
            ["stage"] = (i.Stage ?? ItemStages.OfProgress(i.Status)).Text(),
            ["overdue"] = UnitStats.IsOverdue(i, asOf) ? $"逾期{asOf.DayNumber - i.Due.DayNumber}天" : "",
        })];
    }
}
