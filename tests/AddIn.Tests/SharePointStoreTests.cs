extern alias emulator;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Configuration;
using emulator::OfficeTools.GraphEmulator;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The service with its SharePoint store on the Graph emulator, through the real sign-in pipeline: the app's own
/// credential by default (one store per process), or on behalf of each user (one store per user and token), and what
/// the pane is told when SharePoint refuses, or when Entra wants MFA first.
/// </summary>
public sealed class SharePointStoreTests : IDisposable
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    readonly EmulatorServer emulator = new EmulatorServer().Start();

    public void Dispose() => emulator.Dispose();

    sealed class App(EmulatorServer emulator, StoreFactory factory, bool onBehalfOf) : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => EmulatorStore.Settings(emulator, onBehalfOf);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(factory));
        }
    }

    static async Task<HttpResponseMessage> Submit(App app, string token, string unit = "U001")
    {
        using var client = app.ClientWith(token);
        using var content = new ByteArrayContent(Docs.Form(unit));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return await client.PostAsync($"/api/submissions/{unit}", content, Ct);
    }

    [Fact]
    public async Task By_default_the_service_writes_as_the_app_with_one_store_for_every_request()
    {
        var factory = new StoreFactory();
        await using var app = new App(emulator, factory, onBehalfOf: false);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await Submit(app, AddInApplication.Token("unit-a@county.gov"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, AddInApplication.Token("unit-b@county.gov"), "U002")).StatusCode);
        using var clerk = app.ClientWith(AddInApplication.Token());
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/status", Ct)).StatusCode);
        Assert.Equal((1, 0), (factory.AppOnlyCreated, factory.OnBehalfOfCreated));
        var list = emulator.State.List("Submissions");
        Assert.Equal(4, list.Items.Count);
        Assert.Equal(["unit-a@county.gov", "unit-a@county.gov", "unit-a@county.gov", "unit-b@county.gov"], list.Items.Values.Select(i => i.Fields["SubmittedBy"]!.ToString()));
        // site lookups happened once, not per request
        Assert.Single(emulator.RequestLog, r => r.Contains("sites/contoso.sharepoint.com:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_verdict_from_the_pane_goes_to_the_sites_trail_list_and_the_stages_read_it_back()
    {
        await using var app = new App(emulator, new StoreFactory(), onBehalfOf: false);
        using var clerk = app.ClientWith(AddInApplication.Token());
        var response = await clerk.PostAsync("/api/campaign/verdicts", JsonContent.Create(new { verdicts = new[] { new { item = "I001", verdict = "通过" } } }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // the verdict and the closure it allows, in the list `officetools verify` writes to
        Assert.Equal(2, emulator.State.List("Campaign Trail").Items.Count);
        var stages = (await clerk.GetFromJsonAsync<JsonObject>("/api/campaign/stages", Ct))!;
        var u001 = stages["rows"]!.AsArray().Single(r => (string)r!["unitId"]! == "U001")!;
        Assert.Equal(1, u001["counts"]!.AsArray().Where(c => (string)c!["stage"]! == "已销号").Select(c => (int)c!["count"]!).Single());
    }

    [Fact]
    public async Task On_behalf_of_users_each_user_has_one_store_while_the_token_lasts()
    {
        // each exchange gives a Graph token of a site member (what Entra's on-behalf-of answer would be)
        var factory = new EmulatorStore.UserCredentials(_ => new StaticTokenCredential(EmulatorTokens.User("aaaaaaaa-0000-4000-8000-000000000001", "u@county.gov", ["Sites.Manage.All"])));
        emulator.State.Access.Members["aaaaaaaa-0000-4000-8000-000000000001"] = "manage"; // a site owner: its first use makes the columns
        await using var app = new App(emulator, factory, onBehalfOf: true);
        string Token(string user, DateTime? expires = null) => AddInApplication.Token(user, expires: expires,
            claimsEdit: c => c["oid"] = user == "unit-a@county.gov" ? "11111111-0000-4000-8000-00000000000a" : "22222222-0000-4000-8000-00000000000b");
        var a1 = Token("unit-a@county.gov");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Created, (await Submit(app, a1)).StatusCode);
        Assert.Equal(1, factory.OnBehalfOfCreated);
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, Token("unit-b@county.gov"), "U002")).StatusCode);
        Assert.Equal(2, factory.OnBehalfOfCreated);

        Assert.Equal(HttpStatusCode.Created, (await Submit(app, Token("unit-a@county.gov"))).StatusCode);
        Assert.Equal(2, factory.OnBehalfOfCreated); // unit-a's refreshed token: the store made with the first one still serves

        Assert.Equal(0, factory.AppOnlyCreated);
    }

    [Fact]
    public async Task A_store_made_with_an_expired_token_is_not_used_again()
    {
        var factory = new EmulatorStore.UserCredentials(_ => new StaticTokenCredential(EmulatorTokens.User("aaaaaaaa-0000-4000-8000-000000000001", "u@county.gov", ["Sites.Manage.All"])));
        emulator.State.Access.Members["aaaaaaaa-0000-4000-8000-000000000001"] = "manage"; // a site owner: its first use makes the columns
        await using var app = new App(emulator, factory, onBehalfOf: true);
        var shortLived = AddInApplication.Token("unit-a@county.gov", expires: DateTime.UtcNow.AddSeconds(2));
        var first = await Submit(app, shortLived);
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Ct));
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        var fresh = AddInApplication.Token("unit-a@county.gov");
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, fresh)).StatusCode);
        Assert.Equal(2, factory.OnBehalfOfCreated);
        Assert.Equal([shortLived, fresh], factory.Assertions);
    }

    [Fact]
    public async Task When_Entra_wants_MFA_the_pane_gets_the_claims_to_ask_for()
    {
        const string claims = """{"access_token":{"capolids":{"essential":true,"values":["c1"]}}}""";
        var factory = new EmulatorStore.UserCredentials(_ => EmulatorStore.MfaRequired(claims));
        await using var app = new App(emulator, factory, onBehalfOf: true);
        var r = await Submit(app, AddInApplication.Token("unit-a@county.gov"));
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("insufficient_claims", r.Headers.WwwAuthenticate.ToString());
        var body = JsonNode.Parse(await r.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("claims_challenge", (string)body["error"]!);
        Assert.Equal(claims, (string)body["claims"]!);
        Assert.Contains("多重身份验证", (string)body["message"]!);
        Assert.Empty(emulator.State.Drive("Forms").Files);
    }

    [Theory]
    [InlineData("denied", "拒绝")]
    [InlineData("notsetup", "officetools setup")]
    public async Task SharePoint_refusing_is_said_in_Chinese_without_the_technical_text(string what, string expected)
    {
        if (what == "denied") emulator.State.Access.AppGrants.Clear();
        else emulator.State.Access.AppGrants[EmulatorTokens.TestAppId] = "write"; // may not make the missing columns
        await using var app = new App(emulator, new StoreFactory(), onBehalfOf: false);
        var r = await Submit(app, AddInApplication.Token("unit-a@county.gov"));
        Assert.Equal(HttpStatusCode.BadGateway, r.StatusCode);
        var detail = (string)JsonNode.Parse(await r.Content.ReadAsStringAsync(Ct))!["detail"]!;
        Assert.Contains(expected, detail);
        Assert.DoesNotContain("SharePoint refused", detail);
        Assert.DoesNotContain("HTTP", detail);
    }
}
