using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using OfficeTools.AddIn.Server.Auth;
using static OfficeTools.AddIn.Server.Features.SessionApi;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// <c>Auth:Cloud</c>: the service signs people in at their cloud's authority and accepts only that cloud's token issuers
/// (v2 at each of its sign-in hosts, v1 at its STS); a token from another cloud, same tenant id and key, is refused.
/// Issuers: https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud.
/// </summary>
public class CloudAuthTests(CloudAuthTests.China china, CloudAuthTests.Global global)
    : IClassFixture<CloudAuthTests.China>, IClassFixture<CloudAuthTests.Global>
{
    public sealed class China : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:Cloud"] = "china" };
        // what https://login.chinacloudapi.cn/{tid}/v2.0/.well-known/openid-configuration names
        protected override string MetadataIssuer => $"https://login.chinacloudapi.cn/{TenantId}/v2.0";
    }

    public sealed class Global : AddInApplication;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    const string Tid = AddInApplication.TenantId;

    static string V2(string host) => AddInApplication.Token(issuer: $"https://{host}/{Tid}/v2.0");

    static string V1(string sts) => AddInApplication.Token(audience: AddInApplication.AppIdUri, issuer: $"https://{sts}/{Tid}/",
        claimsEdit: c => { c.Remove("preferred_username"); c["upn"] = "clerk@county.gov"; c["ver"] = "1.0"; });

    [Theory]
    [InlineData("china", "v2", "login.chinacloudapi.cn", HttpStatusCode.OK)]
    [InlineData("china", "v2", "login.partner.microsoftonline.cn", HttpStatusCode.OK)]
    [InlineData("china", "v1", "sts.chinacloudapi.cn", HttpStatusCode.OK)]
    [InlineData("china", "v2", "login.microsoftonline.com", HttpStatusCode.Unauthorized)]
    [InlineData("china", "v2", "login.microsoftonline.us", HttpStatusCode.Unauthorized)]
    [InlineData("china", "v1", "sts.windows.net", HttpStatusCode.Unauthorized)]
    [InlineData("global", "v2", "login.microsoftonline.com", HttpStatusCode.OK)]
    [InlineData("global", "v2", "login.chinacloudapi.cn", HttpStatusCode.Unauthorized)]
    [InlineData("global", "v1", "sts.chinacloudapi.cn", HttpStatusCode.Unauthorized)]
    [InlineData("global", "v2", "login.microsoftonline.us", HttpStatusCode.Unauthorized)]
    public async Task Each_service_takes_only_its_clouds_tokens(string cloud, string version, string issuerHost, HttpStatusCode expected)
    {
        var token = version == "v1" ? V1(issuerHost) : V2(issuerHost);
        var response = await (cloud == "china" ? china : (AddInApplication)global).ClientWith(token).GetAsync("/api/me", Ct);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK) Assert.True((await response.Content.ReadFromJsonAsync<Me>(Ct))!.IsOffice);
    }

    [Fact]
    public async Task The_pane_is_sent_to_the_China_sign_in_and_may_talk_to_it()
    {
        var response = await china.ClientWith(null).GetAsync("/api/session", Ct);
        var session = await response.Content.ReadFromJsonAsync<SessionInfo>(Ct);
        Assert.Equal($"https://login.chinacloudapi.cn/{Tid}", session!.Authority);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self' https://login.chinacloudapi.cn https://login.partner.microsoftonline.cn;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("login.microsoftonline.com", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cloud_setting_problem_is_named_with_its_source()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:ClientId"] = "c", ["Auth:TenantId"] = "t", ["Auth:Cloud"] = "china",
            ["Auth:Instance"] = "https://login.microsoftonline.com/", ["Auth:ValidIssuers:0"] = "https://sts.windows.net/t/",
            ["Store:Kind"] = "sharepoint", ["Store:Cloud"] = "global",
        }).Build();
        var problems = CloudSettings.Problems(config);
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Auth:Instance (from MemoryConfigurationProvider", problems[0], StringComparison.Ordinal);
        Assert.Contains("is not a sign-in host of the china cloud (https://login.chinacloudapi.cn/, https://login.partner.microsoftonline.cn/)", problems[0], StringComparison.Ordinal);
        Assert.Contains("Auth:ValidIssuers:0", problems[1], StringComparison.Ordinal);
        Assert.Contains("«https://sts.windows.net/t/» is not an issuer of the china cloud", problems[1], StringComparison.Ordinal);
        Assert.Contains("the store is in the global cloud but sign-in", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_cloud_stops_the_service_naming_the_setting_and_where_it_came_from()
    {
        var (code, err) = await ServerProcess.RunAsync(new Dictionary<string, string> { ["Store__Kind"] = "sharepoint", ["Store__Cloud"] = "mooncake" },
            "--urls", "http://127.0.0.1:0", "--Auth:ClientId", "c", "--Auth:TenantId", "t", "--Auth:Cloud", "gov");
        Assert.Equal(1, code);
        Assert.Contains("拒绝启动", err, StringComparison.Ordinal);
        Assert.Contains("Auth:Cloud (from the command line): «gov» is not one of global, china, usgov", err, StringComparison.Ordinal);
        Assert.Contains("Store:Cloud (from environment variable Store__Cloud): «mooncake» is not one of global, china, usgov", err, StringComparison.Ordinal);
    }
}
