using Microsoft.Playwright;
using OfficeTools.AddIn.Tests.Browser;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Tests;

/// <summary>The task pane in headless Chromium against the running service (Kestrel on 127.0.0.1, sign-in on), inside a modelled Word (Stubs/office-stub.js).</summary>
public class TaskPaneBrowserTests(TaskPaneBrowserTests.App app) : IClassFixture<TaskPaneBrowserTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public string BaseAddress => Address;
    }

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static readonly string[] Statuses = ["整改到位", "部分整改到位", "尚未启动"];

    // As a rendered form has them: unit.id and form.kind written by the service and locked; a status as a drop-down;
    // item.I002.status refuses (e.g. in a protected region), which must not stop the rest.
    static object[] FormControls() =>
    [
        new { tag = "unit.id", locked = true, text = "U001" },
        new { tag = "form.kind", locked = true, text = "领导班子" },
        "filler", "filler_phone",
        new { tag = "item.I001.status", type = "DropDownList", items = Statuses },
        "item.I001.note",
        new { tag = "item.I002.status", refuse = true },
    ];

    async Task<PaneBrowser> Open(object config)
    {
        var b = await PaneBrowser.StartAsync(app.BaseAddress, OfficeJs.Stub, config);
        await b.Page.GotoAsync(app.BaseAddress + "/taskpane.html");
        return b;
    }

    [Fact]
    public async Task Fill_skips_locked_controls_selects_list_items_survives_a_refusing_control_and_submits()
    {
        var document = Docs.Form("U001");
        await using var b = await Open(new
        {
            controls = FormControls(),
            file = Convert.ToBase64String(document),
            sliceSize = 1000,
            token = AddInApplication.Token("unit-a@county.gov"),
        });
        Assert.Equal("word", await b.ReadyAsync());
        Assert.Contains("单位用户", await b.Page.InnerTextAsync("#who"), StringComparison.Ordinal);
        Assert.Equal("U001", await b.Page.InputValueAsync("#unit"));

        await b.Page.ClickAsync("#fill");
        var message = await b.MessageAsync("error");
        Assert.Contains("已跳过 2 个锁定的控件", message, StringComparison.Ordinal);
        // the refusing control named as the form shows it, not by its tag
        Assert.Contains("事项“三公经费公开不及时”的整改进展", message, StringComparison.Ordinal);
        Assert.DoesNotContain("item.", message, StringComparison.Ordinal);
        var filled = await b.Page.EvaluateAsync<Dictionary<string, string>>("() => Object.fromEntries(window.__stub.controls.map(c => [c.tag, c.text]))");
        Assert.Equal("U001", filled["unit.id"]);
        Assert.Equal("领导班子", filled["form.kind"]);
        Assert.Equal("刘芳", filled["filler"]);
        Assert.Equal("整改到位", filled["item.I001.status"]);
        Assert.Equal("整改方案（修订稿）", filled["item.I001.note"]);
        Assert.Equal("", filled["item.I002.status"]);
        // the locked controls were never written to: no AccessDenied was provoked
        Assert.Equal(4, await b.Page.EvaluateAsync<int>("() => window.__stub.writes"));
        var identity = await b.Page.EvaluateAsync<string>("() => window.__stub.properties['" + OfficeTools.Documents.Identity.FormStamp.PropertyName + "']");
        Assert.Equal(OfficeTools.Documents.Identity.FormStamp.Read(document), identity);

        await b.Page.ClickAsync("#submit");
        Assert.Contains("已提交", await b.MessageAsync("ok"), StringComparison.Ordinal);
        Assert.Equal(1, await b.Page.EvaluateAsync<int>("() => window.__stub.closed"));
        Assert.Equal(4194304, await b.Page.EvaluateAsync<int>("() => window.__stub.requestedSliceSize"));
        Assert.Equal((document.Length + 999) / 1000, await b.Page.EvaluateAsync<int>("() => window.__stub.slicesRead"));
        await using (var store = new LocalFormStore(Path.Combine(app.DataRoot, "store")))
        {
            // the class's tests share one store: this test's submission is U001's latest
            var record = (await store.ListSubmissionsAsync(Ct)).Where(r => r.UnitId == "U001").MaxBy(r => r.Version)!;
            Assert.Equal("unit-a@county.gov", record.SubmittedBy);
            Assert.Equal(document, await store.DownloadAsync(record, Ct));
        }

        await b.Page.ClickAsync("#tab-status");
        var cell = await b.Page.WaitForSelectorAsync("tr[data-unit='U001'] td.submitted", new() { Timeout = 30000 });
        Assert.Equal("已提交", await cell!.InnerTextAsync());
        await b.Page.SelectOptionAsync("#status-filter", "missing");
        Assert.Equal(0, await b.Page.Locator("#status-table tbody tr").CountAsync());
        await b.Page.SelectOptionAsync("#status-filter", "submitted");
        Assert.Equal(1, await b.Page.Locator("#status-table tbody tr").CountAsync());
        Assert.Empty(b.ConsoleErrors);
        Assert.Empty(await b.CspViolationsAsync());
        // kept beside the test binaries for a person to look at; nothing is asserted on pixels
        await b.Page.SetViewportSizeAsync(360, 640);
        await b.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "taskpane-status.png"), FullPage = true });
    }

    [Theory]
    [InlineData("PC", "document")]
    [InlineData("Office2019", "body")]
    public async Task A_document_without_controls_gets_the_whole_form_with_headers_where_WordApi_1_5_allows(string platform, string target)
    {
        // Office 2019 has no IdentityAPI (it signs in through the dialog); turned on here only to reach the insert
        await using var b = await Open(new { platform, sets = new { IdentityAPI = "1.3" }, controls = Array.Empty<string>(), token = AddInApplication.Token("unit-a@county.gov") });
        await b.ReadyAsync();
        await b.Page.ClickAsync("#fill");
        var message = await b.MessageAsync("ok");
        Assert.Equal(target, await b.Page.EvaluateAsync<string>("() => window.__stub.inserted.target"));
        Assert.Equal("Replace", await b.Page.EvaluateAsync<string>("() => window.__stub.inserted.where"));
        if (target == "body") Assert.Contains("页眉页脚", message, StringComparison.Ordinal);
        else Assert.DoesNotContain("页眉页脚", message, StringComparison.Ordinal);
        Assert.Empty(b.ConsoleErrors);
    }

    [Theory]
    [InlineData("PC", 4194304)]
    [InlineData("iOS", 65536)]
    public async Task Slices_are_sized_for_the_platform(string platform, int slice)
    {
        var document = Docs.Form("U001");
        // the iPad has no IdentityAPI; it is turned on here only to reach the reading of the file
        await using var b = await Open(new { platform, sets = new { IdentityAPI = "1.3" }, controls = Array.Empty<string>(), file = Convert.ToBase64String(document), token = AddInApplication.Token("unit-a@county.gov") });
        await b.ReadyAsync();
        await b.Page.ClickAsync("#submit");
        Assert.Contains("已提交", await b.MessageAsync("ok"), StringComparison.Ordinal);
        Assert.Equal(slice, await b.Page.EvaluateAsync<int>("() => window.__stub.requestedSliceSize"));
        Assert.Equal((document.Length + slice - 1) / slice, await b.Page.EvaluateAsync<int>("() => window.__stub.slicesRead"));
    }

    [Fact]
    public async Task Word_on_the_web_without_CompressedFile_submits_through_the_portal_upload()
    {
        var document = Docs.Form("U002");
        await using var b = await Open(new { platform = "OfficeOnline", controls = Array.Empty<string>(), token = AddInApplication.Token("unit-b@county.gov") });
        await b.ReadyAsync();
        await b.Page.ClickAsync("#submit");
        Assert.Contains("不能由加载项读取整个文档", await b.MessageAsync("error"), StringComparison.Ordinal);
        Assert.Equal(0, await b.Page.EvaluateAsync<int>("() => window.__stub.slicesRead"));
        Assert.True(await b.Page.IsVisibleAsync("#upload-box"));
        await b.Page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "filled.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = document });
        await b.Page.ClickAsync("#upload");
        Assert.Contains("已提交", await b.MessageAsync("ok"), StringComparison.Ordinal);
        await using var store = new LocalFormStore(Path.Combine(app.DataRoot, "store"));
        var record = Assert.Single(await store.ListSubmissionsAsync(Ct), r => r.UnitId == "U002");
        Assert.Equal(document, await store.DownloadAsync(record, Ct));
    }

    // Expected words per getAccessToken code (troubleshoot-sso-in-office-add-ins); 13000, 13003 and 13012 fall back to
    // the sign-in dialog, which the stub cannot open, so the pane says the dialog failed.
    [Theory]
    [InlineData(13000, "登录窗口未能打开")]
    [InlineData(13001, "尚未登录 Office")]
    [InlineData(13002, "已取消")]
    [InlineData(13003, "登录窗口未能打开")]
    [InlineData(13004, "清单")]
    [InlineData(13005, "预授权")]
    [InlineData(13006, "重启 Office")]
    [InlineData(13007, "未能取得访问本服务的令牌")]
    [InlineData(13008, "上一次登录尚未完成")]
    [InlineData(13010, "安全区域")]
    [InlineData(13012, "登录窗口未能打开")]
    [InlineData(13013, "过多")]
    [InlineData(50001, "缓存")]
    public async Task Every_documented_sign_in_error_is_said_in_plain_words(int code, string expected)
    {
        await using var b = await Open(new { tokens = new[] { new { code } }, token = AddInApplication.Token("unit-a@county.gov") });
        var message = await b.MessageAsync("error");
        Assert.Contains(expected, message, StringComparison.Ordinal);
        if (code == 13007) Assert.DoesNotContain("版本", message, StringComparison.Ordinal);
        Assert.Equal("未连接", await b.Page.InnerTextAsync("#who"));
        Assert.Empty(b.ConsoleErrors);
    }

    [Fact]
    public async Task Failures_say_what_happened_network_http_or_a_bug()
    {
        // an expired sign-in: the service answers 401 and the pane says what to do
        await using (var expired = await Open(new { token = AddInApplication.Token(expires: DateTime.UtcNow.AddHours(-1)) }))
            Assert.Contains("登录已失效", await expired.MessageAsync("error"), StringComparison.Ordinal);

        await using var b = await Open(new { controls = new[] { "filler" }, token = AddInApplication.Token("unit-a@county.gov"), typeErrorInRun = true });
        await b.ReadyAsync();
        // a bug (TypeError) is not a network problem
        await b.Page.ClickAsync("#fill");
        var bug = await b.MessageAsync("error");
        Assert.Contains("内部出错", bug, StringComparison.Ordinal);
        Assert.Contains("TypeError", bug, StringComparison.Ordinal);
        Assert.DoesNotContain("无法连接", bug, StringComparison.Ordinal);
        // the service cannot be reached
        await b.Page.RouteAsync("**/api/render", r => r.AbortAsync("connectionrefused"));
        await b.Page.ClickAsync("#fill");
        await b.Page.WaitForFunctionAsync("() => document.getElementById('message').textContent.indexOf('无法连接到服务') >= 0", null, new() { Timeout = 30000 });
        await b.Page.UnrouteAsync("**/api/render");
        // the service's own Chinese problem detail: a unit that is not the caller's
        await b.Page.EvaluateAsync("() => { const o = document.createElement('option'); o.value = 'U002'; document.getElementById('unit').appendChild(o); document.getElementById('unit').value = 'U002'; }");
        await b.Page.ClickAsync("#fill");
        await b.Page.WaitForFunctionAsync("() => document.getElementById('message').textContent.indexOf('无权访问单位 U002') >= 0", null, new() { Timeout = 30000 });
    }
}
