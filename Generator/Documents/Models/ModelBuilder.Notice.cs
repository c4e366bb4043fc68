using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>Units that get a notice (a notice-issuing outcome), in ledger order, with their serial numbers.</summary>
    public IReadOnlyList<(Unit Unit, string Number)> NoticeUnits() => _notices.Value;

    static List<(Unit Unit, string Number)> NoticeUnitsOf(Ledger.Ledger ledger, IReadOnlyDictionary<string, IReadOnlyList<Outcome>> outcomes)
    {
        var c = ledger.Campaign;
        // a subtree (--under) numbers its notices as the whole campaign does, so a township's notice is the county's
        var ids = ledger.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return (ledger.Whole ?? ledger).Units.Where(u => outcomes.TryGetValue(u.Id, out var o) && o.Any(x => x.Notice))
            .Select((u, n) => (u, Gw.DocNo(c.Code, c.Year, c.NoticeSerial + n))).Where(x => ids.Contains(x.u.Id)).ToList();
    }

    /// <summary>The 限期 every notice of this run sets: the notice date plus the campaign's days.</summary>
    public DateOnly NoticeDeadline => ledger.Campaign.NoticeDate.AddDays(ledger.Campaign.NoticeDays);

    /// <summary>The items a unit's notice supervises (those its notice-issuing outcomes name), in ledger order; never a closed one.</summary>
    public IReadOnlyList<LedgerItem> NoticeItems(Unit unit)
    {
        var ids = OutcomesOf(unit.Id).Where(o => o.Notice).SelectMany(o => o.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ledger.ItemsOf(unit.Id).Where(i => ids.Contains(i.Id) && !i.Closed)];
    }

    /// <summary>The notice model of one unit numbered <paramref name="number"/>.</summary>
    public Dictionary<string, object?> Notice(Unit unit, string number) =>
        NoticeModel(unit, number, round, [.. NoticeItems(unit)], ledger.Campaign.NoticeDate, NoticeDeadline);

    /// <summary>
    /// The model of the notice the trail says was issued to the unit (<paramref name="issued"/>): its number, round and 限期, and
    /// its items as the ledger now has them (a closed one left out, one sent back marked 回炉), so a copy made later is the same notice.
    /// </summary>
    public Dictionary<string, object?> Notice(Unit unit, Campaigns.NoticeRecord issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var ids = issued.Items.ToHashSet(StringComparer.Ordinal);
        return NoticeModel(unit, issued.Number, issued.Round, [.. ledger.ItemsOf(unit.Id).Where(i => ids.Contains(i.Id) && !i.Closed)],
            issued.Deadline.AddDays(-ledger.Campaign.NoticeDays), issued.Deadline);
    }

    Dictionary<string, object?> NoticeModel(Unit unit, string number, int round, List<LedgerItem> items, DateOnly date, DateOnly deadline)
    {
        var c = ledger.Campaign;
        var noticeOutcomes = OutcomesOf(unit.Id).Where(o => o.Notice).ToList();
        var requirements = noticeOutcomes.SelectMany(o => o.Requirements).Distinct().ToList();
        var you = unit.IsPerson ? "你" : "你单位";
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["items"] = ItemModels(items, unit, c.AsOf),
            ["notice"] = new Dictionary<string, object?>
            {
                ["number"] = number, ["round"] = (long)round, ["kind"] = Catalogue.DocumentCatalogue.Notice.Title,
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
                ["deadline"] = Gw.Date(deadline), ["deadline_iso"] = Gw.Iso(deadline),
                ["basis"] = NoticeGrounds.Text(items, you, c.AsOf),
                ["requirements"] = requirements.Cast<object?>().ToList(),
                ["feedback"] = c.Feedback.Length > 0 ? c.Feedback : // the template adds the contact after it
                    $"书面报送{c.OfficeShort}，并附佐证材料",
                ["outcomes"] = OutcomesOf(unit.Id).Select(o => (object?)new Dictionary<string, object?> { ["kind"] = o.Kind, ["reason"] = o.Reason }).ToList(),
                // who the notice speaks to: a unit (你单位, 承办单位, 责任人) or one 党员干部 (你, 承办人, 所在党组织)
                ["you"] = you,
                ["addressee"] = unit.IsPerson ? unit.PersonName + "同志" : unit.Name,
                ["party_label"] = unit.IsPerson ? "承办人" : "承办单位",
                ["party"] = unit.DisplayName,
                ["head_label"] = unit.IsPerson ? "所在党组织" : "责任人",
                ["head"] = unit.IsPerson ? ParentOrgOf(unit) : unit.Head,
                ["signer_label"] = unit.IsPerson ? "本人" : "单位主要负责人",
            },
        };
    }
}
