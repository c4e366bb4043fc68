using System.Collections.Concurrent;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Render results by the trail's state and key (template, unit, what was asked). The ledger is loaded once per process and
/// the documents are rendered from it as the trail leaves it, so a unit's document stays the same until the trail grows:
/// a new state (<see cref="StateOf"/>) drops what was rendered for the old one. The cache is bounded so a huge ledger cannot
/// exhaust memory, and failures are never kept.
/// </summary>
public sealed class RenderCache
{
    /// <summary>Most results kept.</summary>
    public const int Capacity = 5000;

    readonly ConcurrentDictionary<string, Lazy<object?>> results = new(StringComparer.Ordinal);
    readonly Lock gate = new();
    string state = "";

    /// <summary>The trail's state as a cache key: how many steps it holds and the key of the last (the trail is append-only).</summary>
    public static string StateOf(CampaignHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return $"{history.Events.Count}:{(history.Events.Count > 0 ? history.Events[^1].Key : "")}";
    }

    /// <summary>The cached result for the trail's <paramref name="trailState"/>, or computes it once with <paramref name="render"/> (null results are not kept).</summary>
    public T? GetOrRender<T>(string trailState, string key, Func<T?> render) where T : class
    {
        lock (gate)
        {
            if (trailState != state)
            {
                results.Clear();
                state = trailState;
            }
        }
        key = trailState + "|" + key;
        if (results.Count >= Capacity && !results.ContainsKey(key)) return render();
        var lazy = results.GetOrAdd(key, _ => new Lazy<object?>(() => render()));
        if (lazy.Value is T value) return value;
        results.TryRemove(new KeyValuePair<string, Lazy<object?>>(key, lazy));
        return null;
    }
}
