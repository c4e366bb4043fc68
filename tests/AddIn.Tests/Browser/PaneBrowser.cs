using OfficeTools.Testing;
using System.Text.Json;
using Microsoft.Playwright;

namespace OfficeTools.AddIn.Tests.Browser;

/// <summary>Which Office.js the page gets: the stub (a modelled Word), the real library from its npm package, or none at all.</summary>
public enum OfficeJs { Stub, Real, None }

/// <summary>
/// Headless Chromium (Debian's, Playwright cannot download one here) on the real service, with the Office.js of
/// <see cref="OfficeJs"/>; collects console errors and Content-Security-Policy violations of every frame.
/// </summary>
public sealed class PaneBrowser : IAsyncDisposable
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    /// <summary>The page.</summary>
    public IPage Page { get; private set; } = null!;

    /// <summary>Console errors, as Chromium printed them.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Requests that left for a host other than the service (after routing), e.g. an unrouted CDN.</summary>
    public List<string> Outside { get; } = [];

    /// <summary>Where the real office.js is (npm ci --prefix tests/AddIn.Tests).</summary>
    public static string OfficeJsDist => RepoPaths.Of("tests", "AddIn.Tests", "node_modules", "@microsoft", "office-js", "dist");

    /// <summary>Starts a browser and a page set up for <paramref name="office"/>; <paramref name="stubConfig"/> goes to the stub as window.__stubConfig.</summary>
    public static async Task<PaneBrowser> StartAsync(string baseAddress, OfficeJs office, object? stubConfig = null, string? initScript = null)
    {
        var b = new PaneBrowser();
        b.playwright = await Playwright.CreateAsync();
        b.browser = await b.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemTools.Chromium,
            Headless = true,
            // Playwright gives every launch a fresh temporary profile (user data dir)
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await b.browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        b.Page = await context.NewPageAsync();
        b.Page.Console += (_, m) => { if (m.Type == "error") lock (b.ConsoleErrors) b.ConsoleErrors.Add(m.Text); };
        // every frame reports its CSP violations to the top page's list
        await b.Page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', function (e) {
              var top = window.top; (top.__csp = top.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
            });
            """);
        if (stubConfig != null) await b.Page.AddInitScriptAsync($"window.__stubConfig = {JsonSerializer.Serialize(stubConfig)};");
        if (initScript != null) await b.Page.AddInitScriptAsync(initScript);
        var origin = new Uri(baseAddress).GetLeftPart(UriPartial.Authority);
        var stub = office == OfficeJs.Stub ? await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Stubs", "office-stub.js")) : null;
        await b.Page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.GetLeftPart(UriPartial.Authority) == origin) { await route.ContinueAsync(); return; }
            if (url.Host == "appsforoffice.microsoft.com" && office == OfficeJs.Stub)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/javascript", Body = stub });
                return;
            }
            if (url.Host == "appsforoffice.microsoft.com" && office == OfficeJs.Real && url.AbsolutePath.StartsWith("/lib/1/hosted/", StringComparison.Ordinal))
            {
                var file = Path.Combine(OfficeJsDist, url.AbsolutePath["/lib/1/hosted/".Length..].Replace('/', Path.DirectorySeparatorChar));
                if (File.Exists(file))
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 200, Path = file, ContentType = ContentType(file) });
                    return;
                }
            }
            // no network here beyond the service: what the page asks of the outside is recorded and refused
            lock (b.Outside) b.Outside.Add(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        return b;
    }

    static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "application/javascript",
        ".html" or ".htm" => "text/html",
        ".css" => "text/css",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    /// <summary>The CSP violations reported so far.</summary>
    public async Task<string[]> CspViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__csp || []");

    /// <summary>Waits until the pane says it is ready (body[data-ready]) and returns the mode it runs in (word or portal).</summary>
    public async Task<string> ReadyAsync()
    {
        await Page.WaitForSelectorAsync("body[data-ready='true']", new() { Timeout = 30000 });
        return (await Page.GetAttributeAsync("body", "data-mode"))!;
    }

    /// <summary>Waits for a message of the given kind (ok or error) and returns its text.</summary>
    public async Task<string> MessageAsync(string kind)
    {
        var m = await Page.WaitForSelectorAsync($"#message.{kind}:not([hidden])", new() { Timeout = 30000 });
        return await m!.InnerTextAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
