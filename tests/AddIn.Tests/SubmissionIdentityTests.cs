using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OfficeTools.Documents.Identity;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The add-in's forms carry their sealed identity; a submission without one, or with an edited one, is kept but
/// rejected, and neither it nor an invalid newer one displaces the unit's valid submission in the status.
/// </summary>
public class SubmissionIdentityTests(SubmissionIdentityTests.App app) : IClassFixture<SubmissionIdentityTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document, Dictionary<string, string>? Controls, string? Identity, string? Property);
    record Submitted(string Id, string UnitId, int Version, string Check, string[] Problems);
    record Row(string UnitId, string Name, string Kind, string Status, string? Check, DateTimeOffset? SubmittedAt, string? SubmittedBy, int Versions);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<byte[]> RenderForm(string unitId)
    {
        var r = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId }, Ct)).Content.ReadFromJsonAsync<Rendered>(Ct);
        var bytes = Convert.FromBase64String(r!.Document!);
        Assert.Equal(FormStamp.PropertyName, r.Property);
        Assert.Equal(r.Identity, FormStamp.Read(bytes));
        return bytes;
    }

    async Task<Submitted> Submit(string unitId, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await Clerk.PostAsync($"/api/submissions/{unitId}", content, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Ct))!;
    }

    async Task<Row> Status(string unitId) => (await Clerk.GetFromJsonAsync<Row[]>("/api/status", Ct))!.Single(r => r.UnitId == unitId);

    [Fact]
    public async Task A_notices_return_slip_for_a_notice_the_trail_never_issued_is_refused_and_not_stored()
    {
        var r = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "notice", unitId = "U002", include = "document" }, Ct)).Content.ReadFromJsonAsync<Rendered>(Ct);
        var bytes = Convert.FromBase64String(r!.Document!);
        Assert.Equal(r.Identity, FormStamp.Read(bytes));
        // what the seal claims, then checked with that campaign's key
        FormIdentity.Verify(r.Identity, "", [0], out var claimed);
        var campaignId = claimed!.CampaignId;
        Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(r.Identity, campaignId, CampaignKeys.Find(campaignId)!, out var sealedAs));
        Assert.Equal(("U002", "督办通知单", 1), (sealedAs!.UnitId, sealedAs.Kind, sealedAs.Round));
        var before = (await Status("U002")).Versions;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await Clerk.PostAsync("/api/submissions/U002", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(sealedAs.Number!, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, (await Status("U002")).Versions);
    }

    [Fact]
    public async Task A_rendered_form_carries_a_valid_identity_of_its_unit()
    {
        var bytes = await RenderForm("U002");
        DocxValidation.AssertValid(bytes);
        Assert.DoesNotContain(FormStamp.Read(bytes)!.Split('.')[4], DocxText.Body(bytes), StringComparison.Ordinal);
        var first = await Submit("U002", bytes);
        Assert.NotEqual("rejected", first.Check);
        Assert.Equal("submitted", (await Status("U002")).Status);
    }

    [Fact]
    public async Task Forged_and_invalid_newer_submissions_never_displace_the_valid_one()
    {
        var valid = await Submit("U001", await RenderForm("U001"));
        Assert.NotEqual("rejected", valid.Check);
        Assert.NotEqual("invalid", valid.Check);
        var counted = await Status("U001");

        var plain = await Submit("U001", Docs.Unstamped("U001"));
        Assert.Equal("rejected", plain.Check);
        Assert.Contains(plain.Problems, p => p.Contains("缺少本次活动的识别信息", StringComparison.Ordinal));

        var foreign = await RenderForm("U003");
        var copied = FormStamp.Write(await RenderForm("U001"), FormStamp.Read(foreign)!);
        var edited = await Submit("U001", copied);
        Assert.Equal("rejected", edited.Check);
        Assert.Contains(edited.Problems, p => p.Contains("识别信息被改动过", StringComparison.Ordinal));

        var broken = Docs.Edit(await RenderForm("U001"), z => Docs.Replace(z, "word/document.xml",
            t => t.Replace("w:val=\"signature\"", "w:val=\"signature-gone\"", StringComparison.Ordinal)));
        var invalid = await Submit("U001", broken);
        Assert.Equal("invalid", invalid.Check);

        var now = await Status("U001");
        Assert.Equal("submitted", now.Status);
        Assert.Equal(counted.Check, now.Check);
        Assert.Equal(counted.SubmittedAt, now.SubmittedAt);
        Assert.Equal(4, now.Versions);
    }

    [Fact]
    public async Task A_unit_with_only_rejected_submissions_is_still_missing()
    {
        var plain = await Submit("U003", Docs.Unstamped("U003"));
        Assert.Equal("rejected", plain.Check);
        var row = await Status("U003");
        Assert.NotEqual("submitted", row.Status);
        Assert.Null(row.SubmittedAt);
    }
}
