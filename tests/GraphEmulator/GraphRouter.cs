using System.Globalization;
using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>
/// Routes a request to the emulated Graph endpoint (sites, drives, driveItems, upload sessions, lists, $batch).
/// Used both by the HTTP front and by $batch for its inner requests.
/// </summary>
public sealed partial class GraphRouter(GraphState state, FaultSet faults, Counters counters, Func<string> baseUrl)
{
    /// <summary>The page size of listings (children, delta, list items) when no $top is given.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>Handles one request; faults of the 409/412 kinds apply here (also inside $batch).</summary>
    public EmuResponse Handle(EmuRequest r)
    {
        var s = r.Path.Trim('/').Split('/');
        // An upload session's URL carries its own authorisation; Graph wants no Authorization header on it
        // (https://learn.microsoft.com/graph/api/driveitem-createuploadsession, "Upload bytes to the upload session").
        if (s[0] == "_upload" && s.Length == 2)
        {
            lock (state.Lock) return UploadSlice(r, s[1]);
        }
        if (s[0] == "$batch" && r.Method == "POST")
        {
            if (state.Access.Check(r.Header("Authorization"), SiteRight.Read) is { } denied) return denied;
            lock (state.Lock) return Batch(r);
        }
        lock (state.Lock) return HandleInner(r);
    }

    /// <summary>What <paramref name="r"/> needs on the site: reading, writing, or managing lists and columns.</summary>
    static SiteRight Needs(EmuRequest r, string[] s)
    {
        if (r.Method == "GET") return SiteRight.Read;
        var managesLists = s.Length == 3 && s[0] == "sites" && s[2] == "lists";
        var managesColumns = s.Length >= 5 && s[0] == "sites" && s[2] == "lists" && s[4] == "columns";
        return managesLists || managesColumns ? SiteRight.Manage : SiteRight.Write;
    }

    // 409/412 faults answer in place of the request, whether it came alone or inside a $batch.
    EmuResponse? ConflictFault(EmuRequest r)
    {
        var f = faults.Take(r.Method, r.Path, k => k is FaultKind.Conflict or FaultKind.PreconditionFailed);
        if (f is null) return null;
        counters.CountFault();
        return f.Kind == FaultKind.Conflict
            ? EmuResponse.Error(409, "nameAlreadyExists", "The specified item name already exists.")
            : EmuResponse.Error(412, "resourceModified", "The resource has been modified since it was last read (eTag mismatch).");
    }

    EmuResponse Sites(EmuRequest r, string[] s)
    {
        // Site by path arrives as one segment "host:/sites/Name" (the SDK encodes the slashes).
        if (s.Length >= 2 && s[1].Contains(':', StringComparison.Ordinal) && !s[1].Contains(',', StringComparison.Ordinal))
        {
            var key = string.Join('/', s[1..]);
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var host = key[..colon];
            var path = "/" + key[(colon + 1)..].Trim('/');
            // Host names and server-relative paths are case-insensitive on SharePoint.
            if (!string.Equals(host, state.Host, StringComparison.OrdinalIgnoreCase) || !string.Equals(path, state.SitePath, StringComparison.OrdinalIgnoreCase))
                return EmuResponse.NotFound($"The site {host}:{path}");
            return new EmuResponse(200, SiteJson());
        }
        if (s.Length < 2 || s[1] != state.SiteId) return EmuResponse.NotFound($"The site {(s.Length > 1 ? s[1] : "")}");
        if (s.Length == 2) return new EmuResponse(200, SiteJson());
        if (s[2] == "drives" && s.Length == 3 && r.Method == "GET")
            return new EmuResponse(200, new JsonObject { ["value"] = new JsonArray(state.Drives.Values.Select(d => (JsonNode)DriveJson(d)).ToArray()) });
        if (s[2] == "lists" && s.Length == 3 && r.Method == "GET")
            return new EmuResponse(200, new JsonObject { ["value"] = new JsonArray(state.Lists.Values.Select(l => (JsonNode)ListJson(l)).ToArray()) });
        if (s[2] == "lists" && s.Length == 3 && r.Method == "POST") return CreateList(r);
        if (s[2] == "lists" && s.Length >= 4 && state.Lists.TryGetValue(s[3], out var list)) return Lists(r, list, s);
        return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
    }

    JsonObject SiteJson() => new()
    {
        ["id"] = state.SiteId,
        ["name"] = state.SitePath.TrimEnd('/').Split('/')[^1],
        ["displayName"] = state.SitePath.TrimEnd('/').Split('/')[^1],
        ["webUrl"] = $"https://{state.Host}{state.SitePath}",
    };

    JsonObject DriveJson(EmuDrive d) => new()
    {
        ["id"] = d.Id,
        ["name"] = d.Name,
        ["driveType"] = "documentLibrary",
        ["webUrl"] = $"https://{state.Host}{state.SitePath}/{Uri.EscapeDataString(d.Name)}",
    };

    static JsonObject ListJson(EmuList l) => new()
    {
        ["id"] = l.Id,
        ["name"] = l.Name,
        ["displayName"] = l.Name,
        ["list"] = new JsonObject { ["template"] = l.Template, ["hidden"] = false },
    };

    static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    string Link(string pathAndQuery) => baseUrl().TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');

    static int Top(EmuRequest r, int fallback) =>
        r.Query.TryGetValue("$top", out var t) && int.TryParse(t, out var n) && n > 0 ? Math.Min(n, 5000) : fallback;

    static int Skip(EmuRequest r) =>
        r.Query.TryGetValue("$skiptoken", out var t) && int.TryParse(t, out var n) ? n : 0;

    static string QueryString(IReadOnlyDictionary<string, string> q, int skip) =>
        string.Join('&', q.Where(kv => kv.Key != "$skiptoken").Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}")
            .Append($"$skiptoken={skip}"));
}
