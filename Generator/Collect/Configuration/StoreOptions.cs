using System.Text;

namespace OfficeTools.Collect.Configuration;

/// <summary>
/// Store settings, bound from the <c>Store</c> section of appsettings.json, <c>OFFICETOOLS__Store__…</c>
/// environment variables and command-line overrides (later wins). Secrets are never shown by <see cref="ToString"/>.
/// </summary>
public sealed class StoreOptions
{
    /// <summary><c>local</c> (default) or <c>sharepoint</c>.</summary>
    public string Kind { get; set; } = "local";
    /// <summary>Root folder of the local store.</summary>
    public string LocalRoot { get; set; } = "store";
    /// <summary>Entra ID tenant (directory) id.</summary>
    public string? TenantId { get; set; }
    /// <summary>Application (client) id.</summary>
    public string? ClientId { get; set; }
    /// <summary><c>clientsecret</c>, <c>certificate</c>, <c>managedidentity</c>, <c>default</c> (DefaultAzureCredential), <c>devicecode</c>, or <c>static</c> (a fixed token, for emulators).</summary>
    public string Credential { get; set; } = "default";
    /// <summary>Client secret (secret).</summary>
    public string? ClientSecret { get; set; }
    /// <summary>Path of the certificate file (.pfx/.pem) for certificate credentials.</summary>
    public string? CertificatePath { get; set; }
    /// <summary>Password of the certificate file (secret).</summary>
    public string? CertificatePassword { get; set; }
    /// <summary>A fixed bearer token for the <c>static</c> credential (secret).</summary>
    public string? StaticToken { get; set; }
    /// <summary>SharePoint host name, e.g. contoso.sharepoint.com.</summary>
    public string? SiteHost { get; set; }
    /// <summary>Server-relative site path, e.g. /sites/Campaign.</summary>
    public string? SitePath { get; set; }
    /// <summary>Document library (drive) name.</summary>
    public string Library { get; set; } = "Forms";
    /// <summary>Submissions list display name.</summary>
    public string List { get; set; } = "Submissions";

    /// <summary>The list that holds the campaign's audit trail (one item per step; append-only).</summary>
    public string TrailList { get; set; } = "Campaign Trail";
    /// <summary>
    /// The Microsoft cloud (<see cref="NationalCloud"/>): <c>global</c> (default), <c>china</c> (21Vianet) or <c>usgov</c>.
    /// It picks the sign-in authority, the Graph endpoint, the token scope and the SharePoint host suffix.
    /// </summary>
    public string Cloud { get; set; } = NationalCloud.Global.Name;
    /// <summary>Graph base URL; empty means the <see cref="Cloud"/>'s Graph v1.0. Point it at an emulator for tests.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>Where each setting came from (key → the settings file, environment variable or --set), filled by <see cref="StoreConfiguration.Load"/>.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; internal set; } = new Dictionary<string, string>();
    /// <summary>Uploads above this many bytes use an upload session (Graph's simple PUT takes up to 4 MiB).</summary>
    public int SmallUploadLimit { get; set; } = 4 * 1024 * 1024;
    /// <summary>Slice size of upload sessions (a multiple of 320 KiB).</summary>
    public int SliceSize { get; set; } = 10 * 320 * 1024;
    /// <summary>How many times the SDK retries a throttled or unavailable request (honouring Retry-After).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The <see cref="Cloud"/>'s mapping; the global cloud when the name is unknown (<see cref="StoreConfiguration.Problems"/> reports that).</summary>
    public NationalCloud National => NationalCloud.Find(Cloud) ?? NationalCloud.Global;

    /// <summary>The Graph base URL used: <see cref="BaseUrl"/>, else the cloud's Graph v1.0.</summary>
    public string GraphBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? National.GraphBaseUrl : BaseUrl.Trim();

    /// <summary>True for the SharePoint store.</summary>
    public bool IsSharePoint => Kind.Equals("sharepoint", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings with secrets redacted.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder($"Kind={Kind}");
        if (!IsSharePoint) return sb.Append($", LocalRoot={LocalRoot}").ToString();
        sb.Append($", TenantId={TenantId}, ClientId={ClientId}, Credential={Credential}, SiteHost={SiteHost}, Cloud={Cloud}, SitePath={SitePath}, Library={Library}, List={List}, TrailList={TrailList}, BaseUrl={GraphBaseUrl}");
        if (ClientSecret is not null) sb.Append(", ClientSecret=***");
        if (CertificatePath is not null) sb.Append($", CertificatePath={CertificatePath}");
        if (CertificatePassword is not null) sb.Append(", CertificatePassword=***");
        if (StaticToken is not null) sb.Append(", StaticToken=***");
        return sb.ToString();
    }
}
