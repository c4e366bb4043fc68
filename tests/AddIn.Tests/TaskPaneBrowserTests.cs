using System.Text.Json;
using Microsoft.Playwright;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Tests;

/// <summary>The task pane in headless Chromium against the running service (Kestrel on 127.0.0.1), Office.js stubbed.</summary>
public class TaskPaneBrowserTests(TaskPaneBrowserTests.App app) : IClassFixture<TaskPaneBrowserTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
    }

    static readonly string[] Tags = ["unit.id", "form.kind", "filler", "filler_phone", "item.I001.status", "item.I001.note", "item.I002.status"];

    [Fact]
    public async Task Fill_submit_and_status_work_in_a_real_browser()
    {
        var baseAddress = app.BaseAddress;
        var document = Docs.Form("U001");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Playwright gives every launch a fresh temporary profile (user data dir)
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var stub = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Stubs", "office-stub.js"), TestContext.Current.CancellationToken);
        await page.RouteAsync("https://appsforoffice.microsoft.com/**", r => r.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "application/javascript", Body = stub,
        }));
        var config = JsonSerializer.Serialize(new
        {
            controls = Tags,
            file = Convert.ToBase64String(document),
            sliceSize = 1000,
            token = AddInApplication.Token("unit-a@county.gov"),
        });
        await page.AddInitScriptAsync($"window.__stubConfig = {config};");

        await page.GotoAsync(baseAddress + "/taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']", new() { Timeout = 30000 });
        Assert.Contains("单位用户", await page.InnerTextAsync("#who"), StringComparison.Ordinal);
        Assert.Equal("U001", await page.InputValueAsync("#unit"));

        await page.ClickAsync("#fill");
        await page.WaitForSelectorAsync("#message.ok", new() { Timeout = 30000 });
        var filled = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(window.__stub.controls.map(c => [c.tag, c.text]))");
        Assert.Equal("U001", filled["unit.id"]);
        Assert.Equal("领导班子", filled["form.kind"]);
        Assert.Equal("刘芳", filled["filler"]);
        Assert.Equal("整改到位", filled["item.I001.status"]);
        Assert.Equal("整改方案（修订稿）", filled["item.I001.note"]);
        Assert.Equal("部分整改到位", filled["item.I002.status"]);
        // The filled document gets the unit's sealed identity as its custom property.
        var identity = await page.EvaluateAsync<string>("() => window.__stub.properties['" + OfficeTools.Documents.Identity.FormStamp.PropertyName + "']");
        Assert.Equal(OfficeTools.Documents.Identity.FormStamp.Read(document), identity);

        await page.ClickAsync("#submit");
        await page.WaitForFunctionAsync("() => document.getElementById('message').textContent.includes('已提交')", null, new() { Timeout = 30000 });
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__stub.closed"));
        Assert.Equal(4194304, await page.EvaluateAsync<int>("() => window.__stub.requestedSliceSize"));
        Assert.Equal((document.Length + 999) / 1000, await page.EvaluateAsync<int>("() => window.__stub.slicesRead"));
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
        {
            var record = Assert.Single(await store.ListSubmissionsAsync(TestContext.Current.CancellationToken), r => r.UnitId == "U001");
            Assert.Equal("unit-a@county.gov", record.SubmittedBy);
            Assert.Equal(document, await store.DownloadAsync(record, TestContext.Current.CancellationToken));
        }

        await page.ClickAsync("#tab-status");
        var cell = await page.WaitForSelectorAsync("tr[data-unit='U001'] td.submitted", new() { Timeout = 30000 });
        Assert.Equal("已提交", await cell!.InnerTextAsync());
        await page.SelectOptionAsync("#status-filter", "missing");
        Assert.Equal(0, await page.Locator("#status-table tbody tr").CountAsync());
        await page.SelectOptionAsync("#status-filter", "submitted");
        Assert.Equal(1, await page.Locator("#status-table tbody tr").CountAsync());
        Assert.Empty(errors);
        // kept beside the test binaries for a person to look at; nothing is asserted on pixels
        await page.SetViewportSizeAsync(360, 640);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "taskpane-status.png"), FullPage = true });
    }

    [Fact]
    public async Task Failures_are_shown_in_plain_words()
    {
        var baseAddress = app.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var stub = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Stubs", "office-stub.js"), TestContext.Current.CancellationToken);
        await page.RouteAsync("https://appsforoffice.microsoft.com/**", r => r.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/javascript", Body = stub }));
        // an expired sign-in: the service answers 401 and the pane says what to do
        var config = JsonSerializer.Serialize(new { controls = Tags, file = "", token = AddInApplication.Token(expires: DateTime.UtcNow.AddHours(-1)) });
        await page.AddInitScriptAsync($"window.__stubConfig = {config};");
        await page.GotoAsync(baseAddress + "/taskpane.html");
        var message = await page.WaitForSelectorAsync("#message.error", new() { Timeout = 30000 });
        Assert.Contains("登录已失效", await message!.InnerTextAsync(), StringComparison.Ordinal);
    }
}
