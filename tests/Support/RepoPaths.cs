namespace OfficeTools.Testing;

/// <summary>Locates the repository root and the sibling ../shared folder from a test's working directory.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest ancestor holding OfficeTools.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The ../shared folder beside the repository (tests may read it; the product never does).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "OfficeTools.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("OfficeTools.sln not found above " + AppContext.BaseDirectory);
    }
}
