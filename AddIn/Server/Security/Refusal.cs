namespace OfficeTools.AddIn.Server.Security;

/// <summary>How a request guard turns a request away: one log line naming the reason, and a problem response with a Chinese message.</summary>
static class Refusal
{
    /// <summary>Logs <paramref name="reason"/> (English, for the operator) and answers <paramref name="status"/> with <paramref name="detail"/>.</summary>
    public static Task Write(HttpContext http, ILogger log, int status, string title, string detail, string reason)
    {
        log.LogWarning("Refused {Method} {Path} with {Status}: {Reason}", http.Request.Method, http.Request.Path, status, reason);
        if (http.Response.HasStarted) return Task.CompletedTask;
        return TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
    }
}
