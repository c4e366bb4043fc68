using System.Diagnostics;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Publishing;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests.Benchmarks;

/// <summary>
/// The issue's two figures, run only with RUN_BENCH=1 (they take tens of seconds): collect 2,000 filled forms
/// (target ≥ 1,000 forms/s) and publish 1,000 documents to the emulator (target ≤ 1.1 requests per document on
/// top of the uploads' own). Figures go to the test output and to $TMPDIR/collect-bench.txt.
/// </summary>
public class CollectBenchmarks(SampleBatch batch) : IClassFixture<SampleBatch>
{
    static bool Enabled => Environment.GetEnvironmentVariable("RUN_BENCH") == "1";
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "collect-bench.txt"), line + "\n");
    }

    [Fact]
    public async Task Collect_2000_filled_forms()
    {
        Assert.SkipUnless(Enabled, "benchmark: set RUN_BENCH=1");
        const int count = 2000;
        var dir = batch.NewFolder("bench-collect");
        var ledger = MakeForms(dir, count);
        var size = new FileInfo(Directory.GetFiles(Path.Combine(dir, "forms"), "*.docx", SearchOption.AllDirectories)[0]).Length;

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var stdout = new StringWriter();
        var code = await CollectRun.RunAsync(new CollectRequest(Path.Combine(dir, "forms"), ledger, Path.Combine(dir, "out.json")), stdout, new StringWriter(), Ct);
        sw.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.Equal(0, code);
        Assert.Contains($"submitted {count},", stdout.ToString());
        Report($"collect: {count} forms ({size / 1024} KiB each, {Environment.ProcessorCount} cores) in {sw.Elapsed.TotalSeconds:0.00} s = {count / sw.Elapsed.TotalSeconds:0} forms/s wall (whole command: read, check, OUT.json, merged ledger); CPU {cpu.TotalSeconds:0.00} s = {count / cpu.TotalSeconds:0} forms per CPU-second; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        // The reader alone, on bytes already in memory (warm): what the forms/s figure is made of.
        var bytes = Directory.GetFiles(Path.Combine(dir, "forms"), "*.docx", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToArray();
        var read = 0;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        Parallel.For(0, bytes.Length, i => { if (OfficeTools.Collect.Reading.FormReader.Read(bytes[i], "f").IsForm) Interlocked.Increment(ref read); });
        sw.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.Equal(count, read);
        Report($"reader alone: {count} forms in {sw.Elapsed.TotalSeconds:0.00} s = {count / sw.Elapsed.TotalSeconds:0} forms/s wall; {count / cpu.TotalSeconds:0} forms per CPU-second");
    }

    [Fact]
    public async Task Collect_10000_forms_from_the_local_store()
    {
        Assert.SkipUnless(Enabled, "benchmark: set RUN_BENCH=1");
        const int count = 10000;
        var dir = batch.NewFolder("bench-collect-store");
        var ledger = MakeForms(dir, count);
        var root = Path.Combine(dir, "store");
        await using (var store = new OfficeTools.Collect.Stores.LocalFormStore(root))
            foreach (var form in Directory.GetFiles(Path.Combine(dir, "forms"), "*.docx", SearchOption.AllDirectories))
                await store.SubmitAsync(Path.GetFileNameWithoutExtension(form), Path.GetFileName(form), File.ReadAllBytes(form), "clerk@example.cn", DateTimeOffset.UtcNow, Ct);
        Directory.Delete(Path.Combine(dir, "forms"), true);
        GC.Collect();
        var before = PeakRssMiB();
        File.WriteAllText("/proc/self/clear_refs", "5"); // the peak (VmHWM) counts from here
        var sw = Stopwatch.StartNew();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CollectRun.RunAsync(new CollectRequest(root, ledger, Path.Combine(dir, "out.json")), stdout, stderr, Ct);
        sw.Stop();
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains($"submitted {count},", stdout.ToString());
        Report($"collect from the local store: {count} forms in {sw.Elapsed.TotalSeconds:0.00} s = {count / sw.Elapsed.TotalSeconds:0} forms/s; peak RSS of the process while collecting {PeakRssMiB():0} MiB " +
            $"(it held {before:0} MiB before); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    static double PeakRssMiB() => long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))[6..].Trim().Split(' ')[0],
        System.Globalization.CultureInfo.InvariantCulture) / 1024.0;

    // count units of the kind 领导班子, each with its own filled and sealed copy of U001's form under dir/forms/ID/ID.docx; the ledger's path
    string MakeForms(string dir, int count)
    {
        var (_, blank) = batch.Forms["U001"];
        var template = GenericAnswers.For(blank, 1);
        var itemIds = template.Keys.Where(k => k.StartsWith("item.", StringComparison.Ordinal) && k.EndsWith(".status", StringComparison.Ordinal))
            .Select(k => k[5..^7]).ToList();
        var units = new JsonArray();
        var items = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            var id = $"B{i:D4}";
            units.Add(new JsonObject { ["id"] = id, ["name"] = $"单位{i}", ["kind"] = "领导班子" });
            var answers = new Dictionary<string, object?>(template) { ["unit.id"] = id, ["filler"] = $"填报人{i}" };
            var unitDir = Path.Combine(dir, "forms", id);
            Directory.CreateDirectory(unitDir);
            // item ids are unique across a ledger: each unit's copy of the form gets its own
            // and its own sealed identity, as a generated form has (a copy of U001's would be refused as not this unit's)
            File.WriteAllBytes(Path.Combine(unitDir, id + ".docx"),
                TestForms.Stamp(FormFiller.PrefixItems(FormFiller.Fill(blank, answers), id + "-"), SampleLedger.CampaignId(2014), id, "领导班子"));
            foreach (var item in itemIds) items.Add(new JsonObject { ["id"] = $"{id}-{item}", ["unit"] = id, ["focus"] = 1, ["problem"] = "问题", ["due"] = "2014-12-01", ["status"] = "尚未启动" });
        }
        var ledger = Path.Combine(dir, "ledger.json");
        File.WriteAllText(ledger, new JsonObject { ["campaign"] = SampleLedger.Campaign("2014-12-20", "2014-11-01"), ["units"] = units, ["items"] = items }.ToJsonString());
        return ledger;
    }

    [Fact]
    public async Task Publish_1000_documents_to_the_emulator()
    {
        Assert.SkipUnless(Enabled, "benchmark: set RUN_BENCH=1");
        const int count = 1000;
        using var emu = new Emulated();
        var dir = batch.NewFolder("bench-publish");
        var (_, blank) = batch.Forms["U001"];
        var plan = new List<PlannedFile>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(dir, $"doc{i:D4}.docx");
            File.WriteAllBytes(path, FormFiller.Fill(blank, new Dictionary<string, object?> { ["filler_phone"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            plan.Add(new PlannedFile($"U{i % 100:D3}", path, OfficeTools.Documents.Catalogue.DocumentKind.Form));
        }
        await using var store = emu.Store();
        var sw = Stopwatch.StartNew();
        var report = await Publisher.PublishAsync(plan, store, 4, null, Ct);
        sw.Stop();
        Assert.Equal(count, report.Uploaded);
        var c = emu.Server.Counters;
        var perDoc = (double)c.Other / count;
        Report($"publish: {count} documents in {sw.Elapsed.TotalSeconds:0.00} s; {c.Total} requests = {c.Uploads} uploads + {c.Other} others → {perDoc:0.000} extra requests per document (target ≤ 1.1)");
        Assert.True(perDoc <= 1.1, $"{perDoc} extra requests per document");

        emu.Server.Counters.Reset();
        await using var again = emu.Store();
        sw.Restart();
        var second = await Publisher.PublishAsync(plan, again, 4, null, Ct);
        Assert.Equal(count, second.Unchanged);
        Report($"re-publish: {count} unchanged documents in {sw.Elapsed.TotalSeconds:0.00} s with {emu.Server.Counters.Total} requests, {emu.Server.Counters.Uploads} uploads");
    }
}
