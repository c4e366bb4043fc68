using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;

namespace OfficeTools.Collect.Commands;

/// <summary>Store selection shared by collect and publish.</summary>
public static class StoreRun
{
    /// <summary>Options from settings, environment and the command line; a local store roots at <paramref name="localRoot"/> when given.</summary>
    public static StoreOptions Options(string? settings, string? kind, IReadOnlyDictionary<string, string?> overrides, string? localRoot)
    {
        var all = new Dictionary<string, string?>(overrides, StringComparer.OrdinalIgnoreCase);
        if (kind is not null) all["Kind"] = kind;
        var options = StoreConfiguration.Load(settings, all);
        if (!options.IsSharePoint && localRoot is not null) options.LocalRoot = localRoot;
        return options;
    }

    /// <summary>Configuration problems.</summary>
    public static IReadOnlyList<string> Problems(StoreOptions options) => StoreConfiguration.Problems(options);

    /// <summary>The store the options name.</summary>
    public static IFormStore Open(StoreOptions options) =>
        options.IsSharePoint ? SharePointFormStore.Create(options) : new LocalFormStore(options.LocalRoot);

    /// <summary>Parses KEY=VALUE store overrides (--set SiteHost=contoso.sharepoint.com).</summary>
    public static Dictionary<string, string?> ParseOverrides(IEnumerable<string> pairs, List<string> errors)
    {
        var d = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in pairs)
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) errors.Add($"--set «{p}»: expected KEY=VALUE (e.g. SiteHost=contoso.sharepoint.com)");
            else d[p[..eq].Trim()] = p[(eq + 1)..];
        }
        return d;
    }
}

/// <summary>The history of the campaign a store follows, for the commands that only read it (batch, remind).</summary>
public static class TrailHistory
{
    /// <summary>
    /// As <see cref="ReadAsync"/> when a store is named (<see cref="StoreChoice.Named"/>); without one, no trail: the ledger
    /// as it stands, before any round.
    /// </summary>
    public static Task<(Documents.Campaigns.CampaignHistory? History, string? Problem)> ReadOrEmptyAsync(StoreChoice store, CancellationToken ct) =>
        !store.Named ? Task.FromResult<(Documents.Campaigns.CampaignHistory?, string?)>((Documents.Campaigns.CampaignHistory.Empty, null))
            : ReadAsync(store, ct);

    /// <summary>The replayed trail of the chosen store, or the located problem.</summary>
    public static async Task<(Documents.Campaigns.CampaignHistory? History, string? Problem)> ReadAsync(StoreChoice chosen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var options = chosen.Options();
        if (StoreRun.Problems(options) is { Count: > 0 } problems) return (null, string.Join("\n", problems.Select(p => $"configuration: {p}")));
        if (!options.IsSharePoint && !LocalFormStore.IsStore(options.LocalRoot))
            return (null, $"{options.LocalRoot}: not a store (no {LocalFormStore.DatabaseName}); publish a batch there first, or leave out --to for round 1");
        await using var store = StoreRun.Open(options);
        try
        {
            return (Documents.Campaigns.CampaignHistory.Replay(await store.ReadTrailAsync(ct).ConfigureAwait(false)), null);
        }
        catch (StoreException e)
        {
            return (null, $"{store.Description}: error: {e.Message}");
        }
    }
}
