using OfficeTools.Data;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Campaigns;

/// <summary>
/// One campaign, put together once for every door (the batch, the add-in, the loop's commands): the ledger as the trail
/// leaves it, the rules and their outcomes, the models of every document in the catalogue, the history of the rounds and
/// the round these documents are for. Build it with <see cref="Open"/> (from files) or <see cref="From"/>.
/// </summary>
public sealed class Campaign
{
    Campaign(Ledger.Ledger source, Ledger.Ledger ledger, RuleSet rules, IReadOnlyDictionary<string, IReadOnlyList<Outcome>> outcomes,
        CampaignHistory history, int round)
    {
        Source = source;
        Ledger = ledger;
        Rules = rules;
        // a subtree's outcomes are its units'; the models number its notices as the whole campaign does (they read the whole's)
        Outcomes = ledger.Whole is null ? outcomes : ledger.Units.Where(u => outcomes.ContainsKey(u.Id)).ToDictionary(u => u.Id, u => outcomes[u.Id], StringComparer.Ordinal);
        History = history;
        Round = round;
        Models = new ModelBuilder(ledger, outcomes, round);
    }

    /// <summary>The unit this campaign is cut under (<c>--under</c>), or null for the whole campaign.</summary>
    public Ledger.Unit? Root => Ledger.Root;

    /// <summary>
    /// The same campaign for the subtree under <paramref name="unitId"/> (<c>--under</c>): its units, their items, outcomes and
    /// documents only, each as the whole campaign has it (the rules run on the whole ledger, notices keep the whole's numbers);
    /// this campaign when <paramref name="unitId"/> is null; a located problem (in <paramref name="file"/>) for a unit the
    /// ledger does not hold.
    /// </summary>
    public CampaignResult Under(string? unitId, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (unitId is null) return new CampaignResult(this, []);
        var (sub, problem) = OfficeTools.Documents.Ledger.UnitTree.Cut(Ledger, unitId, file);
        if (sub is null) return new CampaignResult(null, [problem!]);
        return new CampaignResult(new Campaign(Source, sub, Rules, Models.AllOutcomes, History, Round), []);
    }

    /// <summary>The ledger as it was loaded, before the trail: what <see cref="WithHistory"/> builds on.</summary>
    public Ledger.Ledger Source { get; }

    /// <summary>The ledger with the trail's stages, verdicts and closures merged into its items.</summary>
    public Ledger.Ledger Ledger { get; }

    /// <summary>The accountability rules and the 销号 rule.</summary>
    public RuleSet Rules { get; }

    /// <summary>Each unit's outcomes, in rule order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Outcome>> Outcomes { get; }

    /// <summary>The models of every document (forms, notices, the briefing).</summary>
    public ModelBuilder Models { get; }

    /// <summary>The rounds so far, replayed from the trail.</summary>
    public CampaignHistory History { get; }

    /// <summary>The round the documents made from this campaign are for: the one after the last opened.</summary>
    public int Round { get; }

    /// <summary>The document types the campaign makes (the catalogue).</summary>
    public static IReadOnlyList<DocumentType> Documents => DocumentCatalogue.All;

    /// <summary>
    /// Loads the ledger and the rules (the shipped ones when <see cref="CampaignSource.Rules"/> is null) and builds the campaign;
    /// every problem of every input at once.
    /// </summary>
    public static CampaignResult Open(CampaignSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var loaded = OfficeTools.Documents.Ledger.LedgerLoader.Load(source.Ledger, source.Limits);
        var rules = source.Rules != null ? RuleSet.Load(source.Rules) : RuleSet.Default();
        var errors = loaded.Errors.Concat(rules.Errors).ToList();
        if (errors.Count > 0 || loaded.Ledger is null || rules.RuleSet is null) return new CampaignResult(null, errors);
        var built = From(loaded.Ledger, rules.RuleSet, source.History ?? CampaignHistory.Empty, source.NoticeDate);
        return built.Campaign is { } c ? c.Under(source.Under, source.Ledger) : built;
    }

    /// <summary>
    /// Builds the campaign from a loaded ledger: the trail's state goes into the items, notice numbers continue after the
    /// ones issued, and the rules run. <paramref name="noticeDate"/> dates this round's notices (and moves the day overdue is
    /// judged by no earlier than it); null keeps the ledger's.
    /// </summary>
    public static CampaignResult From(Ledger.Ledger ledger, RuleSet rules, CampaignHistory history, DateOnly? noticeDate = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(history);
        var current = LedgerState.Apply(ledger, history, noticeDate);
        var evaluation = rules.Evaluate(current);
        if (evaluation.Errors.Count > 0) return new CampaignResult(null, evaluation.Errors);
        return new CampaignResult(new Campaign(ledger, current, rules, evaluation.Outcomes, history, history.Round + 1), []);
    }

    /// <summary>
    /// The same ledger and rules as the trail now leaves them (<paramref name="history"/>), for a door that loads the ledger once
    /// and reads the trail per request (the add-in).
    /// </summary>
    public CampaignResult WithHistory(CampaignHistory history)
    {
        var built = From(Source, Rules, history);
        return built.Campaign is { } c && Root is { } root ? c.Under(root.Id, "") : built;
    }
}

/// <summary>Where a campaign comes from: the ledger file, the rules file (null: shipped), the trail's history, the round's notice date.</summary>
public sealed record CampaignSource(string Ledger)
{
    /// <summary>A rules file overriding the shipped rules.</summary>
    public string? Rules { get; init; }
    /// <summary>The history so far (null: none, the first round).</summary>
    public CampaignHistory? History { get; init; }
    /// <summary>The date of this round's notices (null: the ledger's).</summary>
    public DateOnly? NoticeDate { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the campaign is cut to (<c>--under</c>; null: the whole campaign).</summary>
    public string? Under { get; init; }
}

/// <summary>A campaign, or every diagnostic that prevented it (located: file, record, field).</summary>
public sealed record CampaignResult(Campaign? Campaign, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the campaign was built.</summary>
    public bool Success => Campaign != null;
}
