extern alias emulator;

using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.AddIn.Tests.Browser;
using OfficeTools.Collect.Configuration;
using emulator::OfficeTools.GraphEmulator;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// MFA / conditional access end to end: the service stores on behalf of the user (SharePoint on the Graph emulator), the
/// first on-behalf-of exchange is refused with a claims challenge, the service answers 401 insufficient_claims, and the
/// pane (in the modelled Word) asks getAccessToken again with authChallenge = those claims and tries once more.
/// </summary>
public sealed class ClaimsChallengeBrowserTests : IDisposable
{
    const string Claims = """{"access_token":{"capolids":{"essential":true,"values":["c1"]}}}""";

    readonly EmulatorServer emulator = new EmulatorServer().Start();

    public void Dispose() => emulator.Dispose();

    sealed class App(EmulatorServer emulator, StoreFactory factory) : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => EmulatorStore.Settings(emulator, onBehalfOf: true);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(factory));
        }
    }

    [Fact]
    public async Task The_pane_asks_again_with_the_claims_and_the_submission_goes_through()
    {
        emulator.State.Access.Members["aaaaaaaa-0000-4000-8000-000000000001"] = "manage";
        var plain = AddInApplication.Token("unit-a@county.gov");
        var withMfa = AddInApplication.Token("unit-a@county.gov", claimsEdit: c => c["amr"] = new[] { "pwd", "mfa" });
        // the exchange of the token without MFA is refused as Entra does when MFA is wanted; any other gets a site member's Graph token
        var factory = new EmulatorStore.UserCredentials(assertion => assertion == plain ? EmulatorStore.MfaRequired(Claims)
            : new StaticTokenCredential(EmulatorTokens.User("aaaaaaaa-0000-4000-8000-000000000001", "u@county.gov", ["Sites.Manage.All"])));
        await using var app = new App(emulator, factory);
        var document = Docs.Form("U001");
        await using var b = await PaneBrowser.StartAsync(app.Address, OfficeJs.Stub, new
        {
            controls = Array.Empty<string>(), file = Convert.ToBase64String(document), token = plain, claimsToken = withMfa,
        });
        await b.Page.GotoAsync(app.Address + "/taskpane.html");
        await b.ReadyAsync();
        await b.Page.ClickAsync("#submit");
        Assert.Contains("已提交", await b.MessageAsync("ok"), StringComparison.Ordinal);
        var challenges = await b.Page.EvaluateAsync<string?[]>("() => window.__stub.tokenCalls.map(c => c.authChallenge)");
        Assert.Equal(Claims, Assert.Single(challenges, c => c != null));
        Assert.Single(emulator.State.Drive("Forms").Files);
    }
}
