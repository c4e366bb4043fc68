using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace OfficeTools.AddIn.Tests;

/// <summary>Concurrent render and submit against the running service; only with RUN_BENCH=1 (figures go to the test output).</summary>
public class LoadTests(LoadTests.App app) : IClassFixture<LoadTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public Uri BaseAddress => new(Address);
    }

    static async Task<(double P50, double P99, double Max, int Errors)> Run(int total, int concurrency, Func<Task<HttpStatusCode>> call, HttpStatusCode ok)
    {
        var times = new double[total];
        var errors = 0;
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var sw = Stopwatch.StartNew();
                var status = await call();
                times[i] = sw.Elapsed.TotalMilliseconds;
                if (status != ok) Interlocked.Increment(ref errors);
            }
        });
        await Task.WhenAll(workers);
        Array.Sort(times);
        return (times[total / 2], times[(int)Math.Ceiling(total * 0.99) - 1], times[^1], errors);
    }

    [Fact]
    public async Task Hundred_concurrent_renders_and_submits_without_an_error()
    {
        if (Environment.GetEnvironmentVariable("RUN_BENCH") != "1") Assert.Skip("set RUN_BENCH=1 to run the load test");
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddInApplication.Token());
        string[] units = ["U001", "U002", "U003"];
        var n = 0;
        Task<HttpStatusCode> Render(string include) => http.PostAsJsonAsync("/api/render",
            new { template = "form", unitId = units[Interlocked.Increment(ref n) % 3], include }, ct).ContinueWith(t => t.Result.StatusCode, ct);
        var doc = Docs.Form("U001");
        async Task<HttpStatusCode> Submit()
        {
            using var content = new ByteArrayContent(doc);
            return (await http.PostAsync("/api/submissions/U001", content, ct)).StatusCode;
        }
        await Run(60, 4, () => Render("document"), HttpStatusCode.OK);
        await Run(20, 4, Submit, HttpStatusCode.Created);
        var lines = new List<string>();
        foreach (var (label, total, conc, call, ok) in new (string, int, int, Func<Task<HttpStatusCode>>, HttpStatusCode)[]
        {
            // one at a time first: the service's own cost, before contention for the machine's cores
            ("render document, sequential", 200, 1, () => Render("document"), HttpStatusCode.OK),
            ("render controls, sequential", 200, 1, () => Render("controls"), HttpStatusCode.OK),
            ("submit, sequential", 50, 1, Submit, HttpStatusCode.Created),
            ("render document, 50 concurrent", 1000, 50, () => Render("document"), HttpStatusCode.OK),
            ("render controls, 50 concurrent", 1000, 50, () => Render("controls"), HttpStatusCode.OK),
            ("render document, 100 concurrent", 1000, 100, () => Render("document"), HttpStatusCode.OK),
            ("submit, 50 concurrent", 250, 50, Submit, HttpStatusCode.Created),
            ("submit, 100 concurrent", 500, 100, Submit, HttpStatusCode.Created),
        })
        {
            var sw = Stopwatch.StartNew();
            var (p50, p99, max, errors) = await Run(total, conc, call, ok);
            lines.Add($"{label}: {total} requests, {errors} errors, p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {max:0.0} ms, {total / sw.Elapsed.TotalSeconds:0} req/s");
            Assert.Equal(0, errors);
        }
        lines.Add($"machine: {Environment.ProcessorCount} cores, 1-min load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var report = string.Join(Environment.NewLine, lines);
        TestContext.Current.SendDiagnosticMessage(report);
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "load-report.txt"), report, ct);
    }
}
