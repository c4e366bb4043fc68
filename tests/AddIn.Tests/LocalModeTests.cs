using System.Net;
using System.Net.Http.Json;

namespace OfficeTools.AddIn.Tests;

/// <summary>No sign-in configured and bound to loopback: the clerk at this machine uses the service without a token.</summary>
public class LocalModeTests(LocalModeTests.App app) : IClassFixture<LocalModeTests.App>
{
    public sealed class App : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:ClientId"] = "" };
    }

    record Me(string Name, bool IsOffice, string? UnitId);
    record Session(string Mode, string? ClientId);

    [Fact]
    public async Task Local_mode_needs_no_token_and_the_caller_is_office_staff()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientWith(null);
        var session = await client.GetFromJsonAsync<Session>("/api/session", ct);
        Assert.Equal("local", session!.Mode);
        Assert.Null(session.ClientId);
        var me = await client.GetFromJsonAsync<Me>("/api/me", ct);
        Assert.True(me!.IsOffice);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units", ct)).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_is_ignored_in_local_mode_rather_than_trusted()
    {
        // local mode never reads tokens: a unit user's token does not narrow or widen anything
        var me = await app.ClientWith(AddInApplication.Token("unit-a@county.gov")).GetFromJsonAsync<Me>("/api/me", TestContext.Current.CancellationToken);
        Assert.Equal("本机用户", me!.Name);
    }
}
