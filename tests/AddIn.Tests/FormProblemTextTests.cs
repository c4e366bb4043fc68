using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// What a submission's problems say to the person who uploaded it: Chinese sentences naming each answer as the form shows
/// it (事项“…”的整改进展, “填报人”), never a content-control tag or the ledger's item id.
/// </summary>
public partial class FormProblemTextTests(FormProblemTextTests.App app) : IClassFixture<FormProblemTextTests.App>
{
    public sealed class App : AddInApplication;

    record Rendered(string FileName, string? Document);
    record Submitted(string Check, string CheckLabel, string[] Problems);

    HttpClient Clerk => app.ClientWith(AddInApplication.Token());
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"[A-Za-z_]{2,}|\b[UI]\d{2,}\b")]
    private static partial Regex NotChinese();

    async Task<Submitted> Submit(string unitId, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var response = await Clerk.PostAsync($"/api/submissions/{unitId}", content, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Ct))!;
    }

    [Fact]
    public async Task An_unanswered_form_is_incomplete_and_each_missing_answer_is_named_in_Chinese()
    {
        var r = await (await Clerk.PostAsJsonAsync("/api/render", new { template = "form", unitId = "U001", include = "document" }, Ct)).Content.ReadFromJsonAsync<Rendered>(Ct);
        Assert.DoesNotMatch(NotChinese(), r!.FileName[..^".docx".Length]);
        var blank = Convert.FromBase64String(r.Document!);
        // the form answered, then two required answers emptied: the filler and item I001's 整改进展
        var cleared = OfficeTools.Collect.Tests.Support.FormFiller.Fill(Docs.Completed(blank),
            new Dictionary<string, object?> { ["filler"] = "", ["item.I001.status"] = "" });
        var s = await Submit("U001", cleared);
        Assert.Equal("incomplete", s.Check);
        Assert.Equal("必填项未填", s.CheckLabel);
        Assert.NotEmpty(s.Problems);
        Assert.All(s.Problems, p => Assert.DoesNotMatch(NotChinese(), p));
        Assert.Contains("“填报人”未填写", s.Problems);
        // the item named by its problem text, as its row on the form reads
        Assert.Contains("事项“整改措施不具体”的整改进展未填写", s.Problems);

        var done = await Submit("U001", Docs.Completed(blank));
        Assert.Equal("ok", done.Check);
        Assert.Equal("齐全", done.CheckLabel);
        Assert.Empty(done.Problems);
    }

    [Fact]
    public async Task Another_units_form_is_refused_in_Chinese_without_ids()
    {
        var content = new ByteArrayContent(Docs.Form("U002"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await Clerk.PostAsync("/api/submissions/U001", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(Ct))!["detail"]!.GetValue<string>();
        Assert.Contains("其他单位的报表", detail, StringComparison.Ordinal);
        Assert.Contains("县教育局领导班子", detail, StringComparison.Ordinal);
        Assert.DoesNotMatch(NotChinese(), detail);
    }
}
