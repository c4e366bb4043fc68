namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>The service's own settings (configuration section <c>AddIn</c>).</summary>
public sealed class AddInOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "AddIn";

    /// <summary>Origins allowed to call the API from another origin (the add-in's own host); empty means same-origin only.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Office host origins that may send a state-changing request (patterns, <c>https://*.officeapps.live.com</c>
    /// matches any subdomain); null means <see cref="DefaultOfficeOrigins"/>. The service's own origin and
    /// <see cref="AllowedOrigins"/> are always allowed.
    /// </summary>
    public List<string>? OfficeOrigins { get; set; }

    /// <summary>The Office hosts that frame Word's task panes (Word on the web, Microsoft 365); no host where anyone can publish pages.</summary>
    public static readonly IReadOnlyList<string> DefaultOfficeOrigins =
        ["https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.cloud.microsoft"];

    /// <summary>Slowest accepted request body, in bytes per second, after <see cref="RequestBodyGraceSeconds"/>; slower uploads get 408; 0 switches the check off.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a request body may start slowly before <see cref="MinRequestBodyBytesPerSecond"/> applies (more than 1).</summary>
    public double RequestBodyGraceSeconds { get; set; } = 10;

    /// <summary>Largest accepted request body, in bytes (uploads of filled forms).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most entries an uploaded .docx may contain.</summary>
    public int MaxZipEntries { get; set; } = 2000;

    /// <summary>Most bytes an uploaded .docx may expand to.</summary>
    public long MaxExpandedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest ratio of expanded to compressed size of an upload.</summary>
    public double MaxExpansionRatio { get; set; } = 100;

    /// <summary>
    /// With SharePoint and sign-in: false (default) = the service writes with the app's own credential (Store:Credential,
    /// e.g. Sites.Selected with write on the one site) after its own check of who the caller is, so unit users need no
    /// rights on the site and cannot read other units' folders there; true = Graph is called on behalf of the signed-in
    /// user (the users then need edit rights on the site, and see what SharePoint lets them see).
    /// </summary>
    public bool StoreOnBehalfOfUser { get; set; }

    /// <summary>How many signed-in users' SharePoint connections are kept at once (on-behalf-of mode).</summary>
    public int MaxCachedUserStores { get; set; } = 500;

    /// <summary>The ledger file (.json, .csv or .xlsx); empty means the sample bundled with the service.</summary>
    public string? Ledger { get; set; }

    /// <summary>
    /// The folder picture paths in templates and data are read in (relative to the content root); empty means none, so
    /// only base64 pictures render and a file path is a located error (OT0306). Symbolic links leading out of it are refused.
    /// </summary>
    public string? PictureFolder { get; set; }

    /// <summary>A rules file overriding the shipped rules (as `batch --rules`); empty means the shipped rules.</summary>
    public string? Rules { get; set; }
}
