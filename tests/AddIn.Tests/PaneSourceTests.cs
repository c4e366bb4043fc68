using OfficeTools.Testing;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OfficeTools.AddIn.Tests;

/// <summary>The pane's own files: ES5 that the IE11 webview of Office 2019 parses, and no API it lacks.</summary>
public partial class PaneSourceTests
{
    static string Pane => RepoPaths.Of("AddIn", "Server", "wwwroot", "pane");

    [Fact]
    public async Task Every_pane_script_parses_as_ES5()
    {
        var files = Directory.GetFiles(Pane, "*.js");
        Assert.NotEmpty(files);
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(RepoPaths.Of("tests", "AddIn.Tests", "es5-check.js"));
        foreach (var f in files) psi.ArgumentList.Add(f);
        psi.WorkingDirectory = RepoPaths.Of("tests", "AddIn.Tests");
        using var node = Process.Start(psi)!;
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, output + errors);
        Assert.Equal(files.Length, output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\bfetch\(|Object\.assign|Array\.from|Object\.(entries|values|fromEntries)|\.includes\(|\.startsWith\(|\.endsWith\(|\.closest\(|\.dataset\.|\bnew URL\(|TextDecoder|\.classList\.toggle\(.*,|\basync\b|\bawait\b")]
    private static partial Regex ModernApi();

    [Fact]
    public void Pane_scripts_use_no_API_the_IE11_webview_lacks()
    {
        // host.js names what it feature-tests (window.fetch etc.), and auth.js loads MSAL only after that test
        var found = Directory.GetFiles(Pane, "*.js").SelectMany(f => File.ReadAllLines(f).Select((l, i) => (f, i, l)))
            .Where(x => !x.l.TrimStart().StartsWith("//", StringComparison.Ordinal) && ModernApi().IsMatch(x.l))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.l.Trim()}").ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void The_portal_page_is_the_task_pane_without_office_js()
    {
        var pane = File.ReadAllText(RepoPaths.Of("AddIn", "Server", "wwwroot", "taskpane.html"));
        var portal = OfficeTools.AddIn.Server.Hosting.PortalPage.FromTaskPane(pane);
        static string Body(string html) => html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.Equal(Body(pane), Body(portal));
        Assert.Contains("appsforoffice.microsoft.com", pane, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", portal, StringComparison.Ordinal);
        Assert.Contains("网页门户", portal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_in_page_names_no_outside_script()
    {
        var root = RepoPaths.Of("AddIn", "Server", "wwwroot");
        // as the web portal's MSAL redirect page it must load nothing from outside the service
        Assert.DoesNotContain("https://", File.ReadAllText(Path.Combine(root, "signin.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void MSAL_in_wwwroot_is_the_pinned_npm_package_file_with_its_licence()
    {
        // the portal loads MSAL from the service (no CDN): the file shipped in wwwroot/lib is the npm package's own, at the
        // version package.json pins; refresh it with: cp tests/AddIn.Tests/node_modules/@azure/msal-browser/lib/msal-browser.min.js
        // (and LICENSE as msal-browser.LICENSE.txt) into AddIn/Server/wwwroot/lib after changing the pin
        var pinned = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests", "AddIn.Tests", "package.json")))
            .RootElement.GetProperty("devDependencies").GetProperty("@azure/msal-browser").GetString();
        Assert.Matches(@"^\d+\.\d+\.\d+$", pinned);
        var package = RepoPaths.Of("tests", "AddIn.Tests", "node_modules", "@azure", "msal-browser");
        Assert.True(Directory.Exists(package), "npm ci --prefix tests/AddIn.Tests brings @azure/msal-browser");
        var installed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString();
        Assert.Equal(pinned, installed);
        var lib = RepoPaths.Of("AddIn", "Server", "wwwroot", "lib");
        var shipped = File.ReadAllBytes(Path.Combine(lib, "msal-browser.min.js"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(package, "lib", "msal-browser.min.js")), shipped);
        Assert.StartsWith($"/*! @azure/msal-browser v{pinned} ", System.Text.Encoding.UTF8.GetString(shipped, 0, 64), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(package, "LICENSE")), File.ReadAllText(Path.Combine(lib, "msal-browser.LICENSE.txt")));
    }
}
