using System.Net;
using System.Net.Http.Json;
using OfficeTools.AddIn.Server.Auth;
using static OfficeTools.AddIn.Server.Features.SessionApi;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// Office SSO tokens come as Entra v1 or v2 tokens, as the app registration's accessTokenAcceptedVersion decides: v1
/// has iss https://sts.windows.net/{tid}/, aud = the Application ID URI and upn (no preferred_username); v2 has iss
/// https://login.microsoftonline.com/{tid}/v2.0, aud = the client id and preferred_username. Both are accepted, and
/// both name the caller by the same verified rule.
/// </summary>
public class TokenVersionTests(TokenVersionTests.App app) : IClassFixture<TokenVersionTests.App>
{
    public sealed class App : AddInApplication;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static string V1(string upn) => AddInApplication.Token(audience: AddInApplication.AppIdUri, issuer: $"https://sts.windows.net/{AddInApplication.TenantId}/",
        claimsEdit: c =>
        {
            c.Remove("preferred_username");
            c["upn"] = upn;
            c["unique_name"] = upn;
            c["ver"] = "1.0";
        });

    [Fact]
    public async Task A_v1_token_is_accepted_and_names_its_unit_user_by_upn()
    {
        var me = await app.ClientWith(V1("unit-a@county.gov")).GetFromJsonAsync<Me>("/api/me", Ct);
        Assert.Equal(new Me("unit-a@county.gov", false, "U001"), me);
    }

    [Fact]
    public async Task A_v2_token_is_accepted_with_the_client_id_as_audience()
    {
        var me = await app.ClientWith(AddInApplication.Token("unit-b@county.gov")).GetFromJsonAsync<Me>("/api/me", Ct);
        Assert.Equal(new Me("unit-b@county.gov", false, "U002"), me);
    }

    [Fact]
    public async Task A_v1_token_of_another_tenants_STS_is_refused()
    {
        var r = await app.ClientWith(AddInApplication.Token(audience: AddInApplication.AppIdUri, issuer: "https://sts.windows.net/00000000-0000-4000-8000-000000000000/"))
            .GetAsync("/api/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    [Fact]
    public void The_China_cloud_has_its_own_v1_and_v2_issuers()
    {
        var china = new AuthOptions { Cloud = "china", Instance = "https://login.partner.microsoftonline.cn/", TenantId = "t1", ClientId = "c" };
        Assert.Equal(["https://login.partner.microsoftonline.cn/t1/v2.0", "https://login.chinacloudapi.cn/t1/v2.0", "https://sts.chinacloudapi.cn/t1/"], china.Issuers());
        Assert.Empty(china.CloudProblems());
        var global = new AuthOptions { TenantId = "t1", ClientId = "c" };
        Assert.Equal(["https://login.microsoftonline.com/t1/v2.0", "https://sts.windows.net/t1/"], global.Issuers());
    }
}
