namespace OfficeTools.Packages;

/// <summary>
/// Caps on what opening one zip package (template, .xlsx data, filled form, upload) may cost, and the setting
/// that raises each one (named in the message when it is crossed). Immutable, with <see cref="Default"/>.
/// </summary>
public sealed record PackageLimits
{
    /// <summary>
    /// The defaults: room for a 20,000-row x 20-column table of Chinese text (its sheet XML inflates to about
    /// 30 MB, its shared strings to about 20 MB) with a wide margin, and nothing near an out-of-memory abort.
    /// </summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>Most bytes one part may inflate to.</summary>
    public long MaxPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most bytes all parts together may inflate to.</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most entries the zip may hold.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Largest ratio of inflated to compressed size of the whole package; 0 means no ratio check.</summary>
    public double MaxExpansionRatio { get; init; }

    /// <summary>Macros (a vbaProject part, a macro-enabled content type) are refused.</summary>
    public bool RefuseMacros { get; init; } = true;

    /// <summary>How a person raises <see cref="MaxPartBytes"/>, named in the message (a CLI option, a configuration key).</summary>
    public string PartSetting { get; init; } = "--max-part-mb";

    /// <summary>How a person raises <see cref="MaxTotalBytes"/>.</summary>
    public string TotalSetting { get; init; } = "--max-total-mb";

    /// <summary>How a person raises <see cref="MaxEntries"/>.</summary>
    public string EntriesSetting { get; init; } = "--max-parts";

    /// <summary>How a person raises <see cref="MaxExpansionRatio"/>.</summary>
    public string RatioSetting { get; init; } = "";
}
