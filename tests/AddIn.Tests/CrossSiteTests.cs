using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// Cross-site writes and DNS rebinding against the service on loopback in local mode, where every loopback caller
/// is office staff: a page on another site must not get a form stored, and a rebound host name is not answered.
/// </summary>
public class CrossSiteTests(CrossSiteTests.App app) : IClassFixture<CrossSiteTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:ClientId"] = "" };
    }

    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    record StatusRow(string UnitId, string Status);

    HttpClient Client() => new() { BaseAddress = new Uri(app.Address) };

    async Task<HttpResponseMessage> Submit(string unitId, string contentType, string? origin, string? fetchSite = null)
    {
        using var client = Client();
        var content = new ByteArrayContent(Docs.Form(unitId));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/submissions/{unitId}") { Content = content };
        if (origin != null) request.Headers.Add("Origin", origin);
        if (fetchSite != null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    string[] StoredFiles(string unitId)
    {
        var root = Path.Combine(app.DataRoot, "store");
        return Directory.Exists(root)
            ? [.. Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Contains(unitId, StringComparison.Ordinal))]
            : [];
    }

    async Task AssertNothingStored(string unitId)
    {
        Assert.Empty(StoredFiles(unitId));
        using var client = Client();
        var status = await client.GetFromJsonAsync<StatusRow[]>("/api/status", TestContext.Current.CancellationToken);
        Assert.NotEqual("submitted", status!.Single(s => s.UnitId == unitId).Status);
    }

    [Fact]
    public async Task A_cross_origin_text_plain_post_is_refused_and_nothing_is_stored()
    {
        var response = await Submit("U003", "text/plain", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("其他网站", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await AssertNothingStored("U003");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Body_types_a_plain_form_can_send_are_415_even_from_the_own_origin(string type)
    {
        var response = await Submit("U003", type, app.Address);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingStored("U003");
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData("null", null)]
    [InlineData("https://officeapps.live.com.evil.example", null)]
    [InlineData("https://evilofficeapps.live.com", null)]
    [InlineData("http://word-edit.officeapps.live.com", null)]
    [InlineData("http://localhost:1", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, "same-site")]
    public async Task Writes_from_another_site_are_403_whatever_the_body_type(string? origin, string? fetchSite)
    {
        var response = await Submit("U003", DocxType, origin, fetchSite);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingStored("U003");
    }

    [Fact]
    public async Task A_cross_origin_render_or_briefing_is_403()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = Client();
        var render = new HttpRequestMessage(HttpMethod.Post, "/api/render") { Content = JsonContent.Create(new { template = "form", unitId = "U001" }) };
        render.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(render, ct)).StatusCode);
        var briefing = new HttpRequestMessage(HttpMethod.Post, "/api/briefing");
        briefing.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(briefing, ct)).StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("own", "same-origin")]
    [InlineData("https://word-edit.officeapps.live.com", "cross-site")]
    [InlineData("https://addin.county.gov", "cross-site")]
    public async Task The_pane_an_office_host_and_a_client_without_origin_may_submit(string? origin, string? fetchSite)
    {
        var unit = origin == null ? "U001" : "U002";
        var response = await Submit(unit, DocxType, origin == "own" ? app.Address : origin, fetchSite);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEmpty(StoredFiles(unit));
    }

    async Task<HttpStatusCode> GetWithHost(string path, string host)
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example")]
    [InlineData("192.168.1.20:{port}")]
    public async Task In_local_mode_a_host_name_other_than_loopback_is_400(string host)
    {
        var port = new Uri(app.Address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        host = host.Replace("{port}", port, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await GetWithHost("/api/me", host));
        Assert.Equal(HttpStatusCode.BadRequest, await GetWithHost("/taskpane.html", host));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("LocalHost")]
    public async Task In_local_mode_loopback_host_names_are_answered(string host)
    {
        var port = new Uri(app.Address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, await GetWithHost("/api/me", host.Replace("{port}", port, StringComparison.Ordinal)));
    }
}

/// <summary>The same fences with sign-in on: cross-site writes are refused for a signed-in user too, and <c>AllowedHosts</c> is enforced.</summary>
public class SignedInCrossSiteTests(SignedInCrossSiteTests.App app) : IClassFixture<SignedInCrossSiteTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["AllowedHosts"] = "127.0.0.1;addin.county.gov" };
    }

    HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddInApplication.Token());
        return client;
    }

    [Fact]
    public async Task A_clerks_token_does_not_carry_a_cross_site_write()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = Client();
        var content = new ByteArrayContent(Docs.Form("U001"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions/U001") { Content = content };
        request.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request, ct)).StatusCode);
        var root = Path.Combine(app.DataRoot, "store");
        Assert.False(Directory.Exists(root) && Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories).Length > 0);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("addin.county.gov", HttpStatusCode.OK)]
    public async Task Configured_allowed_hosts_are_enforced(string host, HttpStatusCode expected)
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Host = host;
        Assert.Equal(expected, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }
}
