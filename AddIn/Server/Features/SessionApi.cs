using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>What the task pane needs to know before signing in, and who the signed-in caller is.</summary>
public static class SessionApi
{
    /// <summary>The sign-in mode; public, carries no secret.</summary>
    public sealed record SessionInfo(string Mode, string? ClientId);

    /// <summary>The caller as the task pane shows it.</summary>
    public sealed record Me(string Name, bool IsOffice, string? UnitId);

    /// <summary>Maps <c>GET /api/session</c> (anonymous) and <c>GET /api/me</c>.</summary>
    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder group)
    {
        group.MapGet("/session", Ok<SessionInfo> (IOptions<AuthOptions> auth) =>
            TypedResults.Ok(new SessionInfo(auth.Value.Enabled ? "sso" : "local", auth.Value.Enabled ? auth.Value.ClientId : null)))
            .AllowAnonymous();
        group.MapGet("/me", Ok<Me> (Caller caller) => TypedResults.Ok(new Me(caller.Name, caller.IsOffice, caller.UnitId)))
            .RequireAuthorization(AuthSetup.Policy);
        return group;
    }
}
