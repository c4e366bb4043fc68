using Microsoft.Extensions.Options;
using OfficeTools.Collect.Ledger;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Campaigns;
using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>The configured ledger, loaded and judged by the rules once: the models every render uses.</summary>
public sealed class LedgerSource(IOptions<AddInOptions> options, IWebHostEnvironment environment)
{
    readonly Lazy<LoadedLedger> loaded = new(() => Load(ResolvePath(options.Value, environment), RulesPath(options.Value, environment)));

    /// <summary>The ledger file in use.</summary>
    public string Path => loaded.Value.Path;

    /// <summary>The loaded ledger, or throws <see cref="LedgerUnavailableException"/> with every error.</summary>
    public LoadedLedger Current => loaded.Value.Errors.Count > 0 ? throw new LedgerUnavailableException(loaded.Value) : loaded.Value;

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
        var view = LedgerView.Over(campaign.Ledger, path);
        return new LoadedLedger(path, campaign.Ledger, campaign.Models, view, []) { Campaign = campaign };
    }
}

/// <summary>A ledger ready for rendering: the parsed ledger, its model builder, its collect view.</summary>
public sealed record LoadedLedger(string Path, OfficeTools.Documents.Ledger.Ledger Ledger, ModelBuilder Models, LedgerView? View, IReadOnlyList<string> Errors)
{
    /// <summary>The campaign the ledger and models come from.</summary>
    public Campaign? Campaign { get; init; }
}

/// <summary>The ledger could not be loaded; the message lists every error with its location.</summary>
public sealed class LedgerUnavailableException(LoadedLedger ledger)
    : Exception($"台账无法读取（{System.IO.Path.GetFileName(ledger.Path)}）：{string.Join("；", ledger.Errors.Take(10))}");
