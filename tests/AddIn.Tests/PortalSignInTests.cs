using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.Playwright;
using OfficeTools.AddIn.Tests.Browser;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The web portal with sign-in on, in a plain Chromium with no Office: MSAL.js, served by the service itself
/// (<c>/lib/msal-browser.min.js</c>), signs a unit's user in by redirect. Entra is emulated at the network edge
/// (Playwright answers for login.microsoftonline.com: instance discovery, OpenID metadata, the authorize page and
/// the token endpoint, with an access token signed by the test key the service trusts); nothing else leaves the
/// machine. The unit's user then sees only its unit, and its upload goes with the Bearer token.
/// </summary>
public class PortalSignInTests(PortalSignInTests.App app) : IClassFixture<PortalSignInTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
    }

    const string Login = "https://login.microsoftonline.com";
    static readonly string Tenant = $"{Login}/{AddInApplication.TenantId}";
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static string B64Url(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // MSAL reads the id token's claims (nonce, oid, tid) but, as a public client, does not check its signature
    static string IdToken(string user, string oid, string nonce)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["aud"] = AddInApplication.ClientId, ["iss"] = AddInApplication.Issuer, ["iat"] = now, ["nbf"] = now, ["exp"] = now + 3600,
            ["name"] = "单位填报员", ["oid"] = oid, ["sub"] = oid, ["tid"] = AddInApplication.TenantId, ["preferred_username"] = user,
            ["nonce"] = nonce, ["ver"] = "2.0",
        });
        return $"{B64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test-key\"}")}.{B64Url(payload)}.c2lnbmF0dXJl";
    }

    static Task Json(IRoute route, object body) => route.FulfillAsync(new RouteFulfillOptions
    {
        Status = 200, ContentType = "application/json", Body = JsonSerializer.Serialize(body),
        Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*", ["Access-Control-Allow-Headers"] = "*" },
    });

    [Fact]
    public async Task A_units_user_signs_in_through_MSAL_served_by_the_service_and_uploads_with_its_token()
    {
        const string user = "unit-a@county.gov";
        var oid = Guid.NewGuid().ToString();
        var clientInfo = B64Url(JsonSerializer.Serialize(new { uid = oid, utid = AddInApplication.TenantId }));
        string? authorize = null;
        string? nonce = null;
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None);
        var fromService = new List<string>();
        b.Page.Request += (_, r) => { if (r.Url.StartsWith(app.BaseAddress, StringComparison.Ordinal)) lock (fromService) fromService.Add(r.Url); };
        // registered after the browser's catch-all, so these answer first
        await b.Page.RouteAsync(Login + "/**", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (route.Request.Method == "OPTIONS") { await Json(route, new { }); return; }
            if (url.AbsolutePath.EndsWith("/discovery/instance", StringComparison.Ordinal))
                await Json(route, new Dictionary<string, object>
                {
                    ["tenant_discovery_endpoint"] = $"{Tenant}/v2.0/.well-known/openid-configuration", ["api-version"] = "1.1",
                    ["metadata"] = new[] { new { preferred_network = "login.microsoftonline.com", preferred_cache = "login.windows.net",
                        aliases = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } } },
                });
            else if (url.AbsolutePath.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
                await Json(route, new Dictionary<string, object>
                {
                    ["authorization_endpoint"] = $"{Tenant}/oauth2/v2.0/authorize", ["token_endpoint"] = $"{Tenant}/oauth2/v2.0/token",
                    ["end_session_endpoint"] = $"{Tenant}/oauth2/v2.0/logout", ["issuer"] = AddInApplication.Issuer,
                    ["jwks_uri"] = $"{Tenant}/discovery/v2.0/keys", ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
                });
            else if (url.AbsolutePath.EndsWith("/oauth2/v2.0/authorize", StringComparison.Ordinal))
            {
                // the person signs in at Entra, which sends the browser back to the redirect URI with a code
                authorize = route.Request.Url;
                var q = HttpUtility.ParseQueryString(url.Query);
                nonce = q["nonce"];
                var back = $"code=test-code&state={Uri.EscapeDataString(q["state"]!)}&client_info={clientInfo}";
                var target = q["redirect_uri"] + (q["response_mode"] == "query" ? "?" : "#") + back;
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html",
                    Body = $"<!DOCTYPE html><script>location.replace({JsonSerializer.Serialize(target)});</script>" });
            }
            else if (url.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
                await Json(route, new Dictionary<string, object>
                {
                    ["token_type"] = "Bearer", ["scope"] = $"{AddInApplication.AppIdUri}/access_as_user openid profile offline_access",
                    ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = AddInApplication.Token(user),
                    ["refresh_token"] = "test-refresh", ["id_token"] = IdToken(user, oid, nonce ?? ""), ["client_info"] = clientInfo,
                });
            else await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
        });

        await b.Page.GotoAsync(app.BaseAddress + "/portal.html");
        Assert.Equal("portal", await b.ReadyAsync());
        Assert.EndsWith("/portal.html", new Uri(b.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(app.BaseAddress + "/lib/msal-browser.min.js", fromService);

        // MSAL asked Entra for this app, this API's scope, back to the service's own sign-in page
        var asked = HttpUtility.ParseQueryString(new Uri(authorize!).Query);
        Assert.Equal(AddInApplication.ClientId, asked["client_id"]);
        Assert.Contains($"{AddInApplication.AppIdUri}/access_as_user", asked["scope"], StringComparison.Ordinal);
        Assert.Equal(app.BaseAddress + "/signin.html", asked["redirect_uri"]);
        Assert.Equal("S256", asked["code_challenge_method"]);

        // signed in as the unit's user: its unit only, its items, no office tables
        Assert.Contains("单位用户", await b.Page.InnerTextAsync("#who"), StringComparison.Ordinal);
        Assert.Equal(["U001"], await b.Page.EvalOnSelectorAllAsync<string[]>("#unit option", "os => os.map(o => o.value)"));
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I002']", new() { Timeout = 30000 });
        await b.Page.ClickAsync("#tab-loop");
        await b.Page.WaitForSelectorAsync("#open-table tr[data-item='I002']", new() { Timeout = 30000 });
        Assert.False(await b.Page.IsVisibleAsync("#loop-office"));
        await b.Page.ClickAsync("#tab-fill");

        var download = await b.Page.RunAndWaitForDownloadAsync(() => b.Page.ClickAsync("#download"));
        var blank = await File.ReadAllBytesAsync((await download.PathAsync())!, Ct);
        await b.Page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "自查报告表.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = blank });
        await b.Page.ClickAsync("#upload");
        await b.Page.WaitForFunctionAsync("() => document.getElementById('message').textContent.indexOf('已提交') >= 0", null, new() { Timeout = 30000 });
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            Assert.Equal(user, Assert.Single(await store.ListSubmissionsAsync(Ct), r => r.UnitId == "U001").SubmittedBy);

        Assert.Empty(b.Outside);
        Assert.Empty(await b.CspViolationsAsync());
        Assert.Empty(b.ConsoleErrors);
    }
}
