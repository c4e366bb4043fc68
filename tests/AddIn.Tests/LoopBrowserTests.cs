using OfficeTools.AddIn.Tests.Browser;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The 督办进度 tab in headless Chromium against the running service (Kestrel on 127.0.0.1, sign-in on, the local store):
/// the office gives a verdict in the pane and the unit's stage changes; a unit's user sees its open items and their 限期.
/// </summary>
public class LoopBrowserTests(LoopBrowserTests.App app) : IClassFixture<LoopBrowserTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<PaneBrowser> Open(string user)
    {
        var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.Stub, new { token = AddInApplication.Token(user) });
        await b.Page.GotoAsync(app.BaseAddress + "/taskpane.html");
        await b.ReadyAsync();
        await b.Page.ClickAsync("#tab-loop");
        return b;
    }

    async Task<string> StageOf(PaneBrowser b, string unit) =>
        await b.Page.InnerTextAsync($"#stages-table tr[data-unit='{unit}'] td.stage");

    [Fact]
    public async Task The_office_gives_a_verdict_in_the_pane_and_the_units_stage_changes()
    {
        await using var b = await Open("clerk@county.gov");
        await b.Page.WaitForSelectorAsync("#stages-table tr[data-unit='U003']", new() { Timeout = 30000 });
        Assert.Equal("已整改", await StageOf(b, "U003"));
        Assert.Equal("未启动", await StageOf(b, "U002"));

        await b.Page.ClickAsync("#stages-table tr[data-unit='U003'] button.open-unit");
        await b.Page.WaitForSelectorAsync("#open-table select.verdict[data-item='I004']", new() { Timeout = 30000 });
        // the trail comes after the open items: nothing recorded for U003 yet
        var none = await b.Page.WaitForSelectorAsync("#history-table tbody tr td", new() { Timeout = 30000 });
        Assert.Equal("还没有督办记录。", await none!.InnerTextAsync());

        // 退回重办 without a reason: refused, said in words, nothing recorded
        await b.Page.SelectOptionAsync("#open-table select.verdict[data-item='I004']", "return");
        await b.Page.ClickAsync("#give-verdicts");
        var refused = await b.MessageAsync("error");
        // items are named by their 序号 in the unit (I004 is U003's first), never by the ledger's id
        Assert.Contains("第 1 项：退回重办须填写退回原因", refused, StringComparison.Ordinal);
        Assert.Contains("均未记录", refused, StringComparison.Ordinal);
        Assert.Equal("已整改", await StageOf(b, "U003"));

        await b.Page.SelectOptionAsync("#open-table select.verdict[data-item='I004']", "pass");
        await b.Page.ClickAsync("#give-verdicts");
        var recorded = await b.MessageAsync("ok");
        Assert.Contains("通过 1 项", recorded, StringComparison.Ordinal);
        Assert.Contains("已销号：第 1 项", recorded, StringComparison.Ordinal);
        // I004 was reported done and 基本满意: passed, it is closed, and so is its unit's only item
        await b.Page.WaitForFunctionAsync("() => document.querySelector(\"#stages-table tr[data-unit='U003'] td.stage\").textContent === '已销号'",
            null, new() { Timeout = 30000 });
        Assert.Equal("没有未销号的事项。", await b.Page.InnerTextAsync("#open-summary"));
        var actions = await b.Page.Locator("#history-table tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.Equal(["复核", "销号"], actions);
        Assert.DoesNotContain("I004", await b.Page.InnerTextAsync("body"), StringComparison.Ordinal);
        // the one console line is Chromium's note of the refused verdict's 400
        Assert.All(b.ConsoleErrors, e => Assert.Contains("status of 400", e, StringComparison.Ordinal));
        Assert.Empty(await b.CspViolationsAsync());
        await b.Page.SetViewportSizeAsync(360, 640);
        await b.Page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "taskpane-loop.png"), FullPage = true });
    }

    [Fact]
    public async Task A_unit_user_sees_its_open_items_and_their_deadlines_without_verdicts()
    {
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            await store.AppendAsync([new TrailEvent("notice:U001:1", DateTimeOffset.UtcNow, "clerk", TrailAction.NoticeIssued, 1)
                { Unit = "U001", Reference = "青教督〔2014〕1号", Value = "2015-01-10", Detail = "I002" }], Ct);
        await using var b = await Open("unit-a@county.gov");
        await b.Page.WaitForSelectorAsync("#open-table tr[data-item='I002']", new() { Timeout = 30000 });
        Assert.False(await b.Page.IsVisibleAsync("#loop-office"));
        Assert.Contains("2015-01-10", await b.Page.InnerTextAsync("#open-table tr[data-item='I002'] td.deadline"), StringComparison.Ordinal);
        Assert.Equal("未下发", await b.Page.InnerTextAsync("#open-table tr[data-item='I001'] td:nth-child(4)"));
        Assert.Equal(0, await b.Page.Locator("#open-table select.verdict").CountAsync());
        Assert.False(await b.Page.IsVisibleAsync("#give-verdicts"));
        Assert.False(await b.Page.IsVisibleAsync("#loop-history"));
        Assert.Empty(b.ConsoleErrors);
    }
}
