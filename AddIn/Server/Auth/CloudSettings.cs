using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>
/// Checks the cloud settings before the service starts: <c>Auth:Cloud</c> and <c>Store:Cloud</c> must name a known cloud
/// (<see cref="NationalCloud"/>), <c>Auth:Instance</c> and <c>Auth:ValidIssuers</c> must belong to it, and a SharePoint store
/// must live in the same cloud as the sign-in (the on-behalf-of exchange cannot cross clouds). Each message names the
/// setting and where its value came from.
/// </summary>
public static class CloudSettings
{
    /// <summary>Every problem at once; empty when the service may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.Enabled)
            problems.AddRange(auth.CloudProblems().Select(p => $"{Located(configuration, $"{AuthOptions.Section}:{p.Key}")}: {p.Message}"));
        var store = configuration.GetSection("Store").Get<StoreOptions>() ?? new StoreOptions();
        if (!store.IsSharePoint) return problems;
        var storeCloud = NationalCloud.Find(store.Cloud);
        if (storeCloud is null)
            problems.Add($"{Located(configuration, "Store:Cloud")}: «{store.Cloud}» is not one of {NationalCloud.Names}");
        else if (auth.Enabled && NationalCloud.Find(auth.Cloud) is { } authCloud && authCloud != storeCloud)
            problems.Add($"{Located(configuration, "Store:Cloud")}: the store is in the {storeCloud.Name} cloud but sign-in " +
                $"({Located(configuration, "Auth:Cloud")}) is in the {authCloud.Name} cloud; a user's token cannot reach another cloud's SharePoint");
        return problems;
    }

    /// <summary>The message the service prints before refusing to start.</summary>
    public static string Refusal(IReadOnlyList<string> problems) =>
        "拒绝启动：云环境配置有误。(Refusing to start: the cloud settings are wrong.)\n" + string.Join("\n", problems.Select(p => "  " + p));

    /// <summary><paramref name="key"/> with the source of its value: a settings file, an environment variable or the command line.</summary>
    static string Located(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root) return key;
        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.TryGet(key, out _)) continue;
            var from = provider switch
            {
                FileConfigurationProvider file => file.Source.Path ?? "a settings file",
                EnvironmentVariablesConfigurationProvider => "environment variable " + key.Replace(":", "__", StringComparison.Ordinal),
                CommandLineConfigurationProvider => "the command line",
                _ => provider.ToString() ?? "configuration",
            };
            return $"{key} (from {from})";
        }
        return key;
    }
}
