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
        var file = Path.GetFullPath(settingsFile ?? "appsettings.json");
        if (settingsFile is not null && !File.Exists(file)) throw new FileNotFoundException($"{file}: the settings file does not exist");
        builder.AddJsonFile(file, optional: true, reloadOnChange: false);
        if (environment is null) builder.AddEnvironmentVariables(EnvironmentPrefix);
        else
            builder.AddInMemoryCollection(environment
                .Where(kv => kv.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(kv => KeyValuePair.Create(kv.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), kv.Value)));
        if (overrides is not null)
            builder.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null).Select(kv => KeyValuePair.Create("Store:" + kv.Key, kv.Value)));
        var options = new StoreOptions();
        builder.Build().GetSection("Store").Bind(options);
        return options;
    }

    /// <summary>Every missing setting of a SharePoint configuration, as messages naming the setting.</summary>
    public static IReadOnlyList<string> Problems(StoreOptions o)
    {
        var p = new List<string>();
        if (!o.IsSharePoint && !o.Kind.Equals("local", StringComparison.OrdinalIgnoreCase))
            p.Add($"Store:Kind «{o.Kind}» is neither local nor sharepoint");
        if (!o.IsSharePoint) return p;
        if (string.IsNullOrWhiteSpace(o.SiteHost)) p.Add("Store:SiteHost is not set (e.g. contoso.sharepoint.com)");
        if (string.IsNullOrWhiteSpace(o.SitePath)) p.Add("Store:SitePath is not set (e.g. /sites/Campaign)");
        var cred = o.Credential.ToLowerInvariant();
        if (cred is "clientsecret" or "certificate" or "devicecode" && string.IsNullOrWhiteSpace(o.ClientId)) p.Add($"Store:ClientId is needed for the {o.Credential} credential");
        if (cred is "clientsecret" or "certificate" && string.IsNullOrWhiteSpace(o.TenantId)) p.Add($"Store:TenantId is needed for the {o.Credential} credential");
        if (cred == "clientsecret" && string.IsNullOrWhiteSpace(o.ClientSecret)) p.Add("Store:ClientSecret is not set");
        if (cred == "certificate" && string.IsNullOrWhiteSpace(o.CertificatePath)) p.Add("Store:CertificatePath is not set");
        if (cred == "static" && string.IsNullOrWhiteSpace(o.StaticToken)) p.Add("Store:StaticToken is not set");
        if (cred is not ("clientsecret" or "certificate" or "managedidentity" or "default" or "devicecode" or "static"))
            p.Add($"Store:Credential «{o.Credential}» is not one of clientsecret, certificate, managedidentity, default, devicecode, static");
        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _)) p.Add($"Store:BaseUrl «{o.BaseUrl}» is not an absolute URL");
        return p;
    }
}
