using Microsoft.Playwright;
using OfficeTools.AddIn.Tests.Browser;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The pane outside Word, against the running service in local mode: under the real office.js (npm package, served in
/// place of Microsoft's CDN) and with no Office.js at all (the whole round trip: PortalNoOfficeTests); an old browser
/// and an Office that never answers.
/// </summary>
public class PortalBrowserTests(PortalBrowserTests.App app) : IClassFixture<PortalBrowserTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:ClientId"] = "" };

        public string BaseAddress => Address;
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    // "" is a plain browser; the others are the host info Word puts on the pane's URL (office.js reads _host_Info), so
    // office.js goes the way it goes inside Word on the web and Word for Windows: loads the host's script, its
    // locale strings and telemetry, and waits for a host that is not there, until the pane's watchdog opens the portal.
    [Theory]
    [InlineData("")]
    [InlineData("Word$Web$16.00$zh-CN$$$$0")]
    [InlineData("Word$Win32$16.01$zh-CN$$$$0")]
    public async Task Under_the_real_office_js_the_pane_runs_without_CSP_violations(string hostInfo)
    {
        Assert.True(File.Exists(Path.Combine(PaneBrowser.OfficeJsDist, "office.js")), "npm ci --prefix tests/AddIn.Tests brings the real office.js");
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.Real, initScript: "window.Pane = { watchdogMs: 4000 };");
        await b.Page.GotoAsync(app.BaseAddress + "/taskpane.html" + (hostInfo.Length > 0 ? "?_host_Info=" + Uri.EscapeDataString(hostInfo) : ""));
        Assert.Equal("portal", await b.ReadyAsync());
        Assert.True(await b.Page.EvaluateAsync<bool>("() => typeof Office !== 'undefined' && typeof Office.onReady === 'function'"));
        Assert.True(await b.Page.Locator("#items-table tbody tr").CountAsync() > 0);
        // let office.js finish whatever it starts after onReady (telemetry, locale strings)
        await b.Page.WaitForTimeoutAsync(1500);
        var csp = await b.CspViolationsAsync();
        // what office.js asked for, kept beside the test binaries for a person to read
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "office-js-run.txt"), hostInfo + "\noutside: " + string.Join(" ", b.Outside) + "\ncsp: " + string.Join(" | ", csp) + "\nconsole: " + string.Join(" | ", b.ConsoleErrors) + "\n");
        Assert.Empty(csp);
        Assert.Empty(b.ConsoleErrors);
        Assert.DoesNotContain("未能加载 Office.js", await b.Page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.NotEqual("正在连接…", await b.Page.InnerTextAsync("#who"));
        await b.Page.SetViewportSizeAsync(360, 640);
        await b.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"portal-officejs-{hostInfo.Split('$')[0 .. Math.Min(2, hostInfo.Split('$').Length)].Aggregate((a, c) => a + c)}.png"), FullPage = true });
    }

    [Fact]
    public async Task The_sign_in_page_as_the_portals_redirect_page_loads_nothing_from_outside()
    {
        // no Office routed: any request for office.js is recorded as a request to the outside
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None);
        await b.Page.GotoAsync(app.BaseAddress + "/signin.html");
        // it either says why it cannot sign in, or (its MSAL redirect handled) goes back to the portal, which loads nothing outside either
        await b.Page.WaitForFunctionAsync("() => location.pathname.endsWith('/portal.html') || (document.getElementById('message') && !document.getElementById('message').hidden)",
            null, new() { Timeout = 30000 });
        await b.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(b.Outside);
        Assert.Empty(await b.CspViolationsAsync());
    }

    [Fact]
    public async Task A_browser_too_old_for_the_pane_says_so_and_names_the_portal()
    {
        // what the IE11 webview lacks outside office.js: Promise (and fetch, which the pane does not use)
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None, initScript: "delete window.Promise; delete window.fetch;");
        await b.Page.GotoAsync(app.BaseAddress + "/portal.html");
        var message = await b.MessageAsync("error");
        Assert.Contains("浏览器组件过旧", message, StringComparison.Ordinal);
        Assert.Contains(app.BaseAddress + "/portal.html", message, StringComparison.Ordinal);
        Assert.Equal("未连接", await b.Page.InnerTextAsync("#who"));
    }

    [Fact]
    public async Task When_Office_never_answers_the_pane_does_not_stay_on_connecting()
    {
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.Stub, new { neverReady = true }, "window.Pane = { watchdogMs: 500 };");
        await b.Page.GotoAsync(app.BaseAddress + "/taskpane.html");
        Assert.Equal("portal", await b.ReadyAsync());
        Assert.Contains("长时间没有响应", await b.MessageAsync("error"), StringComparison.Ordinal);
        Assert.DoesNotContain("正在连接", await b.Page.InnerTextAsync("#who"), StringComparison.Ordinal);
    }
}
