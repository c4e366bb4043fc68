namespace OfficeTools.Packages;

/// <summary>One inflated entry of a package.</summary>
public sealed record PackageEntry(string Name, byte[] Bytes);

/// <summary>The outcome of <see cref="PackageInspector.Open"/>: the entries (in zip order), or the problem that refused the file.</summary>
public sealed record PackageContents(IReadOnlyList<PackageEntry> Entries, Diagnostic? Problem)
{
    /// <summary>True when the package passed every check.</summary>
    public bool Success => Problem is null;

    /// <summary>The entry with this exact name, or null.</summary>
    public PackageEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);
}
