using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>
/// Local mode (no sign-in configured): every loopback caller is the office clerk at this machine. The startup
/// guard already refuses non-loopback bindings; the remote-address check here is a second fence.
/// </summary>
public sealed class LocalAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Local";

    /// <summary>The claim marking a local-mode principal.</summary>
    public const string LocalClaim = "officetools_local";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var remote = Context.Connection.RemoteIpAddress;
        // an in-process test host has no remote address; a real socket must be loopback
        if (remote != null && !IPAddress.IsLoopback(remote))
            return Task.FromResult(AuthenticateResult.Fail("本地模式只接受本机访问。"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "本机用户"), new Claim(LocalClaim, "true")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
