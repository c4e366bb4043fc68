using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>Adds the security headers every response carries.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Where Office may frame the task pane from: Word on the web and the desktop hosts worldwide, and Word on the web
    /// in the cloud operated by 21Vianet (Office for the web at *.officeapps.partner.office365.cn, the portal at
    /// *.office365.cn / *.partner.office365.cn, files opened from SharePoint at *.sharepoint.cn).
    /// </summary>
    public const string FrameAncestors = "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com " +
        "https://*.microsoft.com https://*.sharepoint.com https://*.live.com https://*.cloud.microsoft " +
        "https://*.officeapps.partner.office365.cn https://*.partner.office365.cn https://*.office365.cn https://*.sharepoint.cn";

    /// <summary>Where Office.js comes from (inside Office only; the portal loads no script from elsewhere).</summary>
    public const string OfficeJs = "https://appsforoffice.microsoft.com";

    /// <summary>
    /// Where office.js loads MicrosoftAjax.js from on the hosts that still need it (office.js builds the URL
    /// //ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js).
    /// </summary>
    public const string MicrosoftAjax = "https://ajax.aspnetcdn.com";

    /// <summary>
    /// The content security policy: our own scripts plus Office.js; nothing inline. office.js styles its own elements
    /// (dialog overlay, hidden frames) through element.style, which CSP does not govern, so style-src stays 'self'.
    /// Frames: office.js opens its hidden host-trust frame (AgaveErrorUX/index.html) from its own CDN path, MSAL its
    /// silent-renewal frame on the sign-in host; <paramref name="auth"/>'s sign-in hosts (the configured Entra
    /// instance and its cloud's other sign-in names, so the 21Vianet cloud too) is allowed for connections (MSAL's token requests) and frames.
    /// </summary>
    public static string ContentSecurityPolicy(AuthOptions auth)
    {
        // the configured instance first, then the cloud's other sign-in names: MSAL may send a request to the preferred one
        // (the China cloud's login.chinacloudapi.cn goes to login.partner.microsoftonline.cn)
        var login = !auth.Enabled || !Uri.TryCreate(auth.SignInInstance, UriKind.Absolute, out var u) ? ""
            : string.Concat(new[] { u.GetLeftPart(UriPartial.Authority) }.Concat(auth.National.SignInHosts.Select(h => "https://" + h))
                .Distinct(StringComparer.OrdinalIgnoreCase).Select(h => " " + h));
        return $"default-src 'self'; script-src 'self' {OfficeJs} {MicrosoftAjax}; style-src 'self'; img-src 'self' data:; " +
            $"connect-src 'self'{login}; frame-src 'self' {OfficeJs}{login}; object-src 'none'; base-uri 'self'; form-action 'self'; " +
            "frame-ancestors " + FrameAncestors;
    }

    /// <summary>Adds the headers before the response starts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<AuthOptions>>().Value);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = policy;
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
}
