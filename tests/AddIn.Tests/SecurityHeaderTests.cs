using System.Net;

namespace OfficeTools.AddIn.Tests;

public class SecurityHeaderTests(SecurityHeaderTests.App app) : IClassFixture<SecurityHeaderTests.App>
{
    public sealed class App : AddInApplication;

    [Theory]
    [InlineData("/taskpane.html")]
    [InlineData("/api/session")]
    [InlineData("/api/me")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.ClientWith(null).GetAsync(path, TestContext.Current.CancellationToken);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors", csp, StringComparison.Ordinal);
        Assert.Contains("https://*.officeapps.live.com", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        // X-Frame-Options would stop Office from framing the pane; frame-ancestors governs instead
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Cors_answers_the_add_in_origin_only()
    {
        var ct = TestContext.Current.CancellationToken;
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var req = new HttpRequestMessage(HttpMethod.Options, "/api/me");
            req.Headers.Add("Origin", origin);
            req.Headers.Add("Access-Control-Request-Method", "GET");
            req.Headers.Add("Access-Control-Request-Headers", "authorization");
            return await app.ClientWith(null).SendAsync(req, ct);
        }
        var good = await Preflight("https://addin.county.gov");
        Assert.Equal("https://addin.county.gov", good.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var evil = await Preflight("https://evil.example");
        Assert.False(evil.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Static_files_and_api_never_contain_the_client_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientWith(null);
        foreach (var path in new[] { "/taskpane.html", "/taskpane.js", "/taskpane.css", "/api/session", "/commands.html", "/help.html" })
        {
            var response = await client.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(AddInApplication.Secret, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
    }
}
