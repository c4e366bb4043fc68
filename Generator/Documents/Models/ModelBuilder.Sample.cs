using System.Globalization;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Sampling;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>The 表格类别 of a 抽查记录表, sealed in its identity and shown in its locked form.kind control.</summary>
    public const string SampleRecordKind = "抽查记录表";

    /// <summary>
    /// The 抽查名单 model of <paramref name="draw"/> on <paramref name="date"/>: numbered with the notices' 机关代字 and 抽
    /// (<paramref name="serial"/>: the how-many-th draw of the campaign), the seed to draw it again, each stratum and the units drawn
    /// with why each weighed.
    /// </summary>
    public Dictionary<string, object?> SampleList(SampleDraw draw, DateOnly date, int serial = 1)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var c = ledger.Campaign;
        var seed = draw.Seed.ToString(CultureInfo.InvariantCulture);
        var strata = draw.Strata.Select((s, n) => (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)(n + 1), ["name"] = s.Stratum.Name, ["kind"] = s.Stratum.Kind, ["level"] = s.Stratum.Level,
            ["units"] = (long)s.Stratum.Units.Count, ["drawn"] = (long)s.Drawn,
        }).ToList();
        var units = draw.Units.Select((u, n) => (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)(n + 1), ["id"] = u.Unit.Id, ["name"] = u.Unit.DisplayName, ["kind"] = u.Unit.Kind, ["level"] = u.Stratum.Level,
            ["stratum"] = u.Stratum.Name, ["parent"] = ParentOrgOf(u.Unit),
            ["weight"] = u.Weight.ToString("0.#", CultureInfo.InvariantCulture),
            ["reasons"] = u.Reasons.Count == 0 ? "随机抽取" : string.Join("，", u.Reasons),
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign,
            ["sample"] = new Dictionary<string, object?>
            {
                ["number"] = Gw.DocNo(c.Code + "抽", c.Year, Math.Max(1, serial)),
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date), ["seed"] = seed, ["size"] = draw.Size.Text,
                ["total"] = (long)draw.Units.Count, ["population"] = (long)ledger.Units.Count,
                ["opening"] = $"按照逐级督查、重点抽查的要求，从{ledger.Units.Count}个单位中按单位类别和层级分层、向逾期、群众不满意、" +
                    $"四风反弹回潮、受到问责和专项整治事项多的单位倾斜，抽取{draw.Units.Count}个单位进行抽查（抽样种子{seed}，可据此复现）。名单如下：",
                ["strata"] = strata, ["units"] = units,
            },
        };
    }

    /// <summary>
    /// The 抽查记录表 model of one sampled unit: the unit, the draw's seed and why the unit weighed, and its open items (not 已销号)
    /// with their stage, each to be given 核查情况, 核查结论 and 退回原因.
    /// </summary>
    public Dictionary<string, object?> SampleRecord(SampledUnit sampled, SampleDraw draw, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(sampled);
        ArgumentNullException.ThrowIfNull(draw);
        var unit = sampled.Unit;
        var asOf = ledger.Campaign.AsOf;
        var items = ledger.ItemsOf(unit.Id).Where(i => !i.Closed).Select((i, n) =>
        {
            var m = ItemModel(i, n + 1, unit, asOf);
            m["stage"] = (i.Stage ?? ItemStages.OfProgress(i.Status)).Text();
            return (object?)m;
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["record"] = new Dictionary<string, object?>
            {
                ["kind"] = SampleRecordKind, ["title"] = "整改落实情况“回头看”抽查记录表",
                ["seed"] = draw.Seed.ToString(CultureInfo.InvariantCulture), ["stratum"] = sampled.Stratum.Name,
                ["reasons"] = sampled.Reasons.Count == 0 ? "随机抽取" : string.Join("，", sampled.Reasons),
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
            },
            ["items"] = items,
        };
    }

    /// <summary>Who a unit's 抽查记录表 is for: the campaign, the unit, the kind 抽查记录表.</summary>
    public Identity.FormIdentity SampleRecordIdentityOf(Ledger.Unit unit) => new(ledger.Campaign.CampaignId, unit.Id, SampleRecordKind);

    /// <summary>The one way a 抽查记录表 is made: rendered from <see cref="SampleRecord"/>, then stamped with its sealed identity.</summary>
    /// <exception cref="Identity.CampaignKeyException">the campaign key cannot be read or created.</exception>
    public Engine.RenderResult RenderSampleRecord(Engine.DocxTemplate template, SampledUnit sampled, SampleDraw draw, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(sampled);
        var seal = SampleRecordIdentityOf(sampled.Unit).Seal(Identity.CampaignKeys.ForGenerating(ledger.Campaign.CampaignId));
        var result = template.Render(SampleRecord(sampled, draw, date), cancellationToken);
        return result.Document is null ? result : result with { Document = Identity.FormStamp.Write(result.Document, seal) };
    }
}
