using System.Net;
using System.Net.Http.Json;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

public class RenderTests(RenderTests.App app) : IClassFixture<RenderTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document, Dictionary<string, string>? Controls);
    record Template(string File, string Title, bool Ready, string[] Errors);
    record Field(string Kind, string Name, string Part, string Location);
    record Briefing(string FileName, string Document, int Submitted, int Missing);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());

    [Fact]
    public async Task Templates_are_listed_with_their_fields()
    {
        var ct = TestContext.Current.CancellationToken;
        var templates = await Clerk.GetFromJsonAsync<Template[]>("/api/templates", ct);
        Assert.Equal(14, templates!.Length); // the catalogue: three forms, the notice, the briefing, the 催办通知, the 抽查名单 and 抽查记录表, the 公示, and the outcomes' 约谈提醒通知, 约谈记录, 诫勉谈话记录, 表扬通报, 个人整改措施落实情况报告
        Assert.All(templates, t => Assert.True(t.Ready, $"{t.File}: {string.Join("; ", t.Errors)}"));
        var fields = await Clerk.GetFromJsonAsync<Field[]>("/api/templates/form-leadership.docx/fields", ct);
        Assert.Contains(fields!, f => f.Kind == "ContentControl" && f.Name == "unit.id");
        Assert.Equal(HttpStatusCode.NotFound, (await Clerk.GetAsync("/api/templates/evil.docx/fields", ct)).StatusCode);
    }

    [Theory]
    [InlineData("U001")]
    [InlineData("U002")]
    [InlineData("U003")]
    public async Task A_form_renders_to_a_valid_document_and_control_values(string unitId)
    {
        var response = await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<Rendered>(TestContext.Current.CancellationToken);
        var bytes = Convert.FromBase64String(r!.Document!);
        DocxValidation.AssertValid(bytes);
        Assert.Contains(unitId, DocxText.Body(bytes), StringComparison.Ordinal);
        Assert.Equal(unitId, r.Controls!["unit.id"]);
    }

    [Fact]
    public async Task A_notice_renders_only_for_a_unit_the_rules_pick()
    {
        var ct = TestContext.Current.CancellationToken;
        var lagging = await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U002", include = "document" }, ct);
        Assert.Equal(HttpStatusCode.OK, lagging.StatusCode);
        var r = await lagging.Content.ReadFromJsonAsync<Rendered>(ct);
        DocxValidation.AssertValid(Convert.FromBase64String(r!.Document!));
        var fine = await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U003" }, ct);
        Assert.Equal(HttpStatusCode.Conflict, fine.StatusCode);
        Assert.Contains("督办", await fine.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_unit_or_kind_is_a_plain_4xx()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.NotFound, (await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId = "U999" }, ct)).StatusCode);
        var bad = await Clerk.PostAsJsonAsync("/api/render", new { template = "poem", unitId = "U001" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("不认识的文书类型", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_briefing_is_generated_from_what_was_collected()
    {
        var ct = TestContext.Current.CancellationToken;
        var form = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId = "U003", include = "document" }, ct))
            .Content.ReadFromJsonAsync<Rendered>(ct);
        var upload = new ByteArrayContent(Convert.FromBase64String(form!.Document!));
        Assert.Equal(HttpStatusCode.Created, (await Clerk.PostAsync("/api/submissions/U003", upload, ct)).StatusCode);
        var response = await Clerk.PostAsync("/api/briefing", null, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var b = await response.Content.ReadFromJsonAsync<Briefing>(ct);
        var bytes = Convert.FromBase64String(b!.Document);
        DocxValidation.AssertValid(bytes);
        Assert.True(b.Submitted >= 1);
        Assert.Contains("县教育局领导班子", DocxText.Body(bytes), StringComparison.Ordinal);
    }
}
