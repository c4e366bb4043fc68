namespace OfficeTools.AddIn.Server.Auth;

/// <summary>Sign-in settings (configuration section <c>Auth</c>); without a <see cref="ClientId"/> the service runs in local mode.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>The Entra ID sign-in host.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

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

    /// <summary>Who counts as office staff (sees every unit).</summary>
    public OfficeStaffOptions OfficeStaff { get; set; } = new();

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
    /// The issuers a token may come from: the v2 issuer of <see cref="Instance"/> and the v1 issuer of its cloud, since
    /// which one a token carries depends on the app registration's <c>accessTokenAcceptedVersion</c> (null or 1: v1,
    /// 2: v2). v1 issuers by cloud (Microsoft Q&amp;A "token issuers for the sovereign clouds"): sts.windows.net for the
    /// global and US Government clouds, sts.chinacloudapi.cn for the cloud operated by 21Vianet.
    /// </summary>
    public IEnumerable<string> Issuers()
    {
        if (ValidIssuers.Count > 0) return ValidIssuers;
        if (string.IsNullOrWhiteSpace(TenantId)) return [];
        var host = Uri.TryCreate(Instance, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant() : "";
        var v1 = host is "login.partner.microsoftonline.cn" or "login.chinacloudapi.cn" ? "https://sts.chinacloudapi.cn" : "https://sts.windows.net";
        return [$"{Instance.TrimEnd('/')}/{TenantId}/v2.0", $"{v1}/{TenantId}/"];
    }
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
