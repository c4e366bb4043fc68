namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>The service's own settings (configuration section <c>AddIn</c>).</summary>
public sealed class AddInOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "AddIn";

    /// <summary>Origins allowed to call the API from another origin (the add-in's own host); empty means same-origin only.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Largest accepted request body, in bytes (uploads of filled forms).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most entries an uploaded .docx may contain.</summary>
    public int MaxZipEntries { get; set; } = 2000;

    /// <summary>Most bytes an uploaded .docx may expand to.</summary>
    public long MaxExpandedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest ratio of expanded to compressed size of an upload.</summary>
    public double MaxExpansionRatio { get; set; } = 100;

    /// <summary>The ledger file (.json, .csv or .xlsx); empty means the sample bundled with the service.</summary>
    public string? Ledger { get; set; }
}
