using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The loop's routes against the service on loopback (sign-in on, the local store): who may read what, and the verdicts that
/// must be refused whole. Nothing here records a verdict, so every test sees the test ledger as loaded: I001 (U001) and I004
/// (U003) reported done, I002 partly done, I003 not started, and one notice issued to U001.
/// </summary>
public class CampaignApiTests(CampaignApiTests.App app) : IClassFixture<CampaignApiTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
        public string Store => Path.Combine(DataRoot, "store");
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    HttpClient As(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddInApplication.Token(user));
        return client;
    }

    HttpClient Clerk => As("clerk@county.gov");
    HttpClient UnitA => As("unit-a@county.gov");

    // a notice to U001 as `officetools publish` records it: number, 限期, its items
    async Task<int> Trail()
    {
        await using var store = new LocalFormStore(app.Store);
        await store.AppendAsync([Notice.Issued], Ct);
        return (await store.ReadTrailAsync(Ct)).Count;
    }

    static class Notice
    {
        public static readonly TrailEvent Issued = new("notice:U001:1", new DateTimeOffset(2014, 12, 27, 9, 0, 0, TimeSpan.FromHours(8)), "clerk",
            TrailAction.NoticeIssued, 1) { Unit = "U001", Reference = "青教督〔2014〕1号", Value = "2015-01-10", Detail = "I001,I002" };
    }

    [Fact]
    public async Task The_office_sees_each_units_stage_on_the_ladder()
    {
        await Trail();
        var stages = (await Clerk.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        Assert.Equal(["未启动", "整改中", "已整改", "复核通过", "退回重办", "已销号"], stages["ladder"]!.AsArray().Select(s => (string)s!));
        var rows = stages["rows"]!.AsArray().ToDictionary(r => (string)r!["unitId"]!, r => r!);
        // a unit stands where its least advanced item stands
        Assert.Equal("整改中", (string)rows["U001"]["stage"]!);
        Assert.Equal("未启动", (string)rows["U002"]["stage"]!);
        Assert.Equal("已整改", (string)rows["U003"]["stage"]!);
        Assert.Equal(1, (int)rows["U001"]["awaiting"]!);
        var units = stages["units"]!.AsArray().ToDictionary(c => (string)c!["stage"]!, c => (int)c!["count"]!);
        Assert.Equal(1, units["整改中"]);
        Assert.Equal(0, units["已销号"]);
    }

    [Fact]
    public async Task A_unit_user_sees_its_open_items_with_the_deadline_of_their_notice()
    {
        await Trail();
        var open = (await UnitA.GetFromJsonAsync<JsonObject>("/api/campaign/units/U001/open", Ct))!;
        var items = open["items"]!.AsArray();
        Assert.Equal(["I001", "I002"], items.Select(i => (string)i!["id"]!));
        Assert.All(items, i => Assert.Equal("2015-01-10", (string)i!["deadline"]!));
        Assert.All(items, i => Assert.Equal("青教督〔2014〕1号", (string)i!["notice"]!));
        Assert.Equal("已整改", (string)items[0]!["stage"]!);
        Assert.Equal("2015-01-10", (string)open["notices"]![0]!["deadline"]!);
    }

    [Theory]
    [InlineData("GET", "/api/campaign/units/U002/open")]
    [InlineData("GET", "/api/campaign/stages")]
    [InlineData("GET", "/api/campaign/units/U001/history")]
    [InlineData("POST", "/api/campaign/verdicts")]
    public async Task A_unit_user_is_refused_another_unit_and_the_office_routes(string method, string path)
    {
        var before = await Trail();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { verdicts = new[] { new { item = "I001", verdict = "通过" } } });
        var response = await UnitA.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await Trail());
    }

    [Fact]
    public async Task Bad_verdicts_are_400_with_every_problem_located_and_nothing_is_recorded()
    {
        var before = await Trail();
        var response = await Clerk.PostAsJsonAsync("/api/campaign/verdicts", new
        {
            verdicts = new object[]
            {
                new { item = "I001", verdict = "通过" },          // fine on its own: still not recorded
                new { item = "I999", verdict = "通过" },          // not in the ledger
                new { item = "I002", verdict = "通过" },          // only partly done
                new { item = "I004", verdict = "退回重办" },       // no reason
                new { item = "I001", verdict = "也许" },          // no such verdict
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Contains("4 处问题", (string)body["detail"]!, StringComparison.Ordinal);
        var problems = body["problems"]!.AsArray().Select(p => ((int?)p!["index"], (string?)p["item"], (string)p["id"]!)).OrderBy(p => p.Item1).ToList();
        Assert.Equal([(1, "I999", "unknown-item"), (2, "I002", "not-reported"), (3, "I004", "reason-missing"), (4, "I001", "bad-verdict")], problems);
        Assert.Equal(before, await Trail());
        var stages = (await Clerk.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        Assert.Equal("整改中", (string)stages["rows"]!.AsArray().Single(r => (string)r!["unitId"]! == "U001")!["stage"]!);
    }

    [Theory]
    [InlineData("https://evil.example", "application/json", HttpStatusCode.Forbidden)]
    [InlineData(null, "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_cross_site_verdict_is_refused_and_nothing_is_recorded(string? origin, string type, HttpStatusCode expected)
    {
        var before = await Trail();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/campaign/verdicts")
        {
            Content = new StringContent("""{"verdicts":[{"item":"I001","verdict":"通过"}]}""", Encoding.UTF8, type),
        };
        request.Headers.Add("Origin", origin ?? app.BaseAddress);
        Assert.Equal(expected, (await Clerk.SendAsync(request, Ct)).StatusCode);
        Assert.Equal(before, await Trail());
    }

    [Fact]
    public async Task The_office_reads_a_units_trail_with_the_actions_in_Chinese()
    {
        await Trail();
        var rows = (await Clerk.GetFromJsonAsync<JsonArray>("/api/campaign/units/U001/history", Ct))!;
        var notice = Assert.Single(rows);
        Assert.Equal("下发督办通知单", (string)notice!["action"]!);
        Assert.Equal("县教育局领导班子", (string)notice["unitName"]!);
        Assert.Empty((await Clerk.GetFromJsonAsync<JsonArray>("/api/campaign/units/U001/history?item=I001", Ct))!);
        Assert.Equal(HttpStatusCode.NotFound, (await Clerk.GetAsync("/api/campaign/units/U001/history?item=I003", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Clerk.GetAsync("/api/campaign/units/U999/open", Ct)).StatusCode);
    }
}
