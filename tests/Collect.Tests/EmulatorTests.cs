using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

/// <summary>The emulator's own contract: Graph error shapes, the control API, and clear store errors for a wrong site or library.</summary>
public class EmulatorTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Errors_have_Graph_shape_and_the_control_API_arms_faults()
    {
        using var emu = new Emulated();
        using var http = emu.Http();
        var missing = await http.GetAsync(emu.Server.BaseUrl + "/sites/contoso.sharepoint.com%3A%2Fsites%2FNope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/json", missing.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await missing.Content.ReadAsStringAsync(Ct))!["error"]!;
        Assert.Equal("itemNotFound", (string)error["code"]!);
        Assert.NotNull(error["innerError"]!["request-id"]);

        var arm = await http.PostAsync(emu.Server.RootUrl + "/_emulator/faults",
            new StringContent("""{"kind":"Throttle","retryAfter":1,"times":1,"pathContains":"drives"}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, arm.StatusCode);
        var throttled = await http.GetAsync($"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}/drives", Ct);
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal("1", throttled.Headers.GetValues("Retry-After").Single());
        var after = await http.GetAsync($"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}/drives", Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var counters = JsonNode.Parse(await http.GetStringAsync(emu.Server.RootUrl + "/_emulator/counters", Ct))!;
        Assert.Equal(3, (int)counters["total"]!);
        Assert.Equal(1, (int)counters["faults"]!);
    }

    [Fact]
    public async Task A_wrong_site_or_library_is_a_clear_store_error()
    {
        using var emu = new Emulated();
        await using (var wrongSite = emu.Store(o => o.SitePath = "/sites/Other"))
        {
            var e = await Assert.ThrowsAsync<StoreException>(() => wrongSite.ListSubmissionsAsync(Ct));
            Assert.Contains("HTTP 404 itemNotFound", e.Message);
            Assert.Contains("/sites/Other", e.Message);
        }
        await using var wrongLibrary = emu.Store(o => o.Library = "表单库");
        var e2 = await Assert.ThrowsAsync<StoreException>(() => wrongLibrary.UploadFormAsync("U001", "a.docx", [1, 2, 3], Ct));
        Assert.Contains("no document library «表单库»", e2.Message);
        Assert.Contains("Forms", e2.Message);
    }

    [Fact]
    public async Task Past_the_list_view_threshold_only_indexed_filters_work_and_the_store_uses_them()
    {
        using var emu = new Emulated();
        emu.Server.Router.PageSize = 2;
        emu.Server.State.Habits.ListViewThreshold = 6;
        await using var store = emu.Store();
        for (var i = 0; i < 8; i++)
            await store.SubmitAsync(i < 5 ? "U001" : "U002", "f.docx", TestForms.Blank("U001", "领导班子", 1, []).Concat(new byte[] { (byte)i }).ToArray(), "x", DateTimeOffset.UtcNow.AddSeconds(i), Ct);
        Assert.True(emu.List.IsIndexed("Unit"), "the store indexes the column it filters on");

        using var http = emu.Http();
        var url = $"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}/lists/{emu.List.Id}/items?$filter=fields/SubmittedBy eq 'x'";
        var refused = await http.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("HonorNonIndexedQueriesWarningMayFailRandomly", await refused.Content.ReadAsStringAsync(Ct));
        using var preferred = new HttpRequestMessage(HttpMethod.Get, url);
        preferred.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
        var throttled = await http.SendAsync(preferred, Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, throttled.StatusCode);
        Assert.Contains("list view threshold", await throttled.Content.ReadAsStringAsync(Ct));

        Assert.Equal([1, 2, 3, 4, 5, 1, 2, 3], (await store.ListSubmissionsAsync(Ct)).Select(s => s.Version));
        var next = await store.SubmitAsync("U002", "f.docx", [9, 9, 9], "x", DateTimeOffset.UtcNow.AddMinutes(1), Ct);
        Assert.Equal(4, next.Version);
    }
}
