using System.Diagnostics;

namespace OfficeTools.Benchmarks;

/// <summary>
/// `batch --pdf` on the sample ledger with one LibreOffice worker and with one per core, side by side (alternating, a fresh
/// output on tmpfs each time), then a rerun that keeps every PDF; prints documents/s of each and their ratio.
/// </summary>
static class PdfBench
{
    public static void Run(BenchPaths paths, int pairs)
    {
        var ledger = Path.Combine(paths.Root, "Templates", "samples", "ledger.json");
        var work = Directory.CreateDirectory(Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"ot-pdfbench-{Guid.NewGuid():N}")).FullName;
        var cores = Environment.ProcessorCount;
        try
        {
            var one = new List<double>();
            var all = new List<double>();
            for (var i = 0; i < pairs; i++)
            {
                one.Add(Batch(ledger, Path.Combine(work, $"one{i}"), 1));
                all.Add(Batch(ledger, Path.Combine(work, $"all{i}"), cores));
            }
            var rerun = Batch(ledger, Path.Combine(work, "all0"), cores);
            double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
            const int documents = 58;
            Console.WriteLine($"pdf: {documents} documents; 1 worker {documents / Median(one):0.00} docs/s, {cores} workers {documents / Median(all):0.00} docs/s " +
                $"(median of {pairs}); ratio {Median(one) / Median(all):0.00} (target >= 1.7 on 2 cores); rerun with nothing changed {rerun:0.0} s");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    static double Batch(string ledger, string output, int jobs)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "officetools.dll"), "batch", ledger, "-o", output, "--pdf", "--pdf-jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"batch failed: {stderr.Result}");
        return clock.Elapsed.TotalSeconds;
    }
}
