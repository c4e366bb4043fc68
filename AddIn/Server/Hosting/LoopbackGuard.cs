using System.Net;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>Refuses to start without sign-in on any address other than loopback.</summary>
public static class LoopbackGuard
{
    /// <summary>The addresses the service will listen on, read from configuration as Kestrel reads them.</summary>
    public static IReadOnlyList<string> ConfiguredUrls(IConfiguration configuration)
    {
        var urls = new List<string>();
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS", "http_ports", "https_ports" })
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value)) continue;
            var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // *_ports bind every interface
            urls.AddRange(key.EndsWith("ports", StringComparison.Ordinal) ? parts.Select(p => $"http://*:{p}") : parts);
        }
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
            if (endpoint["Url"] is { Length: > 0 } url) urls.Add(url);
        return urls;
    }

    /// <summary>The reason the service must not start, or null when it may.</summary>
    public static string? Refusal(IEnumerable<string> urls, bool signInConfigured)
    {
        if (signInConfigured) return null;
        var open = urls.Where(u => !IsLoopback(u)).ToList();
        if (open.Count == 0) return null;
        return $"拒绝启动：未配置登录（Auth:ClientId 为空）时只能监听本机回环地址（127.0.0.1、[::1]、localhost），" +
            $"但配置了 {string.Join("、", open)}。请配置 Auth:TenantId 和 Auth:ClientId 以启用 Office 单点登录，或改为监听 127.0.0.1。" +
            " (Refusing to start: without sign-in configured the service may only listen on loopback.)";
    }

    /// <summary>True when the URL's host is a loopback name or address.</summary>
    public static bool IsLoopback(string url)
    {
        var hostStart = url.IndexOf("://", StringComparison.Ordinal);
        var rest = hostStart >= 0 ? url[(hostStart + 3)..] : url;
        var slash = rest.IndexOf('/');
        if (slash >= 0) rest = rest[..slash];
        string host;
        if (rest.StartsWith('['))
            host = rest[1..rest.IndexOf(']')];
        else
        {
            var colon = rest.LastIndexOf(':');
            host = colon >= 0 ? rest[..colon] : rest;
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }
}
