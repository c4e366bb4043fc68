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
