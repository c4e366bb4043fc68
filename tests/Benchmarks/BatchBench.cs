using System.Diagnostics;
using System.Globalization;
using OfficeTools.Documents.Batch;

namespace OfficeTools.Benchmarks;

/// <summary>
/// `batch` on big ledgers (copies of the sample's units), each in a fresh process on tmpfs: wall time, peak RSS (VmHWM), and
/// the serial phases around the parallel rendering: before the first document (ledger load, trail, rules, plan) and after
/// the last (index.json, moving the files into place).
/// </summary>
static class BatchBench
{
    public static void Run(BenchPaths paths, IReadOnlyList<int> sizes)
    {
        var work = Directory.CreateDirectory(Path.Combine(Scratch, "ot-batchbench")).FullName;
        Console.WriteLine("units  | items   | docs    | wall s | before 1st doc s | after last doc s | serial % | peak RSS MiB | managed peak MiB");
        foreach (var n in sizes)
        {
            var ledger = BigLedger.Write(paths.Root, work, n);
            var output = Path.Combine(work, $"out-{n}");
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "OfficeTools.Benchmarks.dll"), "batch-run", ledger, output }) info.ArgumentList.Add(arg);
            info.Environment["OFFICETOOLS_KEYS"] = Path.Combine(work, "keys");
            using var p = Process.Start(info)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var line = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException($"batch of {n} units failed: {line}\n{stderr.Result}");
            Console.WriteLine(line);
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The child: one batch in this process, then one table row.</summary>
    public static void RunOne(string ledger, string output)
    {
        var clock = Stopwatch.StartNew();
        double first = -1, last = 0;
        long managed = 0;
        var progress = new Recorder(p =>
        {
            if (p.IsPdf) return;
            var t = clock.Elapsed.TotalSeconds;
            if (first < 0) first = t;
            last = t;
            if (p.Done % 500 == 0) managed = Math.Max(managed, GC.GetTotalMemory(false));
        });
        var result = BatchRunner.Run(new BatchOptions { Ledger = ledger, Output = output }, progress);
        var wall = clock.Elapsed.TotalSeconds;
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Errors.Take(20)));
        var s = result.Summary!;
        var after = wall - last;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Units,6} | {s.Items,7} | {s.Forms + s.Notices + 1,7} | {wall,6:0.0} | {first,16:0.00} | {after,16:0.00} | {100 * (first + after) / wall,7:0.0}% | {PeakRssMiB(),12:0} | {managed / 1048576.0,16:0}"));
    }

    /// <summary>This process's peak resident set (VmHWM of /proc/self/status), in MiB.</summary>
    public static double PeakRssMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Starts <c>dotnet ARGS</c> with its outputs read and the campaign keys in <paramref name="keys"/>.</summary>
    public static Process Child(IEnumerable<string> args, string keys)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["OFFICETOOLS_KEYS"] = keys;
        return Process.Start(info)!;
    }

    public static string Scratch => Environment.GetEnvironmentVariable("BENCH_SCRATCH") ?? (Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath());

    // Synchronous: Progress<T> would post to the thread pool and report late.
    sealed class Recorder(Action<BatchProgress> on) : IProgress<BatchProgress>
    {
        readonly Lock _gate = new();
        public void Report(BatchProgress value) { lock (_gate) on(value); }
    }
}
