using System.Text;
using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

public sealed partial class GraphRouter
{
    /// <summary>JSON batching: runs each inner request in order (at most 20) and answers them together.</summary>
    EmuResponse Batch(EmuRequest r)
    {
        if (r.Json()?["requests"] is not JsonArray requests) return EmuResponse.Error(400, "invalidRequest", "A batch needs a requests array");
        if (requests.Count > 20) return EmuResponse.Error(400, "invalidRequest", "A batch holds at most 20 requests");
        var responses = new JsonArray();
        foreach (var q in requests.OfType<JsonObject>())
        {
            counters.CountBatched();
            var url = q["url"]?.GetValue<string>() ?? "";
            var (path, query) = EmulatorServer.SplitTarget(url.StartsWith("/v1.0/", StringComparison.Ordinal) ? url[5..] : url);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (k, v) in q["headers"] as JsonObject ?? []) headers[k] = v?.ToString() ?? "";
            // The envelope's token authorises every request inside it.
            if (r.Header("Authorization") is { } auth) headers["Authorization"] = auth;
            var body = q["body"] is { } b ? Encoding.UTF8.GetBytes(b.ToJsonString()) : [];
            var inner = new EmuRequest(q["method"]?.GetValue<string>()?.ToUpperInvariant() ?? "GET", path, query, headers, body);
            // Each request in a batch is throttled on its own: a 200 envelope can carry 429/503 answers with
            // Retry-After (https://learn.microsoft.com/graph/throttling, "Throttling and batching").
            var answer = ThrottleFault(inner) ?? HandleInner(inner);
            var responseHeaders = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (k, v) in answer.Headers ?? []) responseHeaders[k] = v;
            var o = new JsonObject
            {
                ["id"] = q["id"]?.DeepClone(),
                ["status"] = answer.Status,
                ["headers"] = responseHeaders,
            };
            if (answer.Json is not null) o["body"] = answer.Json.DeepClone();
            responses.Add(o);
        }
        var ordered = state.Habits.ReorderBatchResponses ? new JsonArray(responses.Reverse().Select(n => n!.DeepClone()).ToArray()) : responses;
        return new EmuResponse(200, new JsonObject { ["responses"] = ordered });
    }

    EmuResponse? ThrottleFault(EmuRequest r)
    {
        var f = faults.Take(r.Method, r.Path, k => k is FaultKind.Throttle or FaultKind.Unavailable);
        if (f is null) return null;
        counters.CountFault();
        var retry = f.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return f.Kind == FaultKind.Throttle
            ? EmuResponse.Error(429, "activityLimitReached", "The request has been throttled", retry)
            : EmuResponse.Error(503, "serviceNotAvailable", "The service is temporarily unavailable", retry);
    }

    // Requests alone and requests inside a batch (whose lock the batch already holds) are served here.
    EmuResponse HandleInner(EmuRequest r)
    {
        var s = r.Path.Trim('/').Split('/');
        if (state.Access.Check(r.Header("Authorization"), Needs(r, s)) is { } denied) return denied;
        if (ConflictFault(r) is { } fault) return fault;
        if (s[0] == "sites") return Sites(r, s);
        if (s[0] == "drives" && s.Length >= 2 && state.Drives.TryGetValue(s[1], out var drive)) return Drives(r, drive, s);
        return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
    }
}
