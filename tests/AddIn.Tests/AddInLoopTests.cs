using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Submissions;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The loop to closure with the add-in as the door of the units and of the office, on loopback (real Kestrel, real HTTP) with
/// the local store, and the command line for the office's desk steps on the same store: batch → publish → each unit renders
/// its form or its notice in the pane, fills it as Word leaves it and submits it → collect → verdicts from the office view →
/// closures → round 2, where a unit's notice holds only what is open, marked 回炉 → 催办 → the briefing counts 已销号. A slip
/// put straight into the store (not through the add-in) never shows as its unit's form.
/// </summary>
public sealed class AddInLoopTests(AddInLoopTests.App app) : IClassFixture<AddInLoopTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public static string Sample => RepoPaths.Of("Templates", "samples", "ledger.json");

        static readonly string[] UnitIds = [.. JsonNode.Parse(File.ReadAllText(Sample))!["units"]!.AsArray().Select(u => (string)u!["id"]!)];

        /// <summary>Each unit of the sample signs in as a user of its own.</summary>
        public static string User(string unit) => $"unit-{unit.ToLowerInvariant()}@county.gov";

        public string Store => Path.Combine(DataRoot, "store");

        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?> { ["AddIn:Ledger"] = Sample };
                foreach (var id in UnitIds) settings[$"Auth:UnitUsers:{User(id)}"] = id;
                return settings;
            }
        }
    }

    record Rendered(string FileName, string? Document, Dictionary<string, string>? Controls, string? Identity, string? Property);
    record Submitted(string Id, string UnitId, int Version, string Check, string[] Problems);
    record Row(string UnitId, string Name, string Kind, string Status, string? Check, DateTimeOffset? SubmittedAt, string? SubmittedBy, int Versions);

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    string Dir(string name) => Path.Combine(app.DataRoot, name);

    HttpClient As(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddInApplication.Token(user));
        return client;
    }

    HttpClient Office() => As("clerk@county.gov");

    static void Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = OfficeTools.Cli.Program.Run(args, output, error);
        Assert.True(code == 0, $"officetools {string.Join(' ', args)} → {code}\n{error}\n{output}");
    }

    // The unit's document as the pane gets it, filled with the answers as Word leaves content controls, and submitted by the unit's own user.
    async Task<Submitted> FillAndSubmit(string unit, string template, Dictionary<string, object?> answers)
    {
        using var client = As(App.User(unit));
        var response = await client.PostAsJsonAsync("/api/render", new { template, unitId = unit, include = "document" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rendered = (await response.Content.ReadFromJsonAsync<Rendered>(Ct))!;
        var filled = FormFiller.Fill(Convert.FromBase64String(rendered.Document!), answers);
        DocxValidation.AssertValid(filled, $"{template} of {unit}");
        var content = new ByteArrayContent(filled);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var submitted = await client.PostAsync($"/api/submissions/{unit}", content, Ct);
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync(Ct));
        return (await submitted.Content.ReadFromJsonAsync<Submitted>(Ct))!;
    }

    async Task<Rendered> Notice(string unit)
    {
        using var client = As(App.User(unit));
        var response = await client.PostAsJsonAsync("/api/render", new { template = "notice", unitId = unit, include = "document" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Rendered>(Ct))!;
    }

    static string Text(Rendered r) => DocxText.Body(Convert.FromBase64String(r.Document!));

    static List<string> SlipItems(Rendered r) =>
        [.. OfficeTools.Collect.Reading.FormReader.Read(Convert.FromBase64String(r.Document!), r.FileName).Values.Keys
            .Where(k => k.StartsWith("item.", StringComparison.Ordinal) && k.EndsWith(".status", StringComparison.Ordinal)).Select(k => k[5..^7])];

    [Fact]
    public async Task Round_one_to_round_two_runs_to_closure_through_the_add_in()
    {
        Cli("batch", App.Sample, "-o", Dir("r1"));
        Cli("publish", Dir("r1"), "--to", app.Store);
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(Dir("r1"), "index.json")))!["units"]!.AsArray().Select(u => u!).ToList();
        var noticed = index.Where(u => u["notice"] is not null).ToList();
        Assert.True(noticed.Count >= 2, "the sample's rules issue notices to at least two units");

        // two units without a notice report an open item done in their forms, through the pane
        var open = JsonNode.Parse(File.ReadAllText(App.Sample))!["items"]!.AsArray().Select(i => i!)
            .Where(i => (string?)i["status"] != "整改到位" && noticed.All(n => (string)n["id"]! != (string)i["unit"]!))
            .GroupBy(i => (string)i["unit"]!).Take(2).Select(g => (Unit: g.Key, Item: (string)g.First()["id"]!)).ToList();
        Assert.Equal(2, open.Count);
        var ((unitA, itemA), (unitB, itemB)) = (open[0], open[1]);
        foreach (var (unit, item) in open)
        {
            var taken = await FillAndSubmit(unit, "form", new() { [$"item.{item}.status"] = "整改到位", [$"item.{item}.satisfaction"] = "满意" });
            Assert.NotEqual("invalid", taken.Check);
            Assert.NotEqual("rejected", taken.Check);
        }

        // a unit with a notice answers its 办理结果 slip in the pane: the notice the pane renders is the one publish issued
        var unitC = (string)noticed[0]["id"]!;
        var noticeC = await Notice(unitC);
        Assert.Contains((string)noticed[0]["notice"]!["number"]!, Text(noticeC));
        var itemsC = SlipItems(noticeC);
        var answers = new Dictionary<string, object?>
        {
            [$"item.{itemsC[0]}.measure"] = "已完成整改并公示", [$"item.{itemsC[0]}.status"] = "整改到位",
            [$"item.{itemsC[0]}.done_date"] = new DateTime(2015, 1, 10), [$"item.{itemsC[0]}.satisfaction"] = "满意",
            ["signature"] = "承办人", ["fill_date"] = new DateTime(2015, 1, 12),
        };
        foreach (var rest in itemsC.Skip(1)) answers[$"item.{rest}.status"] = "部分整改到位";
        await FillAndSubmit(unitC, "notice", answers);

        // another unit's slip put straight into the store (a clerk's upload, not the add-in): the office's status view checks it
        // on sight, so it never counts as that unit's 自查报告表
        var unitD = (string)noticed[1]["id"]!;
        var noticeD = await Notice(unitD);
        await using (var store = new LocalFormStore(app.Store))
            await store.SubmitAsync(unitD, "办理结果.docx", FormFiller.Fill(Convert.FromBase64String(noticeD.Document!),
                new Dictionary<string, object?> { [$"item.{SlipItems(noticeD)[0]}.status"] = "部分整改到位" }), "clerk@county.gov", DateTimeOffset.UtcNow, Ct);
        using var office = Office();
        var status = (await office.GetFromJsonAsync<Row[]>("/api/status", Ct))!;
        Assert.Equal("submitted", status.Single(r => r.UnitId == unitA).Status);
        Assert.NotEqual("submitted", status.Single(r => r.UnitId == unitC).Status);
        Assert.NotEqual("submitted", status.Single(r => r.UnitId == unitD).Status);
        Assert.Equal(0, status.Single(r => r.UnitId == unitD).Versions);
        await using (var store = new LocalFormStore(app.Store))
            Assert.Equal(StoredStatus.Slip, Assert.Single(await store.ListSubmissionsAsync(Ct), r => r.UnitId == unitD).Status);

        // the office collects; the trail then holds what the pane took
        Cli("collect", app.Store, "--ledger", App.Sample, "-o", Dir("collected.json"));
        var stages = (await office.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        Assert.Contains(stages["rows"]!.AsArray(), r => (string)r!["unitId"]! == unitA);

        // 复核 from the office view: A's and C's items pass (and close: done, passed, 满意); B's goes back with a reason
        var verdicts = new HttpRequestMessage(HttpMethod.Post, "/api/campaign/verdicts")
        {
            Content = JsonContent.Create(new
            {
                verdicts = new object[]
                {
                    new { item = itemA, verdict = "通过" },
                    new { item = itemsC[0], verdict = "通过" },
                    new { item = itemB, verdict = "退回重办", reason = "佐证材料不足，整改未到位" },
                },
            }),
        };
        verdicts.Headers.Add("Origin", app.Address);
        var given = await office.SendAsync(verdicts, Ct);
        Assert.True(given.StatusCode == HttpStatusCode.OK, await given.Content.ReadAsStringAsync(Ct));
        var recorded = (await given.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(new[] { itemA, itemsC[0] }.Order(StringComparer.Ordinal), recorded["closed"]!.AsArray().Select(i => (string)i!).Order(StringComparer.Ordinal));
        Assert.Equal(1, (int)recorded["returned"]!);

        // round 2: the office's batch and publish issue notices for what is open; the pane renders B's with the returned item marked 回炉
        Cli("batch", App.Sample, "-o", Dir("r2"), "--to", app.Store, "--notice-date", "2015-01-20");
        Cli("publish", Dir("r2"), "--to", app.Store);
        var noticeB = Text(await Notice(unitB));
        Assert.Contains("回炉", noticeB);
        var formA = await FormXml(unitA);
        Assert.DoesNotContain($"item.{itemA}.", formA);

        // 催办 on a later day: recorded once per unit, with its number, and shown in the unit's history in the add-in
        Cli("remind", App.Sample, "--to", app.Store, "--date", "2015-02-20", "-o", Dir("remind"));
        var history = (await office.GetFromJsonAsync<JsonArray>($"/api/campaign/units/{unitB}/history", Ct))!;
        Assert.Contains(history, r => (string)r!["action"]! == "催办");
        await using (var store = new LocalFormStore(app.Store))
        {
            var reminded = (await store.ReadTrailAsync(Ct)).Where(e => e.Action == TrailAction.Reminded).ToList();
            Assert.NotEmpty(reminded);
            Assert.All(reminded, e => Assert.Matches(@"催〔\d{4}〕\d+号$", e.Reference));
            Assert.Equal(reminded.Count, reminded.Select(e => e.Reference).Distinct().Count());
        }

        // the briefing, through the add-in, counts what the trail closed
        var briefing = (await (await office.PostAsync("/api/briefing", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(2, (int)briefing["closed"]!);
        Assert.Equal(1, (int)briefing["rework"]!);
        DocxValidation.AssertValid(Convert.FromBase64String((string)briefing["document"]!), "briefing");
    }

    // A unit's form as the pane renders it now: the main part's XML, to see which items it still asks about.
    async Task<string> FormXml(string unit)
    {
        using var client = As(App.User(unit));
        var response = await client.PostAsJsonAsync("/api/render", new { template = "form", unitId = unit, include = "document" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = Convert.FromBase64String((await response.Content.ReadFromJsonAsync<Rendered>(Ct))!.Document!);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return await reader.ReadToEndAsync(Ct);
    }
}
