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
            var body = q["body"] is { } b ? Encoding.UTF8.GetBytes(b.ToJsonString()) : [];
            var inner = new EmuRequest(q["method"]?.GetValue<string>()?.ToUpperInvariant() ?? "GET", path, query, headers, body);
            var answer = HandleInner(inner);
            var o = new JsonObject
            {
                ["id"] = q["id"]?.DeepClone(),
                ["status"] = answer.Status,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            };
            if (answer.Json is not null) o["body"] = answer.Json.DeepClone();
            responses.Add(o);
        }
        return new EmuResponse(200, new JsonObject { ["responses"] = responses });
    }

    // The state lock is already held by the batch; inner requests run under it.
    EmuResponse HandleInner(EmuRequest r)
    {
        if (ConflictFault(r) is { } fault) return fault;
        var s = r.Path.Trim('/').Split('/');
        if (s[0] == "sites") return Sites(r, s);
        if (s[0] == "drives" && s.Length >= 2 && state.Drives.TryGetValue(s[1], out var drive)) return Drives(r, drive, s);
        return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path} in a batch");
    }
}
