using Microsoft.Extensions.Options;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Campaigns;
using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// The configured ledger and rules, loaded once; the campaign as the store's trail leaves it, built per request
/// (<see cref="CampaignAsync"/>) by the one campaign core, so stages, verdicts and closures are as recorded now.
/// </summary>
public sealed class LedgerSource(IOptions<AddInOptions> options, IWebHostEnvironment environment)
{
    readonly Lazy<LoadedLedger> loaded = new(() => Load(ResolvePath(options.Value, environment), RulesPath(options.Value, environment)));

    /// <summary>The ledger file in use.</summary>
    public string Path => loaded.Value.Path;

    /// <summary>
    /// The ledger as the file has it (no trail), or throws <see cref="LedgerUnavailableException"/> with every error: what
    /// <see cref="CampaignAsync(ICampaignTrail, CancellationToken)"/> builds on, once per process.
    /// </summary>
    public LoadedLedger Current => loaded.Value.Errors.Count > 0 ? throw new LedgerUnavailableException(loaded.Value) : loaded.Value;

    /// <summary>
    /// The campaign with the trail of <paramref name="trail"/> replayed into it (stages, verdicts, closures, notices issued),
    /// read now; throws <see cref="LedgerUnavailableException"/> when the ledger cannot be loaded or the rules cannot run on it.
    /// </summary>
    public async Task<LoadedLedger> CampaignAsync(ICampaignTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var current = Current;
        var history = CampaignHistory.Replay(await trail.ReadTrailAsync(cancellationToken).ConfigureAwait(false));
        var built = current.Campaign!.WithHistory(history);
        if (built.Campaign is not { } campaign)
            throw new LedgerUnavailableException(current with { Errors = [.. built.Diagnostics.Select(e => e.ToString())] });
        return Loaded(current.Path, campaign);
    }

    /// <summary>The campaign with the trail of the request's store (<see cref="StoreAccess.ForAsync"/>), for a route that needs nothing else of the store.</summary>
    public async Task<LoadedLedger> CampaignAsync(StoreAccess stores, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stores);
        await using var lease = await stores.ForAsync(http).ConfigureAwait(false);
        return await CampaignAsync(lease.Store, cancellationToken).ConfigureAwait(false);
    }

    static string? RulesPath(AddInOptions o, IWebHostEnvironment env) =>
        string.IsNullOrWhiteSpace(o.Rules) ? null : System.IO.Path.GetFullPath(o.Rules, env.ContentRootPath);

    static string ResolvePath(AddInOptions o, IWebHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(o.Ledger))
            return System.IO.Path.GetFullPath(o.Ledger, env.ContentRootPath);
        // the sample ledger ships beside the service's binaries
        return System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "ledger.json");
    }

    // the one campaign core (Campaign.Open), as the batch builds it: the configured rules, not always the shipped ones
    static LoadedLedger Load(string path, string? rules)
    {
        var opened = Campaign.Open(new CampaignSource(path) { Rules = rules });
        if (opened.Campaign is not { } campaign) return new LoadedLedger(path, null!, null!, null, [.. opened.Diagnostics.Select(e => e.ToString())]);
        return Loaded(path, campaign);
    }

    static LoadedLedger Loaded(string path, Campaign campaign) =>
        new(path, campaign.Ledger, campaign.Models, LedgerView.Over(campaign.Ledger, path), []) { Campaign = campaign };
}

/// <summary>A ledger ready for rendering: the parsed ledger (with the trail merged in when read with it), its model builder, its collect view.</summary>
public sealed record LoadedLedger(string Path, OfficeTools.Documents.Ledger.Ledger Ledger, ModelBuilder Models, LedgerView? View, IReadOnlyList<string> Errors)
{
    /// <summary>The campaign the ledger and models come from.</summary>
    public Campaign? Campaign { get; init; }
}

/// <summary>The ledger could not be loaded; the message lists every error with its location.</summary>
public sealed class LedgerUnavailableException(LoadedLedger ledger)
    : Exception($"台账无法读取（{System.IO.Path.GetFileName(ledger.Path)}）：{string.Join("；", ledger.Errors.Take(10))}");
