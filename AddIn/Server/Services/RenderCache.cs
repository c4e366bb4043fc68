using System.Collections.Concurrent;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Render results by key (template, unit, what was asked). The ledger is loaded once per process, so a unit's
/// document and control values never change while the service runs; the cache is bounded so a huge ledger
/// cannot exhaust memory, and failures are never kept.
/// </summary>
public sealed class RenderCache
{
    /// <summary>Most results kept.</summary>
    public const int Capacity = 5000;

    readonly ConcurrentDictionary<string, Lazy<object?>> results = new(StringComparer.Ordinal);

    /// <summary>The cached result, or computes it once with <paramref name="render"/> (null results are not kept).</summary>
    public T? GetOrRender<T>(string key, Func<T?> render) where T : class
    {
        if (results.Count >= Capacity && !results.ContainsKey(key)) return render();
        var lazy = results.GetOrAdd(key, _ => new Lazy<object?>(() => render()));
        if (lazy.Value is T value) return value;
        results.TryRemove(new KeyValuePair<string, Lazy<object?>>(key, lazy));
        return null;
    }
}
