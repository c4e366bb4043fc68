using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>
    /// The 公示 model: unit-level progress for the public, of every unit that is not a person (items, 整改到位, 已销号 and their
    /// rates, by level). It holds on purpose nothing personal: no person-unit, no outcome or its reason, no problem text, no name of
    /// an individual (not even the office's 联系人 or 签发人), since a person's discipline is no public matter.
    /// </summary>
    public Dictionary<string, object?> Bulletin(DateOnly? date = null)
    {
        var c = ledger.Campaign;
        var day = date ?? c.AsOf;
        var units = ledger.Units.Where(u => !u.IsPerson).ToList();
        var rows = units.Select((u, n) =>
        {
            var s = UnitStats.Of(ledger.ItemsOf(u.Id).ToList(), c.AsOf, 0);
            return (object?)new Dictionary<string, object?>
            {
                ["no"] = (long)(n + 1), ["name"] = u.Name, ["kind"] = u.Kind, ["level"] = Sampling.SpotCheck.LevelName(ledger, u),
                ["items"] = (long)s.Items, ["done"] = (long)s.Done, ["closed"] = (long)s.Closed,
                ["done_rate"] = s.Items == 0 ? "—" : Gw.Rate(s.DoneRate), ["closed_rate"] = s.Items == 0 ? "—" : Gw.Rate(s.ClosedRate),
            };
        }).ToList();
        var all = UnitStats.Of([.. units.SelectMany(u => ledger.ItemsOf(u.Id))], c.AsOf, 0);
        return new Dictionary<string, object?>
        {
            // the office only: the campaign's other fields name its staff
            ["campaign"] = new Dictionary<string, object?> { ["office"] = c.Office, ["office_short"] = c.OfficeShort, ["sealed"] = c.Sealed },
            ["bulletin"] = new Dictionary<string, object?>
            {
                // 发文字号: the briefings' 机关代字 with 公, e.g. 青教通公〔2014〕1号
                ["number"] = Gw.DocNo(c.BriefingCode + "公", c.Year, 1),
                ["title"] = "关于教育实践活动整改落实情况“回头看”进展情况的公示",
                ["date"] = Gw.Date(day), ["date_iso"] = Gw.Iso(day), ["as_of"] = Gw.Date(c.AsOf),
                ["opening"] = $"为接受群众监督，现将截至{Gw.Date(c.AsOf)}各单位整改落实情况“回头看”进展情况公示如下。" +
                    $"{units.Count}个单位共有整改事项{all.Items}项，已整改到位{all.Done}项，整改到位率{Gw.Rate(all.DoneRate)}；" +
                    $"已销号{all.Closed}项，销号率{Gw.Rate(all.ClosedRate)}。",
                ["closing"] = "如对公示内容有意见建议，请向本机关反映。",
                ["units"] = (long)units.Count, ["items"] = (long)all.Items, ["done"] = (long)all.Done, ["closed"] = (long)all.Closed,
                ["done_rate"] = Gw.Rate(all.DoneRate), ["closed_rate"] = Gw.Rate(all.ClosedRate),
                ["rows"] = rows,
            },
        };
    }
}
