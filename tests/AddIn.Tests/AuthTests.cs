using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OfficeTools.AddIn.Tests;

public class AuthTests(AuthTests.App app) : IClassFixture<AuthTests.App>
{
    public sealed class App : AddInApplication;

    record Me(string Name, bool IsOffice, string? UnitId);

    async Task<HttpStatusCode> Status(string? token) =>
        (await app.ClientWith(token).GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode;

    [Fact]
    public async Task No_token_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await Status(null));

    [Fact]
    public async Task Garbage_token_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await Status("not.a.jwt"));

    [Fact]
    public async Task Token_signed_by_another_key_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(AddInApplication.Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" })));

    [Fact]
    public async Task Expired_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(AddInApplication.Token(expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact]
    public async Task Wrong_audience_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(AddInApplication.Token(audience: "api://elsewhere/" + Guid.NewGuid())));

    [Fact]
    public async Task Wrong_issuer_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(AddInApplication.Token(issuer: "https://login.microsoftonline.com/other-tenant/v2.0")));

    [Fact]
    public async Task Missing_scope_is_403() =>
        Assert.Equal(HttpStatusCode.Forbidden, await Status(AddInApplication.Token(scope: "User.Read")));

    [Theory]
    [InlineData(AddInApplication.ClientId)]
    [InlineData(AddInApplication.AppIdUri)]
    public async Task Both_audience_forms_are_accepted(string audience) =>
        Assert.Equal(HttpStatusCode.OK, await Status(AddInApplication.Token(audience: audience)));

    [Fact]
    public async Task Office_staff_and_unit_users_are_told_apart()
    {
        var ct = TestContext.Current.CancellationToken;
        var clerk = await app.ClientWith(AddInApplication.Token()).GetFromJsonAsync<Me>("/api/me", ct);
        Assert.True(clerk!.IsOffice);
        var unit = await app.ClientWith(AddInApplication.Token("unit-a@county.gov")).GetFromJsonAsync<Me>("/api/me", ct);
        Assert.False(unit!.IsOffice);
        Assert.Equal("U001", unit.UnitId);
        var byRole = await app.ClientWith(AddInApplication.Token("someone@county.gov", roles: ["Office.Staff"])).GetFromJsonAsync<Me>("/api/me", ct);
        Assert.True(byRole!.IsOffice);
    }

    [Fact]
    public async Task Session_info_is_public_and_carries_no_secret()
    {
        var body = await app.ClientWith(null).GetStringAsync("/api/session", TestContext.Current.CancellationToken);
        Assert.Contains("\"sso\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(AddInApplication.Secret, body, StringComparison.Ordinal);
    }
}
