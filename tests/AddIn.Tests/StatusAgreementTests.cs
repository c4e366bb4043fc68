using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// `officetools collect` over the add-in's own store and the add-in's <c>GET /api/status</c> say the same status for
/// every unit of the same submissions, before collect writes its statuses back into the store and after; the
/// briefing counts the same units as submitted.
/// </summary>
public class StatusAgreementTests(StatusAgreementTests.App app) : IClassFixture<StatusAgreementTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document);
    record Row(string UnitId, string Status, string? Check, string Label, string StatusLabel, string? CheckLabel);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    static string Ledger => Path.Combine(AppContext.BaseDirectory, "Data", "ledger.json");

    async Task<byte[]> Render(string unitId)
    {
        var r = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId }, Ct)).Content.ReadFromJsonAsync<Rendered>(Ct);
        return Convert.FromBase64String(r!.Document!);
    }

    // Every control answered, as in Word.
    async Task<byte[]> Complete(string unitId) => Docs.Completed(await Render(unitId));

    async Task<byte[]> Broken(string unitId) => Docs.Edit(await Render(unitId), z => Docs.Replace(z, "word/document.xml",
        t => t.Replace("w:val=\"signature\"", "w:val=\"signature-gone\"", StringComparison.Ordinal)));

    async Task<string> Submit(string unitId, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await Clerk.PostAsync($"/api/submissions/{unitId}", content, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["check"]!.GetValue<string>();
    }

    static SubmissionStatus FromWord(string word) => Enum.GetValues<SubmissionStatus>().Single(s => s.Word() == word);

    static SubmissionStatus FromCheck(string word) => Enum.GetValues<SubmissionStatus>().Single(s => s.CheckWord() == word);

    async Task<Dictionary<string, SubmissionStatus>> AddInStatuses()
    {
        var rows = (await Clerk.GetFromJsonAsync<Row[]>("/api/status", Ct))!;
        return rows.ToDictionary(r => r.UnitId, r =>
        {
            var status = r.Status == "submitted" ? (r.Check == "ok" ? SubmissionStatus.Submitted : FromWord(r.Check!)) : FromWord(r.Status);
            Assert.Equal(status.DisplayName(), r.Label);
            // the pane's two columns, in the words of the same vocabulary
            Assert.Equal(r.Status == "submitted" ? "已提交" : status.DisplayName(), r.StatusLabel);
            Assert.Equal(r.Check == null ? null : FromCheck(r.Check).CheckName(), r.CheckLabel);
            return status;
        });
    }

    async Task<Dictionary<string, SubmissionStatus>> CliStatuses()
    {
        var outPath = Path.Combine(app.DataRoot, $"collected-{Guid.NewGuid():N}.json");
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CollectRun.RunAsync(new CollectRequest(Path.Combine(app.DataRoot, "store"), Ledger, outPath)
            { Store = "local", Now = DateTimeOffset.Now }, output, error, Ct);
        Assert.True(exit == 0, error.ToString());
        var report = JsonNode.Parse(await File.ReadAllTextAsync(outPath, Ct))!;
        return report["units"]!.AsArray().ToDictionary(u => (string)u!["id"]!, u => FromWord((string)u!["status"]!));
    }

    async Task AssertAgree(Dictionary<string, SubmissionStatus> expected)
    {
        Assert.Equal(expected, await AddInStatuses());
        Assert.Equal(expected, await CliStatuses());
        // collect wrote its statuses (Collected, Incomplete, Invalid) into the store: the add-in still says the same
        Assert.Equal(expected, await AddInStatuses());
        // and the briefing counts as submitted exactly the units whose counted form is usable
        var briefing = await (await Clerk.PostAsync("/api/briefing", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(expected.Count(e => e.Value is SubmissionStatus.Submitted or SubmissionStatus.Incomplete), (int)briefing!["submitted"]!);
    }

    [Fact]
    public async Task Cli_collect_and_the_status_endpoint_agree_on_every_unit()
    {
        Assert.Equal("ok", await Submit("U001", await Complete("U001")));
        Assert.Equal("invalid", await Submit("U001", await Broken("U001")));   // newer but invalid: does not count
        Assert.Equal("incomplete", await Submit("U002", await Render("U002")));  // nothing filled in
        Assert.Equal("rejected", await Submit("U003", Docs.Unstamped("U003"))); // no identity: counts for no unit
        // the test ledger's deadline (2014-12-20) has passed: a unit with nothing that counts is overdue
        await AssertAgree(new()
        {
            ["U001"] = SubmissionStatus.Submitted, ["U002"] = SubmissionStatus.Incomplete, ["U003"] = SubmissionStatus.Overdue,
        });

        Assert.Equal("rejected", await Submit("U002", Docs.Unstamped("U002")));
        Assert.Equal("invalid", await Submit("U003", await Broken("U003")));    // only an invalid one: it counts, as invalid
        await AssertAgree(new()
        {
            ["U001"] = SubmissionStatus.Submitted, ["U002"] = SubmissionStatus.Incomplete, ["U003"] = SubmissionStatus.Invalid,
        });
    }
}
