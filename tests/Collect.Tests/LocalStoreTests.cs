using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

public sealed class LocalStoreTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "collect-local-" + Guid.NewGuid().ToString("N"));
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try { Directory.Delete(root, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Uploads_are_idempotent_by_content()
    {
        await using var store = new LocalFormStore(root);
        var form = TestForms.Blank("U001", "领导班子", 1, []);
        Assert.Equal(UploadOutcome.Uploaded, await store.UploadFormAsync("U001", "表/1.docx", form, Ct));
        Assert.Equal(UploadOutcome.Unchanged, await store.UploadFormAsync("U001", "表/1.docx", form, Ct));
        Assert.Equal(UploadOutcome.Replaced, await store.UploadFormAsync("U001", "表/1.docx", FormFiller.Fill(form, new Dictionary<string, object?> { ["filler"] = "x" }), Ct));
        Assert.Single(Directory.GetFiles(Path.Combine(root, "U001")));
        Assert.True(LocalFormStore.IsStore(root));
    }

    [Fact]
    public async Task Concurrent_submissions_for_one_unit_keep_every_version()
    {
        var forms = Enumerable.Range(0, 12).Select(i => FormFiller.Fill(TestForms.Blank("U002", "领导班子", 1, []), new Dictionary<string, object?> { ["filler"] = $"人{i}" })).ToList();
        var at = DateTimeOffset.UtcNow;
        var records = await Task.WhenAll(forms.Select((f, i) => Task.Run(async () =>
        {
            await using var store = new LocalFormStore(root);
            return await store.SubmitAsync("U002", "form.docx", f, $"user{i}", at.AddMilliseconds(i), Ct);
        }, Ct)));
        Assert.Equal(Enumerable.Range(1, 12), records.Select(r => r.Version).Order());
        await using var reader = new LocalFormStore(root);
        var listed = await reader.ListSubmissionsAsync(Ct);
        Assert.Equal(12, listed.Count);
        foreach (var (r, f) in records.Zip(forms)) Assert.Equal(f, await reader.DownloadAsync(r, Ct));
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_records_it_once()
    {
        await using var store = new LocalFormStore(root);
        var form = TestForms.Blank("U003", "领导班子", 1, []);
        var at = new DateTimeOffset(2014, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var a = await store.SubmitAsync("U003", "f.docx", form, "x", at, Ct);
        var b = await store.SubmitAsync("U003", "f.docx", form, "x", at, Ct);
        Assert.Equal(a.Id, b.Id);
        Assert.Single(await store.ListSubmissionsAsync(Ct));
        await store.SetStatusAsync([new StatusUpdate(a, "Collected")], Ct);
        Assert.Equal("Collected", Assert.Single(await store.ListSubmissionsAsync(Ct)).Status);
    }

    [Fact]
    public async Task An_identical_resubmission_is_recorded_but_its_bytes_are_stored_once()
    {
        await using var store = new LocalFormStore(root);
        var form = TestForms.Blank("U004", "领导班子", 1, []);
        var other = FormFiller.Fill(form, new Dictionary<string, object?> { ["filler"] = "乙" });
        var at = new DateTimeOffset(2014, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var first = await store.SubmitAsync("U004", "f.docx", form, "甲", at, Ct);
        var again = await store.SubmitAsync("U004", "f.docx", form, "乙", at.AddMinutes(5), Ct);
        var changed = await store.SubmitAsync("U004", "f.docx", other, "乙", at.AddMinutes(9), Ct);

        var listed = await store.ListSubmissionsAsync(Ct);
        Assert.Equal([1, 2, 3], listed.Select(r => r.Version));
        Assert.Equal(["甲", "乙", "乙"], listed.Select(r => r.SubmittedBy));
        Assert.Equal(at.AddMinutes(5), listed[1].SubmittedAt);
        Assert.Equal(first.Hash, again.Hash);
        Assert.Equal(first.Form, again.Form);
        Assert.NotEqual(first.Form, changed.Form);
        var files = Directory.GetFiles(Path.Combine(root, "U004", "submissions"));
        Assert.Equal(2, files.Length);
        Assert.Equal(form, await store.DownloadAsync(again, Ct));
        Assert.Equal(other, await store.DownloadAsync(changed, Ct));

        // a stored copy that is gone (or was changed on disk) is not pointed at: the bytes are written again
        File.Delete(Path.Combine(root, first.Form));
        var after = await store.SubmitAsync("U004", "f.docx", form, "甲", at.AddMinutes(20), Ct);
        Assert.Equal(form, await store.DownloadAsync(after, Ct));
        Assert.Equal(4, after.Version);
    }
}
