using System.Security.Cryptography;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>What real SharePoint does that a naive client trips on: no delta paths, rewritten files, throttled batch parts, late 409s.</summary>
public class SharePointHabitTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    // One set of bytes per unit: a stamped form made twice may differ (its identity carries the time).
    static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte[]> Forms = new();
    static byte[] Form(int unit) => Forms.GetOrAdd(unit, u => TestForms.Blank($"U{u:D3}", "基层党组织", 2, SampleLedger.ItemIds(u)));

    [Fact]
    public async Task Publishing_again_sends_nothing_although_delta_has_no_paths_and_SharePoint_rewrote_every_file()
    {
        using var emu = new Emulated();
        emu.Server.State.Habits.RewriteOfficeFiles = true;
        await using (var store = emu.Store())
        {
            for (var u = 1; u <= 5; u++) Assert.Equal(UploadOutcome.Uploaded, await store.UploadFormAsync($"U{u:D3}", "自查报告表.docx", Form(u), Ct));
            await store.CompleteUploadsAsync(Ct);
        }
        Assert.All(emu.Library.Files, f => Assert.NotEqual(Form(int.Parse(f.Path[1..4])), f.Content)); // really rewritten
        Assert.All(emu.Library.Files, f => Assert.Equal(QuickXor.Compute(f.Content), f.ListItem!.Fields["StoredHash"]?.ToString()));
        emu.Server.Counters.Reset();
        await using (var store = emu.Store())
        {
            for (var u = 1; u <= 5; u++) Assert.Equal(UploadOutcome.Unchanged, await store.UploadFormAsync($"U{u:D3}", "自查报告表.docx", Form(u), Ct));
            // layout recovery finds the blank form by its folder although delta names no parent path
            Assert.Single(await store.PublishedFormsAsync("U003", Ct));
            Assert.Equal(UploadOutcome.Replaced, await store.UploadFormAsync("U001", "自查报告表.docx", Form(9), Ct));
        }
        Assert.Equal(1, emu.Server.Counters.Uploads);
        Assert.Equal(2, emu.Library.Items["U001/自查报告表.docx"].Version);
    }

    [Fact]
    public async Task Hash_columns_are_written_in_batches_and_a_publish_that_skipped_them_only_uploads_again()
    {
        using var emu = new Emulated();
        await using (var store = emu.Store())
        {
            for (var u = 1; u <= 25; u++) await store.UploadFormAsync($"U{u:D3}", "f.docx", Form(u), Ct);
            emu.Server.Counters.Reset();
            await store.CompleteUploadsAsync(Ct);
            Assert.Equal(4, emu.Server.Counters.Total); // two $batches of ids, two of columns
        }
        Assert.All(emu.Library.Files, f => Assert.Equal(64, f.ListItem!.Fields["ContentHash"]!.ToString().Length));
        await using (var store = emu.Store()) await store.UploadFormAsync("U026", "f.docx", Form(26), Ct); // never completed
        await using var again = emu.Store();
        Assert.Equal(UploadOutcome.Unchanged, await again.UploadFormAsync("U001", "f.docx", Form(1), Ct));
        Assert.Equal(UploadOutcome.Replaced, await again.UploadFormAsync("U026", "f.docx", Form(26), Ct));
    }

    [Fact]
    public async Task A_blank_form_replaced_by_hand_in_SharePoint_is_published_again()
    {
        using var emu = new Emulated();
        await using (var store = emu.Store())
        {
            await store.UploadFormAsync("U001", "f.docx", Form(1), Ct);
            await store.CompleteUploadsAsync(Ct);
        }
        emu.Library.Items["U001/f.docx"].Content = Form(2); // a clerk uploads another file over it; the columns stay
        await using var again = emu.Store();
        Assert.Equal(UploadOutcome.Replaced, await again.UploadFormAsync("U001", "f.docx", Form(1), Ct));
        Assert.Equal(Form(1), emu.Library.Items["U001/f.docx"].Content);
    }

    [Fact]
    public async Task A_retried_submit_finds_its_own_rewritten_file_by_our_hash()
    {
        using var emu = new Emulated();
        emu.Server.State.Habits.RewriteOfficeFiles = true;
        var at = DateTimeOffset.UtcNow;
        var form = FormFiller.Fill(Form(1), SampleLedger.Answers(1, 2));
        await using var store = emu.Store();
        var first = await store.SubmitAsync("U001", "f.docx", form, "x", at, Ct);
        var retried = await store.SubmitAsync("U001", "f.docx", form, "x", at, Ct);
        Assert.Equal(first.Id, retried.Id);
        Assert.Single(emu.List.Items);
        Assert.Single(emu.Library.Files);
    }

    [Fact]
    public async Task A_409_on_an_upload_sessions_final_range_is_handled_like_a_simple_PUTs()
    {
        using var emu = new Emulated();
        var big = RandomNumberGenerator.GetBytes(900_000);
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Conflict, Method = "PUT", PathContains = "_upload/", LastSliceOnly = true });
        await using var store = emu.Store(o => { o.SmallUploadLimit = 100_000; o.SliceSize = 327_680; });
        var record = await store.SubmitAsync("U001", "big.docx", big, "x", DateTimeOffset.UtcNow, Ct);
        Assert.Equal(big, emu.Library.Items[record.Form].Content);
        Assert.Single(emu.List.Items);
        Assert.Equal(0, emu.Server.Faults.Remaining);
    }

    [Fact]
    public async Task Throttled_parts_of_a_batch_are_retried_after_Retry_After_and_every_status_lands()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        for (var u = 1; u <= 30; u++) await store.SubmitAsync($"U{u:D3}", "f.docx", Form(u), "x", DateTimeOffset.UtcNow, Ct);
        var listed = await store.ListSubmissionsAsync(Ct);
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Throttle, Method = "PATCH", PathContains = $"{emu.List.Id}/items/", Times = 7, RetryAfter = 1 });
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Unavailable, Method = "PATCH", PathContains = $"{emu.List.Id}/items/2", Times = 1, RetryAfter = 0 });
        await store.SetStatusAsync(listed.Select(s => new StatusUpdate(s, "Collected")).ToList(), Ct);
        Assert.All(emu.List.Items.Values, i => Assert.Equal("Collected", i.Fields["Status"]!.ToString()));
        Assert.Equal(0, emu.Server.Faults.Remaining);
    }

    [Fact]
    public async Task When_batch_parts_stay_throttled_the_error_names_those_not_applied_and_the_rest_are_applied()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        for (var u = 1; u <= 4; u++) await store.SubmitAsync($"U{u:D3}", "f.docx", Form(u), "x", DateTimeOffset.UtcNow, Ct);
        var listed = await store.ListSubmissionsAsync(Ct);
        emu.Server.Faults.Add(new Fault { Kind = FaultKind.Throttle, Method = "PATCH", PathContains = $"{emu.List.Id}/items/3/", Times = 100, RetryAfter = 0 });
        var e = await Assert.ThrowsAsync<StoreException>(() => store.SetStatusAsync(listed.Select(s => new StatusUpdate(s, "Collected")).ToList(), Ct));
        Assert.Contains("Not applied: 3 ", e.Message);
        Assert.Equal(["Collected", "Collected", "Submitted", "Collected"], emu.List.Items.Values.Select(i => i.Fields["Status"]!.ToString()));
    }

    [Theory]
    [InlineData("CONTOSO.SharePoint.com", "sites/campaign/")]
    [InlineData("https://contoso.sharepoint.com/sites/Campaign", null)]
    [InlineData(" contoso.sharepoint.com ", "//sites//Campaign")]
    public async Task Site_addresses_are_normalised(string host, string? path)
    {
        using var emu = new Emulated();
        await using var store = emu.Store(o => { o.SiteHost = host; o.SitePath = path; });
        Assert.Empty(await store.ListSubmissionsAsync(Ct));
    }

    [Fact]
    public async Task OfficeTools_names_itself_in_the_User_Agent()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        await store.ListSubmissionsAsync(Ct);
        Assert.All(emu.Server.UserAgents, ua => Assert.Contains("ISV|OfficeTools|officetools/", ua));
    }
}
