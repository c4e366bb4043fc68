using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>
/// A request whose body is too slow, cut off or malformed is the client's failure, not the service's: it gets
/// Kestrel's status (408 too slow, 400 cut off) with one log line naming the reason, never a 500. When the
/// client has gone away there is no one to answer; the line is logged and the connection closed. JSON bodies
/// are read here in full; uploads are read by <see cref="UploadReader"/>, which answers the same way.
/// </summary>
public static class BrokenRequestGuard
{
    /// <summary>The status and the operator's one-line reason when <paramref name="e"/> is a broken request, else null.</summary>
    public static (int Status, string Reason)? Classify(Exception e, HttpContext http) => e switch
    {
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        ConnectionResetException => (StatusCodes.Status400BadRequest, "the client reset the connection: " + e.Message),
        IOException or OperationCanceledException when http.RequestAborted.IsCancellationRequested =>
            (StatusCodes.Status400BadRequest, "the client went away: " + e.Message),
        _ => null,
    };

    /// <summary>Catches broken requests anywhere below it in the pipeline.</summary>
    public static IApplicationBuilder UseBrokenRequestCheck(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokenRequestGuard));
        return app.Use(async (http, next) =>
        {
            try
            {
                // a JSON body is small: read it whole here, so a slow or cut-off one is caught below rather than
                // swallowed by the endpoint's model binding without a word in the log
                if (HasJsonBody(http.Request))
                {
                    http.Request.EnableBuffering();
                    await http.Request.Body.DrainAsync(http.RequestAborted);
                    http.Request.Body.Position = 0;
                }
                await next(http);
            }
            catch (Exception e) when (Classify(e, http) is { } broken)
            {
                if (http.RequestAborted.IsCancellationRequested)
                {
                    log.LogInformation("Dropped {Method} {Path}: {Reason}", http.Request.Method, http.Request.Path, broken.Reason);
                    return;
                }
                await Refusal.Write(http, log, broken.Status, broken.Status == 408 ? "上传超时" : "请求不完整",
                    Message(broken.Status), broken.Reason);
            }
        });
    }

    static bool HasJsonBody(HttpRequest request) =>
        (request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? request.ContentLength > 0)
        && request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chinese message for a broken request's status.</summary>
    public static string Message(int status) => status == StatusCodes.Status408RequestTimeout
        ? "上传太慢，服务已停止等待。请检查网络后重新提交。"
        : "请求没有完整送达（连接中断或内容不全）。请重新提交。";
}
