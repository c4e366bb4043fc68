using System.Security.Cryptography;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>Each fault the emulator can inject: nothing lost, nothing duplicated, a clear error when retries run out.</summary>
public class SharePointFaultTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    static byte[] Form(int unit) => TestForms.Blank($"U{unit:D3}", "基层党组织", 2, SampleLedger.ItemIds(unit));

    [Fact]
    public async Task Throttling_with_Retry_After_is_retried_and_each_file_arrives_once()
    {
        using var emu = new Emulated();
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Throttle, Method = "PUT", PathContains = ":/content", Times = 3, RetryAfter = 0 });
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Unavailable, Method = "GET", PathContains = "/delta", Times = 1, RetryAfter = 1 });
        await using var store = emu.Store();
        for (var u = 1; u <= 4; u++)
            Assert.Equal(UploadOutcome.Uploaded, await store.UploadFormAsync($"U{u:D3}", "form.docx", Form(u), Ct));
        Assert.Equal(0, emu.Server.Faults.Remaining);
        Assert.Equal(4, emu.Library.Files.Count());
        Assert.All(emu.Library.Files, f => Assert.Equal(1, f.Version));
        Assert.Equal(4, emu.Server.Counters.Faults);
    }

    [Fact]
    public async Task When_retries_run_out_the_error_says_so_clearly()
    {
        using var emu = new Emulated();
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Throttle, PathContains = "sites/", Times = 10, RetryAfter = 0 });
        await using var store = emu.Store();
        var e = await Assert.ThrowsAsync<StoreException>(() => store.ListSubmissionsAsync(Ct));
        Assert.Contains("busy", e.Message);
        Assert.Contains("finding the site", e.Message);
        Assert.Equal(4, emu.Server.Counters.Faults); // the first try and three retries
    }

    [Fact]
    public async Task A_connection_dropped_mid_slice_resumes_and_the_file_is_whole()
    {
        using var emu = new Emulated();
        var big = RandomNumberGenerator.GetBytes(1_500_000);
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.DropConnection, Method = "PUT", PathContains = "_upload/", Times = 2 });
        await using var store = emu.Store(o => { o.SmallUploadLimit = 100_000; o.SliceSize = 327_680; });
        Assert.Equal(UploadOutcome.Uploaded, await store.UploadFormAsync("U001", "big.docx", big, Ct));
        var file = Assert.Single(emu.Library.Files);
        Assert.Equal(big, file.Content);
        Assert.Equal(0, emu.Server.Faults.Remaining);
        Assert.Empty(emu.Server.State.Sessions);
    }

    [Fact]
    public async Task A_conflict_on_a_submission_name_is_checked_not_trusted()
    {
        using var emu = new Emulated();
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Conflict, Method = "PUT", PathContains = "/submissions/", Times = 1 });
        await using var store = emu.Store();
        var form = FormFiller.Fill(Form(1), SampleLedger.Answers(1, 2));
        var record = await store.SubmitAsync("U001", "form.docx", form, "李四", DateTimeOffset.UtcNow, Ct);
        Assert.Equal(form, emu.Library.Items[record.Form].Content);
        Assert.Single(emu.List.Items);
        Assert.Equal(1, record.Version);
    }

    [Fact]
    public async Task An_eTag_mismatch_is_re_read_and_retried_for_single_and_batched_updates()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.PreconditionFailed, Method = "PATCH", PathContains = $"{emu.List.Id}/items/", Times = 1 });
        var records = new List<SubmissionRecord>();
        for (var u = 1; u <= 25; u++)
            records.Add(await store.SubmitAsync($"U{u:D3}", "form.docx", Form(u), "x", DateTimeOffset.UtcNow, Ct));
        Assert.All(records, r => Assert.Equal(1, r.Version));
        Assert.All(emu.List.Items.Values, i => Assert.Equal("1", i.Fields["Version"]!.ToString()));

        // someone else edits one item after we listed: its eTag no longer matches
        var listed = await store.ListSubmissionsAsync(Ct);
        emu.List.Items[3].Version++;
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.PreconditionFailed, Method = "PATCH", PathContains = "/fields", Times = 2 });
        var batchedBefore = emu.Server.Counters.Batched;
        await store.SetStatusAsync(listed.Select(s => new StatusUpdate(s, "Collected")).ToList(), Ct);
        Assert.All(emu.List.Items.Values, i => Assert.Equal("Collected", i.Fields["Status"]!.ToString()));
        Assert.True(emu.Server.Counters.Batched - batchedBefore >= 25, "status writes go through $batch");
    }

    [Fact]
    public async Task Slow_answers_and_paged_listings_lose_nothing()
    {
        using var emu = new Emulated();
        emu.Server.Router.PageSize = 3;
        await using var store = emu.Store();
        for (var i = 0; i < 10; i++)
            await store.SubmitAsync(i % 2 == 0 ? "U001" : "U002", "form.docx", FormFiller.Fill(Form(1), new Dictionary<string, object?> { ["filler"] = $"第{i}次" }), "x", DateTimeOffset.UtcNow.AddSeconds(i), Ct);
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Slow, Method = "GET", PathContains = "/items", Times = 2, DelayMs = 300 });
        var all = await store.ListSubmissionsAsync(Ct);
        Assert.Equal(10, all.Count);
        Assert.Equal([1, 2, 3, 4, 5], all.Where(s => s.UnitId == "U001").Select(s => s.Version).Order());
        Assert.Equal([1, 2, 3, 4, 5], all.Where(s => s.UnitId == "U002").Select(s => s.Version).Order());
    }

    [Fact]
    public async Task Concurrent_submissions_for_one_unit_keep_every_version()
    {
        using var emu = new Emulated();
        var forms = Enumerable.Range(0, 8).Select(i => FormFiller.Fill(Form(7), new Dictionary<string, object?> { ["filler"] = $"填报人{i}" })).ToList();
        var at = DateTimeOffset.UtcNow;
        var records = await Task.WhenAll(forms.Select(async (f, i) =>
        {
            await using var store = emu.Store();
            return await store.SubmitAsync("U007", "form.docx", f, $"user{i}", at.AddMilliseconds(i), Ct);
        }));
        Assert.Equal(Enumerable.Range(1, 8), records.Select(r => r.Version).Order());
        Assert.Equal(8, emu.List.Items.Count);
        Assert.Equal(8, emu.Library.Files.Count(f => f.Path.StartsWith("U007/submissions/", StringComparison.Ordinal)));
        await using var reader = emu.Store();
        foreach (var (r, f) in records.Zip(forms)) Assert.Equal(f, await reader.DownloadAsync(r, Ct));
    }
}
