using Microsoft.Extensions.FileProviders;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>
/// The web portal (<c>/portal.html</c>) is the task pane without office.js: the same page, made from taskpane.html when
/// the service starts, so there is one page to keep and the portal loads nothing from a CDN. Inside Word the pane needs
/// office.js from Microsoft's CDN (Office requires that); a plain browser does not.
/// </summary>
public static class PortalPage
{
    /// <summary>The path the portal is served at.</summary>
    public const string Path = "/portal.html";

    const string OfficeJs = "<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>";

    /// <summary>The portal's HTML from the pane's: office.js's script tag removed, the title naming the portal.</summary>
    public static string FromTaskPane(string taskPane)
    {
        var at = taskPane.IndexOf(OfficeJs, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("taskpane.html does not load office.js as the portal expects");
        var lineStart = taskPane.LastIndexOf('\n', at) + 1;
        var lineEnd = taskPane.IndexOf('\n', at);
        var portal = taskPane.Remove(lineStart, (lineEnd < 0 ? taskPane.Length : lineEnd + 1) - lineStart);
        return portal.Replace("<title>整改回头看助手</title>", "<title>整改回头看助手 · 网页门户</title>", StringComparison.Ordinal);
    }

    /// <summary>Maps GET <see cref="Path"/> to the portal made from the pane in <paramref name="files"/>.</summary>
    public static WebApplication MapPortal(this WebApplication app, IFileProvider files)
    {
        var pane = files.GetFileInfo("taskpane.html");
        using var reader = new StreamReader(pane.CreateReadStream());
        var html = FromTaskPane(reader.ReadToEnd());
        app.MapGet(Path, () => Results.Content(html, "text/html; charset=utf-8")).AllowAnonymous();
        return app;
    }
}
