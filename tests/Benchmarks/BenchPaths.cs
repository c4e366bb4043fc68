namespace OfficeTools.Benchmarks;

/// <summary>Where the benchmark inputs are: the shared bench folder beside the repository (or under $OFFICETOOLS_SHARED).</summary>
sealed record BenchPaths(string Root, string Template, string Data)
{
    /// <summary>Finds the repository (the folder holding OfficeTools.sln) above the current directory or the binary.</summary>
    public static BenchPaths Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "OfficeTools.sln"))) continue;
                var shared = Environment.GetEnvironmentVariable("OFFICETOOLS_SHARED") ?? Path.Combine(dir.FullName, "..", "shared");
                var bench = Path.GetFullPath(Path.Combine(shared, "bench"));
                return new BenchPaths(dir.FullName, Path.Combine(bench, "bench-scriban.docx"), Path.Combine(bench, "bench-data.json"));
            }
        }
        throw new DirectoryNotFoundException("run from inside the repository (OfficeTools.sln not found)");
    }
}
