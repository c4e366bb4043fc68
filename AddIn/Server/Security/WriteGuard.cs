using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>
/// Refuses cross-site writes: a state-changing request (any method but GET, HEAD, OPTIONS, TRACE) must come from
/// the service's own origin, an <c>AddIn:AllowedOrigins</c> entry or an Office host (<c>AddIn:OfficeOrigins</c>),
/// and carry no body type a plain HTML form can send (only JSON or the .docx upload; none at all is allowed). A request without <c>Origin</c> (the CLI, scripts) passes
/// unless <c>Sec-Fetch-Site</c> says a browser sent it from another site. Origin failures get 403, body types 415.
/// </summary>
public static class WriteGuard
{
    /// <summary>The body types a state-changing request may carry: JSON (render) and the .docx upload.</summary>
    public static readonly IReadOnlyList<string> AcceptedBodyTypes =
        ["application/json", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream"];

    /// <summary>Adds the check for every endpoint.</summary>
    public static IApplicationBuilder UseCrossSiteWriteCheck(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WriteGuard));
        return app.Use((http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || HttpMethods.IsTrace(request.Method))
                return next(http);
            var options = http.RequestServices.GetRequiredService<IOptions<AddInOptions>>().Value;
            if (OriginRefusal(request, options) is { } why)
                return Refusal.Write(http, log, StatusCodes.Status403Forbidden, "跨站请求被拒绝",
                    "只接受来自本服务页面或 Office 的提交，此请求来自其他网站。", why);
            if (BodyTypeRefusal(http) is { } type)
                return Refusal.Write(http, log, StatusCodes.Status415UnsupportedMediaType, "请求格式不被接受",
                    "只接受 JSON 或 Word 文档（.docx）格式的提交。", type);
            return next(http);
        });
    }

    /// <summary>Why the request's origin may not write, or null when it may.</summary>
    public static string? OriginRefusal(HttpRequest request, AddInOptions options)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            return site.Length == 0 || site is "same-origin" or "none" ? null : $"no Origin header and Sec-Fetch-Site '{site}'";
        }
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0 || origin.EndsWith('/'))
            return $"Origin '{origin}' is not an origin this service accepts";
        if (IsOwnOrigin(uri, request)) return null;
        var allowed = options.AllowedOrigins.Concat(options.OfficeOrigins ?? AddInOptions.DefaultOfficeOrigins);
        return allowed.Any(p => Matches(p, uri)) ? null : $"Origin '{origin}' is neither this service nor an allowed Office host";
    }

    static bool IsOwnOrigin(Uri origin, HttpRequest request)
    {
        var host = request.Host;
        if (!host.HasValue) return false;
        var port = host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.Host, host.Host, StringComparison.OrdinalIgnoreCase) && origin.Port == port;
    }

    /// <summary>True when <paramref name="origin"/> matches <paramref name="pattern"/> (an origin; <c>*.</c> before the host allows any subdomain).</summary>
    public static bool Matches(string pattern, Uri origin)
    {
        pattern = pattern.Trim();
        if (pattern.Length == 0) return false;
        var wildcard = pattern.Contains("://*.", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard ? pattern.Replace("://*.", "://", StringComparison.Ordinal) : pattern, UriKind.Absolute, out var p))
            return false;
        if (!string.Equals(p.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase) || p.Port != origin.Port) return false;
        return wildcard
            ? origin.Host.EndsWith("." + p.Host, StringComparison.OrdinalIgnoreCase)
            : string.Equals(p.Host, origin.Host, StringComparison.OrdinalIgnoreCase);
    }

    static string? BodyTypeRefusal(HttpContext http)
    {
        var type = http.Request.ContentType;
        // a form always names its type; a browser's typeless body (fetch of a Blob) carries Origin and is judged by it
        if (string.IsNullOrEmpty(type)) return null;
        if (!MediaTypeHeaderValue.TryParse(type, out var media)) return $"Content-Type '{type}' cannot be read";
        return AcceptedBodyTypes.Contains(media.MediaType.Value, StringComparer.OrdinalIgnoreCase)
            ? null : $"Content-Type '{media.MediaType.Value}' (a form or text body) is not accepted for writes";
    }
}
