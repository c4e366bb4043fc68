using System.Net;
using System.Net.Http.Json;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Identity;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The add-in renders a unit's documents from the campaign as its trail leaves it (an app of its own: the trail changes): the
/// notice is the one the trail issued, with its number and round, and a closed item leaves the notice and the form.
/// </summary>
public class RenderTrailTests(RenderTrailTests.App app) : IClassFixture<RenderTrailTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document, Dictionary<string, string>? Controls, string? Identity, string? Property);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<Rendered> Render(string template, string unitId)
    {
        var response = await Clerk.PostAsJsonAsync("/api/render", new { template, unitId }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Rendered>(Ct))!;
    }

    static FormIdentity Claimed(Rendered r)
    {
        FormIdentity.Verify(r.Identity, "", [0], out var claimed);
        return claimed!;
    }

    // the items whose 完成情况 control the rendered document holds
    static List<string> Items(Rendered r) =>
        [.. OfficeTools.Collect.Reading.FormReader.Read(Convert.FromBase64String(r.Document!), r.FileName).Values.Keys
            .Where(k => k.StartsWith("item.", StringComparison.Ordinal) && k.EndsWith(".status", StringComparison.Ordinal)).Select(k => k[5..^7])];

    [Fact]
    public async Task After_round_one_a_units_notice_carries_the_trails_number_and_a_closed_item_leaves_its_form()
    {
        // before any round: the notice the batch would issue U002 (its item I003), and U001's form with both its items
        var preview = await Render("notice", "U002");
        Assert.Equal(["I003"], Items(preview));
        Assert.Equal(["I001", "I002"], Items(await Render("form", "U001")).Order());

        // round 1 issued U002 a notice under a number of its own and sent I003 back (退回重办); U001's I001 was closed
        const string number = "青教督〔2014〕40号";
        var at = DateTimeOffset.UtcNow;
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            await store.AppendAsync(
            [
                new TrailEvent("round:test:1", at, "clerk", TrailAction.RoundOpened, 1),
                new TrailEvent($"notice:test:1:{number}", at, "clerk", TrailAction.NoticeIssued, 1)
                    { Unit = "U002", Reference = number, Value = "2015-01-18", Detail = "I003" },
                new TrailEvent("verdict:I003", at.AddMinutes(1), "督查组", TrailAction.VerdictGiven, 1)
                    { Unit = "U002", Item = "I003", Value = "退回重办", Detail = "佐证材料不足" },
                new TrailEvent("close:I001", at.AddMinutes(1), "督查组", TrailAction.ItemClosed, 1) { Unit = "U001", Item = "I001" },
            ], Ct);

        var notice = await Render("notice", "U002");
        // the trail's number and round (1), not a new number of the campaign's next round
        Assert.Equal((number, 1), (Claimed(notice).Number, Claimed(notice).Round));
        Assert.NotEqual(number, Claimed(preview).Number);
        var bytes = Convert.FromBase64String(notice.Document!);
        DocxValidation.AssertValid(bytes, "U002's notice rendered after round 1");
        var text = DocxText.Body(bytes);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("2015年1月18日", text, StringComparison.Ordinal);
        // its item, sent back, is marked 回炉 with the reason
        Assert.Equal(["I003"], Items(notice));
        Assert.Contains("（回炉）", text, StringComparison.Ordinal);
        Assert.Contains("佐证材料不足", text, StringComparison.Ordinal);

        // U001's form drops the closed item (the cache follows the trail: this form was rendered before)
        var form = await Render("form", "U001");
        Assert.Equal(["I002"], Items(form));
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Convert.FromBase64String(form.Document!))))
        using (var main = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
            Assert.DoesNotContain("item.I001.", main.ReadToEnd(), StringComparison.Ordinal);

        // a unit the trail issued no notice gets none now: the add-in never makes up a number
        var none = await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U001" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);

        // once every item of U002's notice is closed, there is nothing left to report on its slip
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            await store.AppendAsync([new TrailEvent("close:I003", at.AddMinutes(2), "督查组", TrailAction.ItemClosed, 1) { Unit = "U002", Item = "I003" }], Ct);
        var closed = await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U002" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("均已销号", await closed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
