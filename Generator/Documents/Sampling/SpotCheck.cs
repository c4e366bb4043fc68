using OfficeTools.Data;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Sampling;

/// <summary>How big a 抽查 is: a total spread over the strata by their size, or a number from each stratum.</summary>
public sealed record SampleSize(int? Total, int? PerStratum)
{
    /// <summary>How the size reads in messages and the trail (抽取5个 / 每层2个).</summary>
    public string Text => PerStratum is { } n ? $"每层{n}个" : $"共{Total}个";
}

/// <summary>One stratum of the draw: the units of one kind at one level.</summary>
public sealed record Stratum(string Kind, string Level, IReadOnlyList<Unit> Units)
{
    /// <summary>The stratum's name (基层党组织·村（社区）).</summary>
    public string Name => $"{Kind}·{Level}";
}

/// <summary>A sampled unit: its stratum, its risk weight and the reasons that weigh (逾期事项2项, 群众不满意1项…).</summary>
public sealed record SampledUnit(Unit Unit, Stratum Stratum, double Weight, IReadOnlyList<string> Reasons);

/// <summary>A 抽查 draw: the seed, the size, every stratum with how many were drawn from it, and the units drawn in draw order.</summary>
public sealed record SampleDraw(ulong Seed, SampleSize Size, IReadOnlyList<(Stratum Stratum, int Drawn)> Strata, IReadOnlyList<SampledUnit> Units);

/// <summary>What <see cref="SpotCheck.Draw"/> gives: the draw, or every located problem (a bad size, a stratum too small).</summary>
public sealed record SampleResult(SampleDraw? Draw, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the draw was made.</summary>
    public bool Success => Draw is not null;
}

/// <summary>
/// 抽查: a reproducible draw of units, stratified by unit kind and level and weighted towards risk. The same seed with the same
/// ledger and trail gives the same draw (<see cref="Xoshiro256"/>), whatever the runtime.
/// </summary>
public static class SpotCheck
{
    /// <summary>Where problems of the size are located (the command line's options).</summary>
    public const string SizeOption = "--size", PerStratumOption = "--per-stratum";

    /// <summary>The level a unit stands at (<see cref="UnitTree.Level"/>), in the whole ledger a subtree was cut from: 县直部门, 乡镇, 村（社区）….</summary>
    public static string LevelName(Ledger.Ledger ledger, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return UnitTree.Of(ledger.Whole ?? ledger).Level(unit).Name;
    }

    /// <summary>The strata of the campaign's units: by kind (in <see cref="UnitKinds.All"/> order), then level; units in ledger order.</summary>
    public static IReadOnlyList<Stratum> Strata(Ledger.Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return [.. ledger.Units
            .GroupBy(u => (Kind: u.Kind, Level: UnitTree.Of(ledger.Whole ?? ledger).Level(u)))
            .OrderBy(g => UnitKinds.All.ToList().IndexOf(g.Key.Kind) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Level.Depth).ThenBy(g => g.Key.Level.Name, StringComparer.Ordinal)
            .Select(g => new Stratum(g.Key.Kind, g.Key.Level.Name, [.. g]))];
    }

    /// <summary>A unit's risk weight and its reasons: 1, plus 2 an overdue item, 2 a 不满意, 3 a relapse, 1 a special-task item, 3 for a penalty.</summary>
    public static (double Weight, IReadOnlyList<string> Reasons) Risk(Campaigns.Campaign campaign, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        var asOf = campaign.Ledger.Campaign.AsOf;
        var items = campaign.Ledger.ItemsOf(unit.Id).ToList();
        var overdue = items.Count(i => UnitStats.IsOverdue(i, asOf));
        var unsatisfied = items.Count(i => i.Satisfaction == "不满意");
        var relapse = items.Count(i => i.Relapse);
        var tasks = items.Count(i => i.Task is not null);
        var penalised = campaign.Outcomes.TryGetValue(unit.Id, out var o) && o.Any(x => x.Category == "penalty");
        var reasons = new List<string>();
        if (overdue > 0) reasons.Add($"逾期事项{overdue}项");
        if (unsatisfied > 0) reasons.Add($"群众不满意{unsatisfied}项");
        if (relapse > 0) reasons.Add($"四风反弹回潮{relapse}项");
        if (tasks > 0) reasons.Add($"专项整治事项{tasks}项");
        if (penalised) reasons.Add("本轮有问责处理");
        return (1 + 2.0 * overdue + 2.0 * unsatisfied + 3.0 * relapse + tasks + (penalised ? 3 : 0), reasons);
    }

