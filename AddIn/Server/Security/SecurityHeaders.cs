namespace OfficeTools.AddIn.Server.Security;

/// <summary>Adds the security headers every response carries.</summary>
public static class SecurityHeaders
{
    /// <summary>Where Office may frame the task pane from (Word on the web and the desktop hosts).</summary>
    public const string FrameAncestors = "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com " +
        "https://*.microsoft.com https://*.sharepoint.com https://*.live.com https://*.cloud.microsoft";

    /// <summary>The content security policy: our own scripts plus Office.js from Microsoft's CDN.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; " +
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors " + FrameAncestors;

    /// <summary>Adds the headers before the response starts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Resource-Policy"] = "same-site";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments("/api")) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
