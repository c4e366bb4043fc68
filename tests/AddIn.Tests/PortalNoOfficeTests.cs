using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OfficeTools.AddIn.Tests.Browser;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The web portal in a plain Chromium with no Office at all (nothing routed for office.js: any request for it is a
/// request to the outside and fails the test), against the running service in local mode: the unit's items with their
/// 序号, stage and 限期; the pre-filled form and the notice downloaded; the form filled as Word fills it, and again
/// re-saved by LibreOffice, uploaded through the page's own file chooser and accepted; a macro file refused; the
/// office's status and stage tables. Screenshots at desktop and phone width are kept beside the test binaries.
/// </summary>
public partial class PortalNoOfficeTests(PortalNoOfficeTests.App app) : IClassFixture<PortalNoOfficeTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:ClientId"] = "" };

        public string BaseAddress => Address;
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    // a machine id of the ledger (unit U001, item I001) or any Latin word, in what the page shows; the editors' names
    // (WPS, LibreOffice, Word) and the file type .docx are what a Chinese clerk reads too
    [GeneratedRegex(@"[A-Za-z]{2,}|\b[UI]\d{2,}\b")]
    private static partial Regex NotChinese();

    static string WithoutProductNames(string text) =>
        Regex.Replace(text, @"\.docx|\bWPS\b|\bLibreOffice\b|\bWord\b", "");

    static async Task AssertChineseOnly(PaneBrowser b)
    {
        var text = WithoutProductNames(await b.Page.InnerTextAsync("body"));
        var found = NotChinese().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, "the portal shows: " + string.Join(", ", found));
    }

    static async Task Shot(PaneBrowser b, string name)
    {
        foreach (var (width, height, suffix) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            await b.Page.SetViewportSizeAsync(width, height);
            await b.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"portal-{name}-{suffix}.png"), FullPage = true });
        }
        await b.Page.SetViewportSizeAsync(1280, 900);
    }

    async Task<byte[]> Download(PaneBrowser b, string kind)
    {
        await b.Page.SelectOptionAsync("#kind", kind);
        var download = await b.Page.RunAndWaitForDownloadAsync(() => b.Page.ClickAsync("#download"));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, Ct);
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.DoesNotMatch(NotChinese(), download.SuggestedFilename[..^".docx".Length]);
        Assert.Contains("已下载", await b.MessageAsync("ok"), StringComparison.Ordinal);
        DocxValidation.AssertValid(bytes, download.SuggestedFilename);
        return bytes;
    }

    static async Task<string> Upload(PaneBrowser b, string name, byte[] bytes, string kind)
    {
        await b.Page.SetInputFilesAsync("#upload-file", new FilePayload { Name = name, MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = bytes });
        Assert.Equal(name, await b.Page.InnerTextAsync("#upload-name"));
        await b.Page.EvaluateAsync("() => document.getElementById('message').hidden = true");
        await b.Page.ClickAsync("#upload");
        return await b.MessageAsync(kind);
    }

    [Fact]
    public async Task A_unit_downloads_fills_in_Word_or_LibreOffice_uploads_and_the_office_sees_it()
    {
        Assert.True(LibreOffice.Available, "soffice is needed (Debian: apt-get install libreoffice-writer-nogui)");
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None);
        await b.Page.GotoAsync(app.BaseAddress + "/portal.html");
        Assert.Equal("portal", await b.ReadyAsync());
        Assert.Contains("本机模式", await b.Page.InnerTextAsync("#who"), StringComparison.Ordinal);
        Assert.False(await b.Page.IsVisibleAsync("#fill"));

        // U001's two items, by 序号, with their stage and (no notice issued yet) no 限期
        await b.Page.SelectOptionAsync("#unit", "U001");
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I002']", new() { Timeout = 30000 });
        Assert.Equal(["1", "2"], await b.Page.Locator("#items-table td.number").AllInnerTextsAsync());
        Assert.All(await b.Page.Locator("#items-table td:nth-child(6)").AllInnerTextsAsync(), s => Assert.NotEmpty(s));
        Assert.Equal(["未下发", "未下发"], await b.Page.Locator("#items-table td:nth-child(7)").AllInnerTextsAsync());
        await AssertChineseOnly(b);
        await Shot(b, "items");

        var blank = await Download(b, "form");
        // U002's item is overdue and not started: the notice the batch will issue to it
        await b.Page.SelectOptionAsync("#unit", "U002");
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I003']", new() { Timeout = 30000 });
        var notice = await Download(b, "notice");
        Assert.Contains("督办通知单", DocxText.Body(notice), StringComparison.Ordinal);
        await b.Page.SelectOptionAsync("#kind", "form");
        await b.Page.SelectOptionAsync("#unit", "U001");
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I002']", new() { Timeout = 30000 });

        // filled as Word fills content controls, then the same file re-saved by LibreOffice as a unit without Word would
        var word = Docs.Completed(blank);
        var saved = await Upload(b, "自查报告表.docx", word, "ok");
        Assert.Contains("已提交（第 1 版", saved, StringComparison.Ordinal);
        Assert.Contains("检查结果：齐全", saved, StringComparison.Ordinal);
        var libre = LibreOffice.Resave(word);
        // (LibreOffice's own file is not schema-valid, e.g. w:cantSplit w:val="true": the service takes it as units send it)
        var again = await Upload(b, "自查报告表（另存）.docx", libre, "ok");
        Assert.Contains("已提交（第 2 版", again, StringComparison.Ordinal);
        Assert.Contains("检查结果：齐全", again, StringComparison.Ordinal);
        await AssertChineseOnly(b);
        await Shot(b, "uploaded");
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
        {
            var records = (await store.ListSubmissionsAsync(Ct)).Where(r => r.UnitId == "U001").OrderBy(r => r.Version).ToList();
            Assert.Equal(2, records.Count);
            Assert.Equal(word, await store.DownloadAsync(records[0], Ct));
            Assert.Equal(libre, await store.DownloadAsync(records[1], Ct));
        }

        // the office's view: every unit's status, U001 submitted and its form complete
        await b.Page.ClickAsync("#tab-status");
        await b.Page.WaitForSelectorAsync("#status-table tr[data-unit='U003']", new() { Timeout = 30000 });
        Assert.Equal(3, await b.Page.Locator("#status-table tr[data-unit]").CountAsync());
        Assert.Equal("已提交", await b.Page.InnerTextAsync("#status-table tr[data-unit='U001'] td:nth-child(2)"));
        Assert.Equal("齐全", await b.Page.InnerTextAsync("#status-table tr[data-unit='U001'] td:nth-child(3)"));
        await AssertChineseOnly(b);
        await Shot(b, "status");

        // and every unit's stage
        await b.Page.ClickAsync("#tab-loop");
        await b.Page.WaitForSelectorAsync("#stages-table tr[data-unit='U003']", new() { Timeout = 30000 });
        Assert.Equal(3, await b.Page.Locator("#stages-table tr[data-unit]").CountAsync());
        Assert.All(await b.Page.Locator("#stages-table td.stage").AllInnerTextsAsync(), s => Assert.NotEmpty(s));
        await b.Page.ClickAsync("#stages-table tr[data-unit='U001'] button.open-unit");
        await b.Page.WaitForSelectorAsync("#open-table tr[data-item='I001']", new() { Timeout = 30000 });
        await b.Page.WaitForSelectorAsync("#history-table tbody tr td", new() { Timeout = 30000 });
        await AssertChineseOnly(b);
        await Shot(b, "stages");

        Assert.Empty(b.Outside);
        Assert.Empty(b.ConsoleErrors);
        Assert.Empty(await b.CspViolationsAsync());
    }

    [Fact]
    public async Task The_task_pane_page_opened_in_a_browser_that_cannot_reach_office_js_is_the_portal()
    {
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None);
        await b.Page.GotoAsync(app.BaseAddress + "/taskpane.html");
        Assert.Equal("portal", await b.ReadyAsync());
        await b.Page.SelectOptionAsync("#unit", "U001");
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I002']", new() { Timeout = 30000 });
        Assert.True(await b.Page.IsVisibleAsync("#download"));
        Assert.True(await b.Page.IsVisibleAsync("#upload"));
        Assert.DoesNotContain("Office.js", await b.Page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Contains("本机模式", await b.Page.InnerTextAsync("#who"), StringComparison.Ordinal);
        await AssertChineseOnly(b);
        // the one request outside the service is the page's office.js tag (for Word), and the one console line its failure
        Assert.All(b.Outside, u => Assert.StartsWith("https://appsforoffice.microsoft.com/", u, StringComparison.Ordinal));
        Assert.All(b.ConsoleErrors, e => Assert.Contains("ERR_BLOCKED_BY_CLIENT", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_portals_upload_refuses_what_submit_refuses_and_says_so_in_Chinese()
    {
        await using var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.None);
        await b.Page.GotoAsync(app.BaseAddress + "/portal.html");
        Assert.Equal("portal", await b.ReadyAsync());
        await b.Page.SelectOptionAsync("#unit", "U002");
        await b.Page.WaitForSelectorAsync("#items-table tr[data-item='I003']", new() { Timeout = 30000 });
        // a form with a macro project in it, and a file that is no .docx at all
        var macro = Docs.Edit(Docs.Form("U002"), z => Docs.Add(z, "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]));
        var refused = await Upload(b, "带宏.docx", macro, "error");
        Assert.Contains("宏", refused, StringComparison.Ordinal);
        var text = await Upload(b, "不是文档.docx", "这不是一个 Word 文档"u8.ToArray(), "error");
        Assert.DoesNotMatch(NotChinese(), WithoutProductNames(text));
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
            Assert.DoesNotContain(await store.ListSubmissionsAsync(Ct), r => r.UnitId == "U002");
        Assert.Empty(b.Outside);
        // Chromium notes each refused upload's status on the console; nothing else may be there
        Assert.All(b.ConsoleErrors, e => Assert.Contains("status of 4", e, StringComparison.Ordinal));
        await Shot(b, "refused");
    }
}
