namespace OfficeTools.Collect.Stores;

/// <summary>
/// The site as Graph addresses it by path (https://learn.microsoft.com/graph/api/site-getbypath): host name in lower
/// case, server-relative path with one leading slash and none at the end. A whole site URL given as the host is split.
/// </summary>
public sealed record SiteAddress(string Host, string Path)
{
    /// <summary>The normalised address of <paramref name="host"/> and <paramref name="path"/>.</summary>
    public static SiteAddress From(string? host, string? path)
    {
        var h = (host ?? "").Trim();
        var p = (path ?? "").Trim();
        if (Uri.TryCreate(h, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            h = url.Host;
            if (p.Length == 0) p = Uri.UnescapeDataString(url.AbsolutePath);
        }
        p = "/" + string.Join('/', p.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));
        return new SiteAddress(h.TrimEnd('/').ToLowerInvariant(), p == "/" ? "" : p);
    }

    /// <summary>The key Graph takes: <c>host:/path</c> (the root site when the path is empty).</summary>
    public string GraphKey => Path.Length == 0 ? Host : $"{Host}:{Path}";

    /// <inheritdoc />
    public override string ToString() => Host + Path;
}
