namespace OfficeTools.Engine;

/// <summary>Options of a template; immutable, with <see cref="Default"/>.</summary>
public sealed record TemplateOptions
{
    /// <summary>The defaults: strict, limits large enough for a 20,000-row table.</summary>
    public static TemplateOptions Default { get; } = new();
    /// <summary>An unknown variable or member is an error (default); false renders it as empty.</summary>
    public bool Strict { get; init; } = true;
    /// <summary>Numbered lists inside a repeated block restart in each repetition.</summary>
    public bool RestartNumbering { get; init; }
    /// <summary>Maximum iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 1_000_000;
    /// <summary>Maximum recursion depth of functions.</summary>
    public int RecursionLimit { get; init; } = 100;
    /// <summary>Maximum time one render may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Maximum size of one rendered part, in characters.</summary>
    public long MaxOutputChars { get; init; } = 512L * 1024 * 1024;
    /// <summary>Where pictures from data are read and how large they may be.</summary>
    public PictureOptions Pictures { get; init; } = PictureOptions.Default;
    /// <summary>Caps on opening the template's zip package (part and total inflated size, number of parts).</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
}
