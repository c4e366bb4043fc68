using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Tests;

public class AccessTests(AccessTests.App app) : IClassFixture<AccessTests.App>
{
    public sealed class App : AddInApplication;

    record UnitRow(string Id, string Name);
    record StatusRow(string UnitId, string Status);

    static HttpContent Docx(byte[] bytes)
    {
        var c = new ByteArrayContent(bytes);
        c.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return c;
    }

    HttpClient UnitA => app.ClientWith(AddInApplication.Token("unit-a@county.gov"));

    [Fact]
    public async Task A_unit_user_sees_only_their_own_unit()
    {
        var ct = TestContext.Current.CancellationToken;
        var units = await UnitA.GetFromJsonAsync<UnitRow[]>("/api/units", ct);
        Assert.Equal(["U001"], units!.Select(u => u.Id));
        var all = await app.ClientWith(AddInApplication.Token()).GetFromJsonAsync<UnitRow[]>("/api/units", ct);
        Assert.Equal(["U001", "U002", "U003"], all!.Select(u => u.Id));
        var status = await UnitA.GetFromJsonAsync<StatusRow[]>("/api/status", ct);
        Assert.Equal(["U001"], status!.Select(s => s.UnitId));
    }

    [Fact]
    public async Task Unit_A_reading_unit_B_is_403_with_a_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await UnitA.GetAsync("/api/units/U002", ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问单位 U002", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_A_rendering_for_unit_B_is_403()
    {
        var response = await UnitA.PostAsJsonAsync("/api/render", new { template = "form", unitId = "U002", include = "controls" },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Unit_A_submitting_for_unit_B_is_403_and_nothing_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await UnitA.PostAsync("/api/submissions/U002", Docx(Docs.Form("U002")), ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问单位 U002", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var store = new LocalFormStore(Path.Combine(app.DataRoot, "store"));
        Assert.DoesNotContain(await store.ListSubmissionsAsync(ct), r => r.SubmittedBy == "unit-a@county.gov" && r.UnitId == "U002");
    }

    [Fact]
    public async Task A_form_of_unit_B_submitted_as_unit_A_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await UnitA.PostAsync("/api/submissions/U001", Docx(Docs.Form("U002")), ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("其他单位的报表", body, StringComparison.Ordinal);
        // neither the other unit's id nor its name comes back to unit A
        Assert.DoesNotContain("U002", body, StringComparison.Ordinal);
        Assert.DoesNotContain("东山村党支部", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Briefing_is_for_office_staff_only() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await UnitA.PostAsync("/api/briefing", null, TestContext.Current.CancellationToken)).StatusCode);

    [Fact]
    public async Task A_unit_user_submits_their_form_and_status_shows_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await app.ClientWith(AddInApplication.Token("unit-b@county.gov")).PostAsync("/api/submissions/U002", Docx(Docs.Form("U002")), ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var status = await app.ClientWith(AddInApplication.Token()).GetFromJsonAsync<StatusRow[]>("/api/status", ct);
        Assert.Equal("submitted", status!.Single(s => s.UnitId == "U002").Status);
        // the store holds the bytes: the local store's unit folder has the file
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataRoot, "store"), "*.docx", SearchOption.AllDirectories));
    }
}
