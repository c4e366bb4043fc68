using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>What the task pane needs to know before signing in, and who the signed-in caller is.</summary>
public static class SessionApi
{
    /// <summary>
    /// The sign-in mode; public, carries no secret. With sign-in on, also what MSAL needs: the authority (the
    /// configured Entra instance and tenant, so the 21Vianet cloud works as the worldwide one) and the API scope.
    /// </summary>
    public sealed record SessionInfo(string Mode, string? ClientId, string? Authority = null, string? Scope = null);

    /// <summary>The caller as the task pane shows it.</summary>
    public sealed record Me(string Name, bool IsOffice, string? UnitId);

    /// <summary>Maps <c>GET /api/session</c> (anonymous) and <c>GET /api/me</c>.</summary>
    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder group)
    {
        group.MapGet("/session", Ok<SessionInfo> (IOptions<AuthOptions> auth, HttpContext http) =>
            TypedResults.Ok(Info(auth.Value, http.Request.Host.Value ?? "")))
            .AllowAnonymous();
        group.MapGet("/me", Ok<Me> (Caller caller) => TypedResults.Ok(new Me(caller.Name, caller.IsOffice, caller.UnitId)))
            .RequireAuthorization(AuthSetup.Policy);
        return group;
    }

    /// <summary>The session for <paramref name="auth"/>; the scope's resource is the Application ID URI, else the manifest's <c>api://host/clientId</c>.</summary>
    public static SessionInfo Info(AuthOptions auth, string host)
    {
        if (!auth.Enabled) return new SessionInfo("local", null);
        var resource = string.IsNullOrWhiteSpace(auth.ApplicationIdUri) ? $"api://{host}/{auth.ClientId}" : auth.ApplicationIdUri.TrimEnd('/');
        var tenant = string.IsNullOrWhiteSpace(auth.TenantId) ? "organizations" : auth.TenantId;
        return new SessionInfo("sso", auth.ClientId, $"{auth.SignInInstance.TrimEnd('/')}/{tenant}", $"{resource}/{auth.RequiredScope}");
    }
}