    /// <summary>
    /// Draws the sample of <paramref name="campaign"/> with <paramref name="seed"/>: each stratum's units weighted by
    /// <see cref="Risk"/> and drawn without replacement (Efraimidis–Spirakis keys), the total spread over the strata by their size
    /// (largest remainder). Problems, all at once: no size or two, a size below 1, a total larger than the units, a per-stratum
    /// size larger than a stratum (each such stratum named).
    /// </summary>
    public static SampleResult Draw(Campaigns.Campaign campaign, ulong seed, SampleSize size)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(size);
        var ledger = campaign.Ledger;
        var strata = Strata(ledger);
        var problems = new List<Diagnostic>();
        void Problem(string where, string message) => problems.Add(new Diagnostic("抽查", where, message) { Id = "sample-size" });
        if (size.Total is not null && size.PerStratum is not null) Problem($"{SizeOption} and {PerStratumOption}", "give the size in total or per stratum, not both");
        else if (size.Total is null && size.PerStratum is null) Problem(SizeOption, "no sample size given");
        if (size.Total is { } t && t < 1) Problem($"{SizeOption} {t}", "the sample needs at least 1 unit");
        else if (size.Total is { } total && total > ledger.Units.Count)
            Problem($"{SizeOption} {total}", $"larger than the {ledger.Units.Count} unit(s) of the ledger");
        if (size.PerStratum is { } p && p < 1) Problem($"{PerStratumOption} {p}", "each stratum needs at least 1 unit");
        else if (size.PerStratum is { } per)
            foreach (var s in strata.Where(s => s.Units.Count < per))
                Problem($"{PerStratumOption} {per}", $"stratum {s.Name} has only {s.Units.Count} unit(s)");
        if (problems.Count > 0) return new SampleResult(null, problems);

        var counts = size.PerStratum is { } n ? [.. strata.Select(_ => n)] : Allocate(strata, size.Total!.Value);
        var random = new Xoshiro256(seed);
        var drawn = new List<SampledUnit>();
        var perStratum = new List<(Stratum, int)>();
        for (var k = 0; k < strata.Count; k++)
        {
            var s = strata[k];
            // every unit gets its key, drawn or not, so a stratum's draw never depends on how many the one before took
            var keyed = s.Units.Select(u => (Unit: u, Risk: Risk(campaign, u), U: random.NextOpenUnit()))
                .Select(x => (x.Unit, x.Risk, Key: Math.Log(x.U) / x.Risk.Weight)).ToList();
            var taken = keyed.OrderByDescending(x => x.Key).ThenBy(x => x.Unit.Id, StringComparer.Ordinal).Take(counts[k]).ToList();
            drawn.AddRange(taken.Select(x => new SampledUnit(x.Unit, s, x.Risk.Weight, x.Risk.Reasons)));
            perStratum.Add((s, taken.Count));
        }
        return new SampleResult(new SampleDraw(seed, size, perStratum, drawn), []);
    }

    // a total over the strata in proportion to their sizes, remainders to the largest fractions (earlier strata on ties)
    static int[] Allocate(IReadOnlyList<Stratum> strata, int total)
    {
        var all = strata.Sum(s => s.Units.Count);
        var exact = strata.Select(s => (double)total * s.Units.Count / all).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - counts.Sum();
        foreach (var k in Enumerable.Range(0, strata.Count).OrderByDescending(k => exact[k] - counts[k]).ThenBy(k => k))
        {
            if (left == 0) break;
            if (counts[k] >= strata[k].Units.Count) continue;
            counts[k]++;
            left--;
        }
        return counts;
    }
}
