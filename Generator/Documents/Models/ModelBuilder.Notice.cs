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
        return ledger.Units.Where(u => outcomes.TryGetValue(u.Id, out var o) && o.Any(x => x.Notice))
            .Select((u, n) => (u, Gw.DocNo(c.Code, c.Year, c.NoticeSerial + n))).ToList();
    }

    /// <summary>The notice model of one unit numbered <paramref name="number"/>.</summary>
    public Dictionary<string, object?> Notice(Unit unit, string number)
    {
        var c = ledger.Campaign;
        var all = OutcomesOf(unit.Id);
        var noticeOutcomes = all.Where(o => o.Notice).ToList();
        var ids = noticeOutcomes.SelectMany(o => o.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var items = ledger.ItemsOf(unit.Id).Where(i => ids.Contains(i.Id));
        var deadline = c.NoticeDate.AddDays(c.NoticeDays);
        var requirements = noticeOutcomes.SelectMany(o => o.Requirements).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["items"] = ItemModels(items, unit, c.AsOf),
            ["notice"] = new Dictionary<string, object?>
            {
                ["number"] = number, ["date"] = Gw.Date(c.NoticeDate), ["date_iso"] = Gw.Iso(c.NoticeDate),
                ["deadline"] = Gw.Date(deadline), ["deadline_iso"] = Gw.Iso(deadline),
                ["basis"] = "根据《关于对教育实践活动整改落实情况进行“回头看”的通知》要求，经督查，你单位"
                    + string.Join("；", noticeOutcomes.Select(o => o.Reason).Distinct()) + $"，涉及整改事项{ids.Count}项（见督办事项），依规予以督办。",
                ["requirements"] = requirements.Cast<object?>().ToList(),
                ["feedback"] = c.Feedback.Length > 0 ? c.Feedback : $"书面报送{c.OfficeShort}，并附佐证材料；联系人：{c.Contact}，电话：{c.Phone}",
                ["outcomes"] = all.Select(o => (object?)new Dictionary<string, object?> { ["kind"] = o.Kind, ["reason"] = o.ReasonText }).ToList(),
            },
        };
    }
}
