using System.Net;

namespace OfficeTools.AddIn.Tests;

public class SecurityHeaderTests(SecurityHeaderTests.App app) : IClassFixture<SecurityHeaderTests.App>
{
    public sealed class App : AddInApplication;

    [Theory]
    [InlineData("/taskpane.html")]
    [InlineData("/portal.html")]
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
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        // Word on the web in the cloud operated by 21Vianet frames the pane too
        Assert.Contains("https://*.officeapps.partner.office365.cn", csp, StringComparison.Ordinal);
        // office.js's host-trust frame comes from its CDN; MSAL talks to and frames the configured sign-in host
        Assert.Contains("frame-src 'self' https://appsforoffice.microsoft.com https://login.microsoftonline.com", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        // X-Frame-Options would stop Office from framing the pane; frame-ancestors governs instead
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public void The_sign_in_host_in_the_policy_follows_the_configured_cloud()
    {
        var china = OfficeTools.AddIn.Server.Security.SecurityHeaders.ContentSecurityPolicy(new OfficeTools.AddIn.Server.Auth.AuthOptions
        {
            ClientId = AddInApplication.ClientId, TenantId = AddInApplication.TenantId, Cloud = "china", Instance = "https://login.partner.microsoftonline.cn/",
        });
        Assert.Contains("connect-src 'self' https://login.partner.microsoftonline.cn https://login.chinacloudapi.cn;", china, StringComparison.Ordinal);
        Assert.DoesNotContain("login.microsoftonline.com", china, StringComparison.Ordinal);
        var local = OfficeTools.AddIn.Server.Security.SecurityHeaders.ContentSecurityPolicy(new OfficeTools.AddIn.Server.Auth.AuthOptions());
        Assert.Contains("connect-src 'self';", local, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_gives_MSAL_the_configured_authority_and_the_API_scope()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await app.ClientWith(null).GetStringAsync("/api/session", TestContext.Current.CancellationToken))!;
        Assert.Equal("sso", (string)body["mode"]!);
        Assert.Equal($"https://login.microsoftonline.com/{AddInApplication.TenantId}", (string)body["authority"]!);
        Assert.Equal(AddInApplication.AppIdUri + "/access_as_user", (string)body["scope"]!);
        var china = OfficeTools.AddIn.Server.Features.SessionApi.Info(new OfficeTools.AddIn.Server.Auth.AuthOptions
        {
            ClientId = "c", TenantId = "t", Cloud = "china", Instance = "https://login.partner.microsoftonline.cn/",
        }, "addin.county.gov");
        Assert.Equal(("https://login.partner.microsoftonline.cn/t", "api://addin.county.gov/c/access_as_user"), (china.Authority, china.Scope));
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
        foreach (var path in new[] { "/taskpane.html", "/portal.html", "/signin.html", "/pane/main.js", "/pane/auth.js", "/taskpane.css", "/api/session", "/commands.html", "/help.html" })
        {
            var response = await client.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(AddInApplication.Secret, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
    }
}
