using OfficeTools.Collect.Configuration;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>Sign-in settings (configuration section <c>Auth</c>); without a <see cref="ClientId"/> the service runs in local mode.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>
    /// The Microsoft cloud the tenant lives in: <c>global</c> (default), <c>china</c> (21Vianet) or <c>usgov</c>
    /// (<see cref="NationalCloud"/>). It picks the sign-in authority and the token issuers accepted; a token from another
    /// cloud is refused.
    /// </summary>
    public string Cloud { get; set; } = NationalCloud.Global.Name;

    /// <summary>The Entra ID sign-in host; empty means the <see cref="Cloud"/>'s (it must be one of that cloud's sign-in hosts).</summary>
    public string? Instance { get; set; }

    /// <summary>The <see cref="Cloud"/>'s mapping; the global cloud when the name is unknown (the service then refuses to start).</summary>
    public NationalCloud National => NationalCloud.Find(Cloud) ?? NationalCloud.Global;

    /// <summary>The sign-in instance used, ending in a slash: <see cref="Instance"/>, else the cloud's authority host.</summary>
    public string SignInInstance => string.IsNullOrWhiteSpace(Instance) ? National.AuthorityHost.ToString() : Instance.Trim().TrimEnd('/') + "/";

    /// <summary>The tenant (directory) id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The add-in's application (client) id, as in the manifest's WebApplicationInfo.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret used for the on-behalf-of exchange; stays on the server.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The application id URI (<c>api://host/clientId</c>), accepted as an audience beside the client id.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Accepted token issuers; empty means the tenant's v1 and v2 issuers.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>The delegated scope every token must carry.</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>Who counts as the county office's staff (sees every unit).</summary>
    public OfficeStaffOptions OfficeStaff { get; set; } = new();

    /// <summary>Staff of an office below the county (a township's 活动办公室): each sees and acts on one unit's subtree.</summary>
    public LevelStaffOptions LevelStaff { get; set; } = new();

    /// <summary>
    /// User → the unit id that user answers for. The user is an object id (GUID, matched with the token's <c>oid</c>)
    /// or a user principal name (matched with <c>upn</c> / <c>preferred_username</c>), for tokens of
    /// <see cref="TenantId"/> only; never an e-mail address (see <see cref="SignInIdentity"/>).
    /// </summary>
    public Dictionary<string, string> UnitUsers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when sign-in is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The audiences a token may carry.</summary>
    public IEnumerable<string> Audiences()
    {
        if (!string.IsNullOrWhiteSpace(ClientId)) yield return ClientId;
        if (!string.IsNullOrWhiteSpace(ApplicationIdUri)) yield return ApplicationIdUri;
    }

    /// <summary>
    /// The issuers a token may come from, all of <see cref="Cloud"/>: the v2 issuer of each of its sign-in hosts and its v1
    /// issuer, since which one a token carries depends on the app registration's <c>accessTokenAcceptedVersion</c> (null or
    /// 1: v1, 2: v2). v1 issuers by cloud (Microsoft Q&amp;A "token issuers for the sovereign clouds"): sts.windows.net for the
    /// global and US Government clouds, sts.chinacloudapi.cn for the cloud operated by 21Vianet.
    /// </summary>
    public IEnumerable<string> Issuers()
    {
        if (ValidIssuers.Count > 0) return ValidIssuers;
        if (string.IsNullOrWhiteSpace(TenantId)) return [];
        var cloud = National;
        var instance = new Uri(SignInInstance).Host;
        return [.. new[] { instance }.Concat(cloud.SignInHosts).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(h => $"https://{h}/{TenantId}/v2.0"), $"https://{cloud.V1IssuerHost}/{TenantId}/"];
    }

    /// <summary>
    /// What is wrong with the cloud settings, each naming its setting: an unknown <see cref="Cloud"/>, an
    /// <see cref="Instance"/> or a <see cref="ValidIssuers"/> entry of another cloud.
    /// </summary>
    public IEnumerable<(string Key, string Message)> CloudProblems()
    {
        var cloud = NationalCloud.Find(Cloud);
        if (cloud is null)
        {
            yield return ("Cloud", $"«{Cloud}» is not one of {NationalCloud.Names}");
            yield break;
        }
        if (!string.IsNullOrWhiteSpace(Instance)
            && (!Uri.TryCreate(Instance.Trim(), UriKind.Absolute, out var u) || u.Scheme != Uri.UriSchemeHttps || !cloud.SignsInAt(u.Host)))
            yield return ("Instance", $"«{Instance}» is not a sign-in host of the {cloud.Name} cloud ({string.Join(", ", cloud.SignInHosts.Select(h => "https://" + h + "/"))})");
        for (var i = 0; i < ValidIssuers.Count; i++)
            if (!Uri.TryCreate(ValidIssuers[i], UriKind.Absolute, out var iss) || !cloud.Issues(iss.Host))
                yield return ($"ValidIssuers:{i}", $"«{ValidIssuers[i]}» is not an issuer of the {cloud.Name} cloud");
    }
}

/// <summary>
/// Level offices' staff, each entry mapping to the unit whose subtree the user covers (a township's id): users by object id
/// (GUID, the token's <c>oid</c>) or user principal name, groups by object id (the token's <c>groups</c> claim) — for tokens
/// of the configured tenant only, as <see cref="SignInIdentity"/> matches them.
/// </summary>
public sealed class LevelStaffOptions
{
    /// <summary>User (object id or UPN) → unit id.</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Group object id → unit id.</summary>
    public Dictionary<string, string> Groups { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Office staff: matched by app role, group object id, object id or user principal name — for tokens of the configured tenant only.</summary>
public sealed class OfficeStaffOptions
{
    /// <summary>App roles (the token's <c>roles</c> claim) that make a user office staff.</summary>
    public List<string> Roles { get; set; } = ["Office.Staff"];

    /// <summary>Group object ids (the token's <c>groups</c> claim) that make a user office staff.</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>Users that are office staff: object ids (GUID, the token's <c>oid</c>) or user principal names (<c>upn</c> / <c>preferred_username</c>); e-mail addresses are not matched.</summary>
    public List<string> Users { get; set; } = [];
}
