using System.Diagnostics;
using OfficeTools.Data;
using OfficeTools.Engine;

namespace OfficeTools.Benchmarks;

/// <summary>Renders the bench notice N times in-process (compile once), sequentially and in parallel.</summary>
static class InProcessBench
{
    public static void Run(BenchPaths paths, int n)
    {
        DocxTemplate template;
        using (var s = File.OpenRead(paths.Template)) template = DocxTemplate.Compile(s, Path.GetFileName(paths.Template));
        if (template.HasErrors) throw new InvalidOperationException(string.Join("\n", template.Diagnostics));
        var data = (Dictionary<string, object?>)DataLoader.Load(paths.Data).Value!;
        var records = Enumerable.Range(0, n).Select(i => new Dictionary<string, object?>(data) { ["no"] = (long)i }).ToList();
        for (var i = 0; i < 20; i++) template.Render(records[i % records.Count]);

        long bytes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var r in records) bytes += template.Render(r).Document!.Length;
        var sequential = clock.Elapsed.TotalSeconds;

        clock.Restart();
        Parallel.ForEach(records, r => template.Render(r));
        var parallel = clock.Elapsed.TotalSeconds;

        Console.WriteLine($"in-process: {n} notices, {bytes / n / 1024.0:0.0} KiB each; sequential {sequential:0.00} s ({n / sequential:0} docs/s); " +
            $"parallel x{Environment.ProcessorCount} {parallel:0.00} s ({n / parallel:0} docs/s)");
    }
}
