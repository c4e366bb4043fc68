using System.Diagnostics;
using System.Net.Http.Headers;

namespace OfficeTools.Benchmarks;

/// <summary>
/// The add-in server (a separate process, loopback) with a throw-away local store on tmpfs: N clients each submitting the
/// sample's U001 form again and again for S seconds, each request with a 2 s timeout. Prints submits/s, p50/p99 latency,
/// timeouts, errors, and the store's size (identical bytes are stored once).
/// </summary>
static class SubmitBench
{
    public static void Run(BenchPaths paths, int clients, int seconds)
    {
        var work = Directory.CreateDirectory(Path.Combine(BatchBench.Scratch, $"ot-submitbench-{Guid.NewGuid():N}")).FullName;
        var keys = Path.Combine(work, "keys");
        var server = Environment.GetEnvironmentVariable("BENCH_SERVER") ?? Path.Combine(paths.Root, "AddIn", "Server", "bin", "Release", "net10.0", "OfficeTools.AddIn.Server.dll");
        if (!File.Exists(server)) throw new FileNotFoundException("build the add-in server first: dotnet build AddIn/Server -c Release", server);
        var port = 5300 + Random.Shared.Next(600);
        Process? host = null;
        try
        {
            var output = Path.Combine(work, "out");
            var batch = BatchBench.Child(["exec", Path.Combine(AppContext.BaseDirectory, "officetools.dll"), "batch",
                Path.Combine(paths.Root, "Templates", "samples", "ledger.json"), "-o", output], keys);
            batch.WaitForExit();
            if (batch.ExitCode != 0) throw new InvalidOperationException("batch failed: " + batch.StandardError.ReadToEnd());
            var form = File.ReadAllBytes(Directory.GetFiles(Path.Combine(output, "forms"), "*U001*.docx").Single());

            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(server)!, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { server, "--urls", $"http://127.0.0.1:{port}" }) info.ArgumentList.Add(a);
            info.Environment["OFFICETOOLS_KEYS"] = keys;
            info.Environment["Store__LocalRoot"] = Path.Combine(work, "store");
            host = Process.Start(info)!;
            _ = host.StandardOutput.ReadToEndAsync();
            _ = host.StandardError.ReadToEndAsync();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) };
            for (var i = 0; ; i++)
            {
                try { if (http.GetAsync("/api/session").Result.IsSuccessStatusCode) break; }
                catch (AggregateException) when (i < 100) { }
                Thread.Sleep(200);
            }
            async Task<(double Ms, string? Failure)> Submit()
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var body = new ByteArrayContent(form);
                    body.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    using var response = await http.PostAsync("/api/submissions/U001", body);
                    return (clock.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
                }
                catch (TaskCanceledException) { return (clock.Elapsed.TotalMilliseconds, "timeout"); }
                catch (HttpRequestException e) { return (clock.Elapsed.TotalMilliseconds, e.Message); }
            }
            // warm-up: JIT and the first store writes
            Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Submit())).Wait();
            var until = Stopwatch.StartNew();
            var results = Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                var mine = new List<(double Ms, string? Failure)>();
                while (until.Elapsed.TotalSeconds < seconds) mine.Add(await Submit());
                return mine;
            })).Result.SelectMany(r => r).ToList();
            var wall = until.Elapsed.TotalSeconds;
            var ok = results.Where(r => r.Failure is null).Select(r => r.Ms).Order().ToList();
            double P(double q) => ok.Count == 0 ? double.NaN : ok[Math.Min(ok.Count - 1, (int)(q * ok.Count))];
            var timeouts = results.Count(r => r.Failure == "timeout");
            var errors = results.Where(r => r.Failure is not null and not "timeout").GroupBy(r => r.Failure).Select(g => $"{g.Key} ×{g.Count()}").ToList();
            var stored = Directory.EnumerateFiles(Path.Combine(work, "store"), "*.docx", SearchOption.AllDirectories).ToList();
            Console.WriteLine($"submit: {clients} clients × {seconds} s: {results.Count} submits, {results.Count / wall:0} submits/s; p50 {P(0.50):0} ms, p99 {P(0.99):0} ms; " +
                $"timeouts {timeouts} (2 s), errors {errors.Count} {string.Join(", ", errors)}; store holds {stored.Count} form file(s), {stored.Sum(f => new FileInfo(f).Length) / 1024.0:0} KiB");
        }
        finally
        {
            if (host is { HasExited: false }) { host.Kill(); host.WaitForExit(); }
            Directory.Delete(work, recursive: true);
        }
    }
}
