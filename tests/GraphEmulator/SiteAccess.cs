using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>What a request needs on the site.</summary>
public enum SiteRight
{
    /// <summary>Read files, lists and items.</summary>
    Read,
    /// <summary>Write files and list items.</summary>
    Write,
    /// <summary>Create lists and columns, index columns (SharePoint's Manage Lists).</summary>
    Manage,
}

/// <summary>
/// The site's permissions, checked on every request as Graph does (https://learn.microsoft.com/graph/errors,
/// https://learn.microsoft.com/graph/permissions-reference):
/// no token or a token that is not a Graph token → 401 InvalidAuthenticationToken; a valid token without the right → 403 accessDenied.
/// App-only tokens: Sites.Read.All / ReadWrite.All / Manage.All / FullControl.All act on every site; Sites.Selected acts
/// only where the site grants the app a role (read, write, manage, fullcontrol —
/// https://learn.microsoft.com/graph/permissions-selected-overview). Delegated tokens act with the user's own rights on
/// the site (<see cref="Members"/>), never more than their scopes allow.
/// </summary>
public sealed class SiteAccess
{
    /// <summary>Sites.Selected grants: app id → role. The test app has fullcontrol unless a test says otherwise.</summary>
    public Dictionary<string, string> AppGrants { get; } = new(StringComparer.OrdinalIgnoreCase) { [EmulatorTokens.TestAppId] = "fullcontrol" };
    /// <summary>The site's members: user object id → role (read, write, manage, fullcontrol).</summary>
    public Dictionary<string, string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The Graph resource tokens must be for: the global Graph by default, a national cloud's Graph endpoint when a test
    /// emulates that cloud (its tokens carry that endpoint as audience; Graph's app id is the same in every cloud).
    /// </summary>
    public string GraphAudience { get; set; } = EmulatorTokens.GraphAudience;

    string[] Audiences => [GraphAudience, GraphAudience + "/", "00000003-0000-0000-c000-000000000000"];

    /// <summary>Null when the Authorization header allows <paramref name="need"/>, else the 401/403 answer.</summary>
    public EmuResponse? Check(string? authorization, SiteRight need)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Unauthorized("Access token is empty.");
        var claims = EmulatorTokens.Claims(authorization[7..].Trim());
        if (claims is null) return Unauthorized("IDX14100: JWT is not well formed, there are no dots (.) or the parts cannot be decoded.");
        var aud = claims["aud"]?.GetValue<string>();
        if (aud is null || !Audiences.Contains(aud, StringComparer.OrdinalIgnoreCase)) return Unauthorized("Access token validation failure. Invalid audience.");
        if (claims["exp"] is not JsonValue exp || exp.GetValue<long>() < DateTimeOffset.UtcNow.ToUnixTimeSeconds())
            return Unauthorized("Lifetime validation failed, the token is expired.");
        var have = claims["scp"] is JsonValue scp ? Delegated(scp.GetValue<string>(), claims["oid"]?.GetValue<string>()) : AppOnly(claims);
        return have >= (int)need ? null
            : EmuResponse.Error(403, "accessDenied", "Either scp or roles claim need to be present in the token, and the caller needs rights on this site to " + need.ToString().ToLowerInvariant() + ".");
    }

    int AppOnly(JsonObject claims)
    {
        var roles = (claims["roles"] as JsonArray)?.Select(r => r?.GetValue<string>() ?? "").ToHashSet(StringComparer.Ordinal) ?? [];
        var level = roles.Select(Level).DefaultIfEmpty(-1).Max();
        if (roles.Contains("Sites.Selected") && AppGrants.TryGetValue(claims["appid"]?.GetValue<string>() ?? "", out var role))
            level = Math.Max(level, Role(role));
        return level;
    }

    int Delegated(string scopes, string? oid)
    {
        var scope = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Level).DefaultIfEmpty(-1).Max();
        var member = oid is not null && Members.TryGetValue(oid, out var role) ? Role(role) : -1;
        return Math.Min(scope, member);
    }

    static int Level(string permission) => permission switch
    {
        "Sites.Read.All" or "Files.Read.All" => (int)SiteRight.Read,
        "Sites.ReadWrite.All" or "Files.ReadWrite.All" => (int)SiteRight.Write,
        "Sites.Manage.All" or "Sites.FullControl.All" => (int)SiteRight.Manage,
        _ => -1,
    };

    static int Role(string role) => role.ToLowerInvariant() switch
    {
        "read" => (int)SiteRight.Read,
        "write" => (int)SiteRight.Write,
        "manage" or "fullcontrol" or "owner" => (int)SiteRight.Manage,
        _ => -1,
    };

    static EmuResponse Unauthorized(string message)
    {
        var r = EmuResponse.Error(401, "InvalidAuthenticationToken", message);
        r.Headers!["WWW-Authenticate"] = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";
        return r;
    }
}
