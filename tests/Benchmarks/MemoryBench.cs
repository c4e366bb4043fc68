using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeTools.Benchmarks;

/// <summary>Peak working set of `officetools render` (a separate process) for a small and a large list of records.</summary>
static class MemoryBench
{
    public static void Run(BenchPaths paths, int small, int large)
    {
        var a = Measure(paths, small);
        var b = Measure(paths, large);
        Console.WriteLine($"memory: peak {a.PeakMiB:0} MiB for {small} documents ({a.Seconds:0.0} s), {b.PeakMiB:0} MiB for {large} documents ({b.Seconds:0.0} s); " +
            $"ratio {b.PeakMiB / a.PeakMiB:0.00} (target <= 1.5); CPU {a.CpuSeconds:0.0} s and {b.CpuSeconds:0.0} s");
    }

    static (double PeakMiB, double Seconds, double CpuSeconds) Measure(BenchPaths paths, int n)
    {
        var work = Directory.CreateTempSubdirectory("ot-bench-").FullName;
        try
        {
            var records = Path.Combine(work, "records.json");
            WriteRecords(paths.Data, records, n);
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "officetools.dll"), "render", paths.Template, records,
                "-o", Path.Combine(work, "out"), "--name", "notice-{{ no }}.docx" }) info.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            long peak = 0;
            var cpu = TimeSpan.Zero;
            while (!p.WaitForExit(20))
            {
                try
                {
                    p.Refresh();
                    peak = Math.Max(peak, p.PeakWorkingSet64);
                    cpu = p.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                    break;
                }
            }
            if (p.ExitCode != 0) throw new InvalidOperationException($"render failed: {stderr.Result}");
            _ = stdout.Result;
            // CPU time (sampled until the last poll) says more than wall time on a shared machine.
            return (peak / 1024.0 / 1024.0, clock.Elapsed.TotalSeconds, cpu.TotalSeconds);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // Streams the records out, as compare.sh does with node: the bench record with "no" = 0..n-1.
    static void WriteRecords(string template, string path, int n)
    {
        var record = JsonNode.Parse(File.ReadAllText(template))!.AsObject();
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartArray();
        for (var i = 0; i < n; i++)
        {
            record["no"] = i;
            record.WriteTo(w);
        }
        w.WriteEndArray();
    }
}
