using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// Roles by level (逐级), on the real server (Kestrel on loopback) over the sample county's ledger, with a signed token for
/// each role: the county office sees every unit; the first township's office (a level office by user) and the second's (by group) each see and
/// act on their own township's subtree only, never the sibling's; a village's user on its own village. Every endpoint is
/// asked: units, status, stages, history, open items, render, submit, verdicts and the briefing.
/// </summary>
public class LevelAccessTests(LevelAccessTests.App app) : IClassFixture<LevelAccessTests.App>
{
    public const string ShiqiaoGroup = "5b0c6d7e-0000-4000-8000-00000000b014";
    public static readonly string LedgerPath = Path.Combine(AppContext.BaseDirectory, "samples", "ledger.json");

    // the ledger's own parent column, read straight from the file: what each level must see
    static readonly JsonArray Units = JsonNode.Parse(File.ReadAllText(LedgerPath))!["units"]!.AsArray();
    static readonly JsonArray Items = JsonNode.Parse(File.ReadAllText(LedgerPath))!["items"]!.AsArray();

    // the townships are the units with grassroots organisations (villages, communities) below them: the first two, and a village of each
    static readonly string[] Townships = [.. Units.Where(t => Units.Any(v => (string?)v!["parent"] == (string)t!["id"]! && (string)v["kind"]! == "基层党组织"))
        .Select(t => (string)t!["id"]!).Take(2)];
    static string VillageOf(string township) =>
        (string)Units.First(v => (string?)v!["parent"] == township && (string)v["kind"]! == "基层党组织")!["id"]!;
    public static readonly string Qingshan = Townships[0], Shiqiao = Townships[1], Dongshan = VillageOf(Qingshan), Hekou = VillageOf(Shiqiao);

    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AddIn:Ledger"] = LedgerPath,
            ["Auth:LevelStaff:Users:qingshan-office@county.gov"] = Qingshan,
            [$"Auth:LevelStaff:Groups:{ShiqiaoGroup}"] = Shiqiao,
            ["Auth:UnitUsers:dongshan@county.gov"] = Dongshan,
        };
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static HashSet<string> Below(string root)
    {
        var set = new HashSet<string> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var u in Units)
                if ((string?)u!["parent"] is { } p && set.Contains(p)) grew |= set.Add((string)u["id"]!);
        }
        return set;
    }

    static string ItemOf(string unit) => (string)Items.First(i => (string)i!["unit"]! == unit)!["id"]!;

    HttpClient As(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    HttpClient County => As(AddInApplication.Token());
    HttpClient QingshanOffice => As(AddInApplication.Token("qingshan-office@county.gov"));
    HttpClient ShiqiaoOffice => As(AddInApplication.Token("shiqiao-staff@county.gov", claimsEdit: c => c["groups"] = new[] { ShiqiaoGroup }));
    HttpClient DongshanUser => As(AddInApplication.Token("dongshan@county.gov"));

    static async Task<string[]> Ids(HttpClient client, string path, string key) =>
        [.. (await client.GetFromJsonAsync<JsonArray>(path, Ct))!.Select(n => (string)n![key]!)];

    [Fact]
    public async Task Each_role_lists_exactly_its_reach_in_units_and_status()
    {
        var all = Units.Select(u => (string)u!["id"]!).ToHashSet();
        Assert.True(Below(Qingshan).Count > 1 && Below(Shiqiao).Count > 1 && !Below(Qingshan).Overlaps(Below(Shiqiao)));
        foreach (var path in new[] { ("/api/units", "id"), ("/api/status", "unitId") })
        {
            Assert.Equal(all, (await Ids(County, path.Item1, path.Item2)).ToHashSet());
            Assert.Equal(Below(Qingshan), (await Ids(QingshanOffice, path.Item1, path.Item2)).ToHashSet());
            Assert.Equal(Below(Shiqiao), (await Ids(ShiqiaoOffice, path.Item1, path.Item2)).ToHashSet());
            Assert.Equal([Dongshan], await Ids(DongshanUser, path.Item1, path.Item2));
        }
    }

    [Fact]
    public async Task The_stages_of_a_township_office_are_its_subtrees_and_their_counts_add_up_to_its_rows()
    {
        var stages = (await QingshanOffice.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        var rows = stages["rows"]!.AsArray();
        Assert.Equal(Below(Qingshan), rows.Select(r => (string)r!["unitId"]!).ToHashSet());
        Assert.Equal(rows.Count(r => r!["stage"] is not null), stages["units"]!.AsArray().Sum(c => (int)c!["count"]!));
        var county = (await County.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        Assert.Equal(Units.Count, county["rows"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await DongshanUser.GetAsync("/api/campaign/stages", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/units/{0}")]
    [InlineData("/api/units/{0}/items")]
    [InlineData("/api/campaign/units/{0}/history")]
    [InlineData("/api/campaign/units/{0}/open")]
    public async Task A_township_reads_its_villages_never_the_siblings(string route)
    {
        var own = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Dongshan);
        var sibling = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Hekou);
        Assert.Equal(HttpStatusCode.OK, (await QingshanOffice.GetAsync(own, Ct)).StatusCode);
        var refused = await QingshanOffice.GetAsync(sibling, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains($"单位 {Hekou} 不在您的管辖范围内", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ShiqiaoOffice.GetAsync(sibling, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ShiqiaoOffice.GetAsync(own, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await County.GetAsync(sibling, Ct)).StatusCode);
        // the village's own user: history is the office's; its own unit otherwise, never the township above it
        var upward = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Qingshan);
        Assert.Equal(HttpStatusCode.Forbidden, (await DongshanUser.GetAsync(upward, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_township_renders_for_its_villages_only()
    {
        async Task<HttpStatusCode> Render(HttpClient c, string unit) =>
            (await c.PostAsJsonAsync("/api/render", new { template = "form", unitId = unit, include = "controls" }, Ct)).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await Render(QingshanOffice, Dongshan));
        Assert.Equal(HttpStatusCode.OK, await Render(QingshanOffice, Qingshan));
        Assert.Equal(HttpStatusCode.Forbidden, await Render(QingshanOffice, Hekou));
        Assert.Equal(HttpStatusCode.Forbidden, await Render(ShiqiaoOffice, Dongshan));
        Assert.Equal(HttpStatusCode.Forbidden, await Render(DongshanUser, Qingshan));
    }

    [Fact]
    public async Task A_township_submits_for_its_village_and_a_submission_for_the_siblings_is_refused_and_not_stored()
    {
        static HttpContent Docx(byte[] bytes)
        {
            var c = new ByteArrayContent(bytes);
            c.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            return c;
        }
        var refused = await QingshanOffice.PostAsync($"/api/submissions/{Hekou}", Docx(Docs.Form(Hekou, LedgerPath)), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var accepted = await QingshanOffice.PostAsync($"/api/submissions/{Dongshan}", Docx(Docs.Form(Dongshan, LedgerPath)), Ct);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await using var store = new LocalFormStore(Path.Combine(app.DataRoot, "store"));
        var stored = await store.ListSubmissionsAsync(Ct);
        Assert.DoesNotContain(stored, r => r.UnitId == Hekou);
        Assert.Single(stored, r => r.UnitId == Dongshan && r.SubmittedBy == "qingshan-office@county.gov");
    }

    [Fact]
    public async Task A_township_judges_the_units_below_it_not_its_own_nor_the_siblings_and_a_refusal_records_nothing()
    {
        async Task<HttpResponseMessage> Verdict(HttpClient c, params string[] items) =>
            await c.PostAsJsonAsync("/api/campaign/verdicts", new { verdicts = items.Select(i => new { item = i, verdict = "退回重办", reason = "佐证材料不全" }) }, Ct);

        var village = ItemOf(Dongshan);
        var mixed = await Verdict(QingshanOffice, village, ItemOf(Hekou), ItemOf(Qingshan));
        Assert.Equal(HttpStatusCode.Forbidden, mixed.StatusCode);
        var problems = (await mixed.Content.ReadFromJsonAsync<JsonObject>(Ct))!["problems"]!.AsArray();
        Assert.Equal([ItemOf(Hekou), ItemOf(Qingshan)], problems.Select(p => (string)p!["item"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await Verdict(ShiqiaoOffice, village)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Verdict(DongshanUser, village)).StatusCode);
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            Assert.DoesNotContain(await store.ReadTrailAsync(Ct), e => e.Action == TrailAction.VerdictGiven);

        var ok = await Verdict(QingshanOffice, village);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
        {
            var given = Assert.Single(await store.ReadTrailAsync(Ct), e => e.Action == TrailAction.VerdictGiven);
            Assert.Equal((village, "qingshan-office@county.gov"), (given.Item, given.Actor));
        }
    }

    [Fact]
    public async Task A_level_offices_briefing_is_of_its_own_subtree_and_never_names_a_siblings_unit()
    {
        static string NameOf(string id) => (string)Units.First(u => (string)u!["id"]! == id)!["name"]!;
        async Task<(int Counted, string Text)> Briefing(HttpClient client, string query = "")
        {
            var response = await client.PostAsync("/api/briefing" + query, null, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
            var docx = Convert.FromBase64String((string)body["document"]!);
            DocxValidation.AssertValid(docx, "briefing");
            return ((int)body["submitted"]! + (int)body["missing"]!, DocxText.Part(docx, "all"));
        }

        // the township's office: its own subtree, by default and by name; its village's alone when it asks
        var (counted, text) = await Briefing(QingshanOffice);
        Assert.Equal(Below(Qingshan).Count, counted);
        Assert.Contains(NameOf(Dongshan), text, StringComparison.Ordinal);
        Assert.All(Below(Shiqiao), id => Assert.DoesNotContain(NameOf(id), text, StringComparison.Ordinal));
        Assert.Equal(Below(Dongshan).Count, (await Briefing(QingshanOffice, "?under=" + Uri.EscapeDataString(Dongshan))).Counted);
        // the sibling's: by group, its own; never the other's, whoever asks it
        var (shiqiaoCounted, shiqiaoText) = await Briefing(ShiqiaoOffice);
        Assert.Equal(Below(Shiqiao).Count, shiqiaoCounted);
        Assert.All(Below(Qingshan), id => Assert.DoesNotContain(NameOf(id), shiqiaoText, StringComparison.Ordinal));
        var refused = await QingshanOffice.PostAsync("/api/briefing?under=" + Uri.EscapeDataString(Shiqiao), null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("不在您的管辖范围内", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // a unit's user makes none; the county office the whole campaign's, or any subtree's; an unknown unit is named
        Assert.Equal(HttpStatusCode.Forbidden, (await DongshanUser.PostAsync("/api/briefing", null, Ct)).StatusCode);
        Assert.Equal(Units.Count, (await Briefing(County)).Counted);
        Assert.Equal(Below(Shiqiao).Count, (await Briefing(County, "?under=" + Uri.EscapeDataString(Shiqiao))).Counted);
        var unknown = await County.PostAsync("/api/briefing?under=no-such-unit", null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no-such-unit", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_entry_counts_only_for_the_configured_tenant()
    {
        var foreign = As(AddInApplication.Token("qingshan-office@county.gov", claimsEdit: c => c["tid"] = "00000000-0000-4000-8000-000000000000"));
        Assert.Empty(await Ids(foreign, "/api/units", "id"));
        Assert.Equal(HttpStatusCode.Forbidden, (await foreign.GetAsync("/api/campaign/stages", Ct)).StatusCode);
    }
}
