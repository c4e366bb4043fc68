using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace OfficeTools.GraphEmulator;

public sealed partial class EmulatorServer
{
    async Task ServeAsync(HttpContext ctx)
    {
        var raw = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? ctx.Request.Path + ctx.Request.QueryString;
        if (raw.StartsWith("/_emulator", StringComparison.Ordinal))
        {
            await ControlAsync(ctx, raw).ConfigureAwait(false);
            return;
        }
        var target = raw.StartsWith("/v1.0/", StringComparison.Ordinal) ? raw[5..] : raw;
        var (path, query) = SplitTarget(target);
        var method = ctx.Request.Method.ToUpperInvariant();
        var isUpload = path.StartsWith("_upload/", StringComparison.Ordinal) ||
            (method == "PUT" && path.EndsWith(":/content", StringComparison.Ordinal)) || path.EndsWith(":/createUploadSession", StringComparison.Ordinal);
        Counters.CountRequest(isUpload);
        RequestLog.Enqueue($"{method} {path}");
        if (ctx.Request.Headers.Authorization.ToString() is { Length: > 0 } auth)
            lock (Authorizations) Authorizations.Add(auth);
        lock (UserAgents) UserAgents.Add(ctx.Request.Headers.UserAgent.ToString());

        var fault = Faults.Take(method, path, k => k is FaultKind.Throttle or FaultKind.Unavailable or FaultKind.DropConnection or FaultKind.Slow);
        if (fault is not null)
        {
            Counters.CountFault();
            switch (fault.Kind)
            {
                case FaultKind.Slow:
                    await Task.Delay(fault.DelayMs).ConfigureAwait(false);
                    break;
                case FaultKind.DropConnection:
                    // Read part of the slice, then cut the connection: the client sees a broken request.
                    var buffer = new byte[4096];
                    _ = await ctx.Request.Body.ReadAsync(buffer).ConfigureAwait(false);
                    ctx.Abort();
                    return;
                default:
                    await WriteAsync(ctx, EmuResponse.Error(fault.Kind == FaultKind.Throttle ? 429 : 503,
                        fault.Kind == FaultKind.Throttle ? "activityLimitReached" : "serviceNotAvailable",
                        fault.Kind == FaultKind.Throttle ? "The request has been throttled" : "The service is temporarily unavailable",
                        fault.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false);
                    return;
            }
        }
        using var ms = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(ms).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in ctx.Request.Headers) headers[h.Key] = h.Value.ToString();
        var response = Router.Handle(new EmuRequest(method, path, query, headers, ms.ToArray()));
        await WriteAsync(ctx, response).ConfigureAwait(false);
    }

    static async Task WriteAsync(HttpContext ctx, EmuResponse r)
    {
        ctx.Response.StatusCode = r.Status;
        foreach (var (k, v) in r.Headers ?? []) ctx.Response.Headers[k] = v;
        if (r.Json is not null)
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(r.Json.ToJsonString(Json)).ConfigureAwait(false);
        }
        else if (r.Bytes is not null)
        {
            ctx.Response.ContentType = "application/octet-stream";
            await ctx.Response.Body.WriteAsync(r.Bytes).ConfigureAwait(false);
        }
    }

    // Control API: POST /_emulator/faults (a Fault as JSON), DELETE /_emulator/faults, GET /_emulator/counters,
    // POST /_emulator/counters/reset.
    async Task ControlAsync(HttpContext ctx, string raw)
    {
        var path = raw.Split('?')[0];
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        switch (ctx.Request.Method, path)
        {
            case ("POST", "/_emulator/faults"):
                var fault = await JsonSerializer.DeserializeAsync<Fault>(ctx.Request.Body, options).ConfigureAwait(false);
                if (fault is null) { ctx.Response.StatusCode = 400; return; }
                Faults.Add(fault);
                ctx.Response.StatusCode = 204;
                return;
            case ("DELETE", "/_emulator/faults"):
                Faults.Clear();
                ctx.Response.StatusCode = 204;
                return;
            case ("GET", "/_emulator/counters"):
                await ctx.Response.WriteAsJsonAsync(new { Counters.Total, Counters.Uploads, Counters.Other, Counters.Batched, Counters.Faults }).ConfigureAwait(false);
                return;
            case ("POST", "/_emulator/counters/reset"):
                Counters.Reset();
                ctx.Response.StatusCode = 204;
                return;
            default:
                ctx.Response.StatusCode = 404;
                return;
        }
    }
}
