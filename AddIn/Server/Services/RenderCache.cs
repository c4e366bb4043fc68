using System.Collections.Concurrent;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Rendered documents by (template, unit). The ledger is loaded once per process, so a unit's document never
/// changes while the service runs; the cache is bounded so a huge ledger cannot exhaust memory.
/// </summary>
public sealed class RenderCache
{
    /// <summary>Most documents kept.</summary>
    public const int Capacity = 5000;

    readonly ConcurrentDictionary<(string Template, string Unit), Lazy<byte[]?>> documents = new();

    /// <summary>The cached document, or renders it once with <paramref name="render"/> (null results are not kept).</summary>
    public byte[]? GetOrRender(string template, string unitId, Func<byte[]?> render)
    {
        if (documents.Count >= Capacity && !documents.ContainsKey((template, unitId))) return render();
        var lazy = documents.GetOrAdd((template, unitId), _ => new Lazy<byte[]?>(render));
        var value = lazy.Value;
        if (value == null) documents.TryRemove(new KeyValuePair<(string, string), Lazy<byte[]?>>((template, unitId), lazy));
        return value;
    }
}
