using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The office's 复核 through the add-in on loopback with the local store: a verdict recorded in the trail as `officetools
/// verify` records it, the closure (销号) the rule allows, and every view of the campaign (stages, open items, a unit's trail,
/// the items, the briefing) showing it on the next request.
/// </summary>
public class CampaignVerdictTests(CampaignVerdictTests.App app) : IClassFixture<CampaignVerdictTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    HttpClient Clerk()
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddInApplication.Token());
        return client;
    }

    static JsonNode Row(JsonObject stages, string unit) => stages["rows"]!.AsArray().Single(r => (string)r!["unitId"]! == unit)!;

    [Fact]
    public async Task A_pass_closes_the_item_a_return_sends_it_back_and_every_view_shows_it()
    {
        using var clerk = Clerk();
        var before = (await clerk.PostAsync("/api/briefing", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(0, (int)(await before)!["closed"]!);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/campaign/verdicts")
        {
            Content = JsonContent.Create(new
            {
                verdicts = new object[]
                {
                    new { item = "I001", verdict = "通过" },
                    new { item = "I004", verdict = "退回重办", reason = "学习记录不全" },
                },
            }),
        };
        // as the pane sends it: from its own origin
        request.Headers.Add("Origin", app.BaseAddress);
        var response = await clerk.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(1, (int)recorded["passed"]!);
        Assert.Equal(1, (int)recorded["returned"]!);
        // I001 is reported done, passed and 满意: the closure rule closes it
        Assert.Equal(["I001"], recorded["closed"]!.AsArray().Select(i => (string)i!));

        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
        {
            var trail = await store.ReadTrailAsync(Ct);
            var verdict = Assert.Single(trail, e => e.Action == TrailAction.VerdictGiven && e.Item == "I004");
            Assert.Equal("退回重办", verdict.Value);
            Assert.Equal("学习记录不全", verdict.Detail);
            Assert.Equal("clerk@county.gov", verdict.Actor);
            Assert.Single(trail, e => e.Action == TrailAction.ItemClosed && e.Item == "I001");
        }

        var stages = (await clerk.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        Assert.Equal("整改中", (string)Row(stages, "U001")["stage"]!);   // I002 still partly done
        Assert.Equal(1, Row(stages, "U001")["counts"]!.AsArray().Where(c => (string)c!["stage"]! == "已销号").Select(c => (int)c!["count"]!).Single());
        Assert.Equal("退回重办", (string)Row(stages, "U003")["stage"]!);

        var open = (await clerk.GetFromJsonAsync<JsonObject>("/api/campaign/units/U003/open", Ct))!;
        var back = Assert.Single(open["items"]!.AsArray());
        Assert.Equal("退回重办", (string)back!["stage"]!);
        Assert.Equal("学习记录不全", (string)back["reason"]!);
        Assert.DoesNotContain("I001", (await clerk.GetFromJsonAsync<JsonObject>("/api/campaign/units/U001/open", Ct))!["items"]!.AsArray()
            .Select(i => (string)i!["id"]!));

        var history = (await clerk.GetFromJsonAsync<JsonArray>("/api/campaign/units/U001/history?item=I001", Ct))!;
        Assert.Equal(["复核", "销号"], history.Select(r => (string)r!["action"]!));
        var items = (await clerk.GetFromJsonAsync<JsonArray>("/api/units/U001/items", Ct))!;
        Assert.Equal("已销号", (string)items.Single(i => (string)i!["id"]! == "I001")!["stage"]!);

        // the briefing counts what the trail says
        var briefing = (await (await clerk.PostAsync("/api/briefing", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(1, (int)briefing["closed"]!);
        Assert.Equal(1, (int)briefing["rework"]!);

        // the same verdicts again are no new steps; a 退回重办 after 销号 is refused
        var again = await clerk.PostAsJsonAsync("/api/campaign/verdicts", new { verdicts = new[] { new { item = "I001", verdict = "通过" } } }, Ct);
        Assert.Equal(0, (int)(await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!["recorded"]!);
        var late = await clerk.PostAsJsonAsync("/api/campaign/verdicts", new { verdicts = new[] { new { item = "I001", verdict = "退回重办", reason = "复查" } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("closed", (string)(await late.Content.ReadFromJsonAsync<JsonObject>(Ct))!["problems"]![0]!["id"]!);
    }
}
