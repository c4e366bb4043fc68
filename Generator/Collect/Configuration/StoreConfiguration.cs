using Microsoft.Extensions.Configuration;

namespace OfficeTools.Collect.Configuration;

/// <summary>Builds <see cref="StoreOptions"/> from appsettings.json, the environment and command-line overrides.</summary>
public static class StoreConfiguration
{
    /// <summary>The environment prefix: <c>OFFICETOOLS__Store__Kind=sharepoint</c>.</summary>
    public const string EnvironmentPrefix = "OFFICETOOLS__";

    /// <summary>
    /// Loads options: <paramref name="settingsFile"/> (default appsettings.json in the working folder, optional),
    /// then environment variables, then <paramref name="overrides"/> (keys like <c>Kind</c>, <c>SiteHost</c>).
    /// </summary>
    public static StoreOptions Load(string? settingsFile = null, IReadOnlyDictionary<string, string?>? overrides = null,
        IDictionary<string, string?>? environment = null)
    {
        var builder = new ConfigurationBuilder();
        // one label per source, in the order added (= the root's provider order), to say where a setting came from
        var labels = new List<Func<string, string>>();
        var file = Path.GetFullPath(settingsFile ?? "appsettings.json");
        if (settingsFile is not null && !File.Exists(file)) throw new FileNotFoundException($"{file}: the settings file does not exist");
        builder.AddJsonFile(file, optional: true, reloadOnChange: false);
        labels.Add(_ => file);
        if (environment is null) builder.AddEnvironmentVariables(EnvironmentPrefix);
        else
            builder.AddInMemoryCollection(environment
                .Where(kv => kv.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(kv => KeyValuePair.Create(kv.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), kv.Value)));
        labels.Add(key => "environment " + EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal));
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null).Select(kv => KeyValuePair.Create("Store:" + kv.Key, kv.Value)));
            // --set KEY=VALUE, or the option a command has for it (--store for Kind)
            labels.Add(_ => "the command line");
        }
        var root = builder.Build();
        var options = new StoreOptions();
        var section = root.GetSection("Store");
        section.Bind(options);
        options.Origins = Origins(root, section, labels);
        return options;
    }

    static Dictionary<string, string> Origins(IConfigurationRoot root, IConfigurationSection section, List<Func<string, string>> labels)
    {
        var providers = root.Providers.ToList();
        var origins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
            for (var i = providers.Count - 1; i >= 0; i--)
                if (providers[i].TryGet(child.Path, out _))
                {
                    origins[child.Key] = labels[i](child.Path);
                    break;
                }
        return origins;
    }

    /// <summary>The setting <paramref name="key"/> as a message names it: <c>Store:Cloud</c>, with where its value came from when known.</summary>
    static string Setting(StoreOptions o, string key) =>
        o.Origins.TryGetValue(key, out var from) ? $"Store:{key} (from {from})" : $"Store:{key}";

    /// <summary>Every missing setting of a SharePoint configuration, as messages naming the setting.</summary>
    public static IReadOnlyList<string> Problems(StoreOptions o)
    {
        var p = new List<string>();
        if (!o.IsSharePoint && !o.Kind.Equals("local", StringComparison.OrdinalIgnoreCase))
            p.Add($"{Setting(o, "Kind")} «{o.Kind}» is neither local nor sharepoint");
        if (!o.IsSharePoint) return p;
        var cloud = NationalCloud.Find(o.Cloud);
        if (cloud is null) p.Add($"{Setting(o, "Cloud")} «{o.Cloud}» is not one of {NationalCloud.Names}");
        var suffix = (cloud ?? NationalCloud.Global).SharePointSuffix;
        if (string.IsNullOrWhiteSpace(o.SiteHost)) p.Add($"Store:SiteHost is not set (e.g. contoso.{suffix})");
        else if (cloud is not null && NationalCloud.OfSharePointHost(o.SiteHost) is { } other && other != cloud)
            p.Add($"{Setting(o, "SiteHost")} «{o.SiteHost}» is a SharePoint host of the {other.Name} cloud, but {Setting(o, "Cloud")} is {cloud.Name} (its hosts end in .{suffix})");
        if (string.IsNullOrWhiteSpace(o.SitePath)) p.Add("Store:SitePath is not set (e.g. /sites/Campaign)");
        var cred = o.Credential.ToLowerInvariant();
        if (cred is "clientsecret" or "certificate" or "devicecode" && string.IsNullOrWhiteSpace(o.ClientId)) p.Add($"Store:ClientId is needed for the {o.Credential} credential");
        if (cred is "clientsecret" or "certificate" && string.IsNullOrWhiteSpace(o.TenantId)) p.Add($"Store:TenantId is needed for the {o.Credential} credential");
        if (cred == "clientsecret" && string.IsNullOrWhiteSpace(o.ClientSecret)) p.Add("Store:ClientSecret is not set");
        if (cred == "certificate" && string.IsNullOrWhiteSpace(o.CertificatePath)) p.Add("Store:CertificatePath is not set");
        if (cred == "static" && string.IsNullOrWhiteSpace(o.StaticToken)) p.Add("Store:StaticToken is not set");
        if (cred is not ("clientsecret" or "certificate" or "managedidentity" or "default" or "devicecode" or "static"))
            p.Add($"{Setting(o, "Credential")} «{o.Credential}» is not one of clientsecret, certificate, managedidentity, default, devicecode, static");
        if (!Uri.TryCreate(o.GraphBaseUrl, UriKind.Absolute, out var graph)) p.Add($"{Setting(o, "BaseUrl")} «{o.BaseUrl}» is not an absolute URL");
        else if (cloud is not null && NationalCloud.OfGraphHost(graph.Host) is { } other && other != cloud)
            p.Add($"{Setting(o, "BaseUrl")} «{o.BaseUrl}» is the Graph of the {other.Name} cloud, but {Setting(o, "Cloud")} is {cloud.Name} ({cloud.GraphBaseUrl})");
        return p;
    }
}
