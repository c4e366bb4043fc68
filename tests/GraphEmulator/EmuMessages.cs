using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>A request as the router sees it: decoded path (without /v1.0), query, headers, body.</summary>
public sealed record EmuRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header value or null (case-insensitive).</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>The body as JSON (null when empty or not JSON).</summary>
    public JsonNode? Json()
    {
        if (Body.Length == 0) return null;
        try { return JsonNode.Parse(Body); }
        catch (System.Text.Json.JsonException) { return null; }
    }
}

/// <summary>An answer: status, JSON or raw bytes, extra headers.</summary>
public sealed record EmuResponse(int Status, JsonNode? Json = null, byte[]? Bytes = null, Dictionary<string, string>? Headers = null)
{
    /// <summary>A Graph error body: <c>{"error":{"code","message","innerError":{date, request-id, client-request-id}}}</c>.</summary>
    public static EmuResponse Error(int status, string code, string message, string? retryAfter = null)
    {
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = Guid.NewGuid().ToString(),
                    ["client-request-id"] = Guid.NewGuid().ToString(),
                },
            },
        };
        return new EmuResponse(status, body, Headers: retryAfter is null ? [] : new() { ["Retry-After"] = retryAfter });
    }

    /// <summary>404 itemNotFound.</summary>
    public static EmuResponse NotFound(string what) => Error(404, "itemNotFound", what + " was not found");
}
