using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>
/// Local mode trusts every loopback caller as office staff, so a web page that gets its own host name resolved to
/// 127.0.0.1 (DNS rebinding) would be trusted too. In local mode only a <c>Host</c> naming loopback — localhost,
/// 127.0.0.1 or [::1], any port — is answered; anything else gets 400. With sign-in on, ASP.NET's host filtering
/// (<c>AllowedHosts</c>) applies instead.
/// </summary>
public static class HostGuard
{
    /// <summary>True when <paramref name="host"/> (a Host header's host part) names loopback.</summary>
    public static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]";

    /// <summary>Adds the check; it reads the mode per request from the bound <see cref="AuthOptions"/>.</summary>
    public static IApplicationBuilder UseLocalModeHostCheck(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostGuard));
        return app.Use((http, next) =>
        {
            if (http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Enabled) return next(http);
            var host = http.Request.Host;
            if (host.HasValue && IsLoopbackName(host.Host)) return next(http);
            return Refusal.Write(http, log, StatusCodes.Status400BadRequest, "主机名不被接受",
                "本地模式只接受以 localhost、127.0.0.1 或 [::1] 访问本服务。",
                $"local mode answers loopback host names only, the request named host '{host.Value}'");
        });
    }
}
