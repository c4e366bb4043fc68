using Azure.Identity;

namespace OfficeTools.Collect.Configuration;

/// <summary>
/// One Microsoft cloud instance: where people sign in, where Graph answers, what token scope Graph takes and how
/// SharePoint hosts are named there. The one home of this mapping: the SharePoint store (<see cref="StoreOptions.Cloud"/>)
/// and the add-in's sign-in (<c>Auth:Cloud</c>) both read it.
/// <para>Sources (Microsoft's documentation):</para>
/// <list type="bullet">
/// <item>Sign-in hosts: Azure.Identity's <see cref="AzureAuthorityHosts"/> (login.microsoftonline.com, login.chinacloudapi.cn,
/// login.microsoftonline.us) and "Microsoft Entra authentication &amp; national clouds"
/// (https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud).</item>
/// <item>Graph endpoints: "Microsoft Graph national cloud deployments" (https://learn.microsoft.com/graph/deployments):
/// https://graph.microsoft.com, https://microsoftgraph.chinacloudapi.cn, https://graph.microsoft.us (US Government L4:
/// GCC High; L5/DoD is dod-graph.microsoft.us and is not offered here).</item>
/// <item>Scopes: "Access national cloud deployments with the Microsoft Graph SDKs"
/// (https://learn.microsoft.com/graph/sdks/national-clouds): a scope that names the Graph domain, <c>.default</c>
/// included, must use the national cloud's Graph domain.</item>
/// <item>SharePoint hosts: tenant.sharepoint.com worldwide, tenant.sharepoint.cn in Office 365 operated by 21Vianet
/// (https://learn.microsoft.com/previous-versions/office/office-365-api/api/o365-china-endpoints), tenant.sharepoint.us in
/// GCC High.</item>
/// <item>v1 token issuers: sts.windows.net for the global and US Government clouds, sts.chinacloudapi.cn for 21Vianet.</item>
/// </list>
/// </summary>
public sealed record NationalCloud
{
    NationalCloud(string name, Uri authorityHost, string[] otherSignInHosts, string graphEndpoint, string sharePointSuffix, string v1IssuerHost)
    {
        Name = name;
        AuthorityHost = authorityHost;
        SignInHosts = [authorityHost.Host, .. otherSignInHosts];
        GraphEndpoint = graphEndpoint;
        SharePointSuffix = sharePointSuffix;
        V1IssuerHost = v1IssuerHost;
    }

    /// <summary>The worldwide cloud.</summary>
    public static NationalCloud Global { get; } = new("global", AzureAuthorityHosts.AzurePublicCloud, [],
        "https://graph.microsoft.com", "sharepoint.com", "sts.windows.net");

    /// <summary>
    /// Microsoft 365 operated by 21Vianet (世纪互联). login.partner.microsoftonline.cn is its newer sign-in name: MSAL, given
    /// the authority login.chinacloudapi.cn, sends the token request there (seen in NationalCloudTests), and tokens may name either.
    /// </summary>
    public static NationalCloud China { get; } = new("china", AzureAuthorityHosts.AzureChina, ["login.partner.microsoftonline.cn"],
        "https://microsoftgraph.chinacloudapi.cn", "sharepoint.cn", "sts.chinacloudapi.cn");

    /// <summary>Microsoft Cloud for US Government (GCC High, Graph L4).</summary>
    public static NationalCloud UsGovernment { get; } = new("usgov", AzureAuthorityHosts.AzureGovernment, [],
        "https://graph.microsoft.us", "sharepoint.us", "sts.windows.net");

    /// <summary>Every cloud, the default first.</summary>
    public static IReadOnlyList<NationalCloud> All { get; } = [Global, China, UsGovernment];

    /// <summary>The setting's name: <c>global</c>, <c>china</c> or <c>usgov</c>.</summary>
    public string Name { get; }

    /// <summary>The Entra sign-in host as Azure.Identity names it (credentials' <c>AuthorityHost</c>).</summary>
    public Uri AuthorityHost { get; }

    /// <summary>Host names that sign people in for this cloud; the first is <see cref="AuthorityHost"/>'s.</summary>
    public IReadOnlyList<string> SignInHosts { get; }

    /// <summary>Graph's service root, without a version.</summary>
    public string GraphEndpoint { get; }

    /// <summary>Graph's host name.</summary>
    public string GraphHost => new Uri(GraphEndpoint).Host;

    /// <summary>Graph v1.0, the store's default base URL.</summary>
    public string GraphBaseUrl => GraphEndpoint + "/v1.0";

    /// <summary>The scope asked for app and on-behalf-of tokens: <c>&lt;graph endpoint&gt;/.default</c>.</summary>
    public string GraphScope => GraphEndpoint + "/.default";

    /// <summary>What SharePoint host names end with (<c>tenant.sharepoint.cn</c>).</summary>
    public string SharePointSuffix { get; }

    /// <summary>The host of v1.0 access tokens' issuer (<c>https://sts.windows.net/{tenant}/</c>).</summary>
    public string V1IssuerHost { get; }

    /// <summary>The names a setting may hold, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(c => c.Name));

    /// <summary>The cloud called <paramref name="name"/> (case-insensitive; empty means global), or null when there is none.</summary>
    public static NationalCloud? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Global : All.FirstOrDefault(c => c.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The cloud whose Graph answers at <paramref name="host"/>, or null (an emulator, a proxy).</summary>
    public static NationalCloud? OfGraphHost(string host) =>
        All.FirstOrDefault(c => c.GraphHost.Equals(host, StringComparison.OrdinalIgnoreCase));

    /// <summary>The cloud whose SharePoint hosts end like <paramref name="host"/>, or null.</summary>
    public static NationalCloud? OfSharePointHost(string host) =>
        All.FirstOrDefault(c => host.Trim().TrimEnd('.').EndsWith("." + c.SharePointSuffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="host"/> signs people in for this cloud.</summary>
    public bool SignsInAt(string host) => SignInHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a token issued by <paramref name="issuerHost"/> (v1 or v2 issuer) comes from this cloud.</summary>
    public bool Issues(string issuerHost) => SignsInAt(issuerHost) || V1IssuerHost.Equals(issuerHost, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Name;
}
