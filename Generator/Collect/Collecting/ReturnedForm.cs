namespace OfficeTools.Collect.Collecting;

/// <summary>A form that came back: where it is, when and by whom it was submitted, and how to get its bytes.</summary>
public sealed record ReturnedForm(string File, DateTimeOffset SubmittedAt, string? SubmittedBy, Func<byte[]> Load)
{
    /// <summary>The store's number of this submission within its unit (1, 2, …); 0 for a file in a folder.</summary>
    public int Version { get; init; }

    /// <summary>The unit a store filed the submission under (null for a file in a folder): a return slip must be its own.</summary>
    public string? Unit { get; init; }

    /// <summary>The .docx files under a folder (recursively, lock files skipped), dated by their last write.</summary>
    public static IReadOnlyList<ReturnedForm> FromFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.docx", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            // a run's staging (left by a killed render or batch) holds blank forms, not returned ones
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar)
                .Any(s => s.StartsWith(OfficeTools.Data.StagedOutput.StagingPrefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => new ReturnedForm(f, new DateTimeOffset(System.IO.File.GetLastWriteTimeUtc(f), TimeSpan.Zero), null,
                () => System.IO.File.ReadAllBytes(f)))
            .ToList();
}
