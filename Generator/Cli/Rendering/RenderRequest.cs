namespace OfficeTools.Cli.Rendering;

/// <summary>What `officetools render` was asked to do.</summary>
public sealed record RenderRequest(string Template, string Data, string Output, string? Name = null,
    bool Lenient = false, bool RestartNumbering = false, int Jobs = 0)
{
    /// <summary>Caps on opening the template and .xlsx data packages.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;

    /// <summary>`--merge OUT.docx`: every record's document into this one print file (then <see cref="Output"/> is not used).</summary>
    public string? Merge { get; init; }
}
