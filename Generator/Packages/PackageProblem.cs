namespace OfficeTools.Packages;

/// <summary>
/// Why a package was refused, as a <see cref="Diagnostic"/>: a stable <see cref="Diagnostic.Id"/> (<see cref="PackageProblemIds"/>),
/// the part concerned (empty for the whole file) and an English message; each door words it in its own terms.
/// </summary>
public static class PackageProblem
{
    /// <summary>A refusal of the package, or of one of its parts (null: the whole file).</summary>
    public static Diagnostic At(string id, string? part, string message) =>
        new(id, DiagnosticSeverity.Error, "", part ?? "", "", "", message);
}

/// <summary>The stable ids of <see cref="PackageProblem"/>; each door maps them to its own diagnostics.</summary>
public static class PackageProblemIds
{
    /// <summary>The file is not a zip package.</summary>
    public const string NotZip = "not-zip";
    /// <summary>The zip is damaged or truncated (or its content types cannot be read).</summary>
    public const string Corrupt = "corrupt";
    /// <summary>More entries than <see cref="PackageLimits.MaxEntries"/>.</summary>
    public const string TooManyParts = "too-many-parts";
    /// <summary>One part inflates beyond <see cref="PackageLimits.MaxPartBytes"/>.</summary>
    public const string PartTooLarge = "part-too-large";
    /// <summary>All parts together inflate beyond <see cref="PackageLimits.MaxTotalBytes"/>.</summary>
    public const string TotalTooLarge = "total-too-large";
    /// <summary>The package inflates more than <see cref="PackageLimits.MaxExpansionRatio"/> times its size.</summary>
    public const string Ratio = "expansion-ratio";
    /// <summary>A part name with a ".." or "." segment, an absolute path, a backslash, a drive letter or a control character.</summary>
    public const string UnsafeName = "unsafe-name";
    /// <summary>Two entries with the same name (ignoring case): readers would disagree on which one counts.</summary>
    public const string DuplicateName = "duplicate-name";
    /// <summary>A vbaProject part or a macro-enabled content type.</summary>
    public const string Macro = "macro";
    /// <summary>An XML part declaring a DTD (DOCTYPE/ENTITY): entity bombs and external references.</summary>
    public const string Dtd = "dtd";

    /// <summary>True for the ids that mean a size or count limit was crossed.</summary>
    public static bool IsLimit(string id) => id is TooManyParts or PartTooLarge or TotalTooLarge or Ratio;
}
