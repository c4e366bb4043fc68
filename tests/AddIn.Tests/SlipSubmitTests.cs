using System.Net.Http.Headers;
using System.Net.Http.Json;
using OfficeTools.Documents.Identity;

namespace OfficeTools.AddIn.Tests;

/// <summary>A notice's 办理结果 return slip submitted through the add-in once the trail says the notice was issued (an app of its own: the trail changes).</summary>
public class SlipSubmitTests(SlipSubmitTests.App app) : IClassFixture<SlipSubmitTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document, Dictionary<string, string>? Controls, string? Identity, string? Property);
    record Submitted(string Id, string UnitId, int Version, string Check, string[] Problems);
    record Row(string UnitId, string Name, string Kind, string Status, string? Check, DateTimeOffset? SubmittedAt, string? SubmittedBy, int Versions);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<Submitted> Submit(string unitId, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await Clerk.PostAsync($"/api/submissions/{unitId}", content, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Ct))!;
    }

    async Task<Row> Status(string unitId) => (await Clerk.GetFromJsonAsync<Row[]>("/api/status", Ct))!.Single(r => r.UnitId == unitId);

    [Fact]
    public async Task A_return_slip_of_an_issued_notice_is_taken_and_leaves_the_units_form_status_alone()
    {
        var r = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U002", include = "document" }, Ct)).Content.ReadFromJsonAsync<Rendered>(Ct);
        var bytes = Convert.FromBase64String(r!.Document!);
        FormIdentity.Verify(r.Identity, "", [0], out var claimed);
        var items = OfficeTools.Collect.Reading.FormReader.Read(bytes, "notice.docx").Values.Keys
            .Where(k => k.StartsWith("item.", StringComparison.Ordinal) && k.EndsWith(".status", StringComparison.Ordinal)).Select(k => k[5..^7]).ToList();
        Assert.NotEmpty(items);
        await using (var store = new OfficeTools.Collect.Stores.LocalFormStore(Path.Combine(app.DataRoot, "store")))
            await store.AppendAsync([new OfficeTools.Documents.Campaigns.TrailEvent($"notice:test:1:{claimed!.Number}", DateTimeOffset.UtcNow, "clerk",
                OfficeTools.Documents.Campaigns.TrailAction.NoticeIssued, 1) { Unit = "U002", Reference = claimed.Number, Value = "2015-01-18", Detail = string.Join(",", items) }], Ct);
        var before = await Status("U002");
        var taken = await Submit("U002", bytes);
        // nothing answered yet: taken, but incomplete
        Assert.Equal("incomplete", taken.Check);
        Assert.Contains(taken.Problems, p => p.Contains("完成情况", StringComparison.Ordinal));
        var after = await Status("U002");
        Assert.Equal((before.Status, before.Versions, before.SubmittedAt), (after.Status, after.Versions, after.SubmittedAt));
    }
}
