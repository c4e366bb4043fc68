using System.Globalization;
using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

public sealed partial class GraphRouter
{
    EmuResponse CreateSession(EmuRequest r, EmuDrive d, string path)
    {
        if (SharePointNames.Refuses(state.SitePath, d.Name, path) is { } bad) return bad;
        var conflict = (r.Json()?["item"] as JsonObject)?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "replace";
        if (conflict == "fail" && d.Items.ContainsKey(path))
            return EmuResponse.Error(409, "nameAlreadyExists", $"The specified item name «{path}» already exists.");
        var session = new EmuUploadSession { Id = Guid.NewGuid().ToString("N"), DriveId = d.Id, Path = path, Conflict = conflict };
        state.Sessions[session.Id] = session;
        return new EmuResponse(200, SessionJson(session, withUrl: true));
    }

    JsonObject SessionJson(EmuUploadSession s, bool withUrl)
    {
        var o = new JsonObject
        {
            ["expirationDateTime"] = Iso(s.Expires),
            ["nextExpectedRanges"] = new JsonArray($"{s.Received.Length}-"),
        };
        if (withUrl) o["uploadUrl"] = Link($"_upload/{s.Id}");
        return o;
    }

    EmuResponse UploadSlice(EmuRequest r, string id)
    {
        if (!state.Sessions.TryGetValue(id, out var s)) return EmuResponse.Error(404, "itemNotFound", "The upload session was not found or has expired");
        if (r.Method == "GET") return new EmuResponse(200, SessionJson(s, withUrl: false));
        if (r.Method == "DELETE")
        {
            state.Sessions.Remove(id);
            return new EmuResponse(204);
        }
        if (r.Method != "PUT") return EmuResponse.Error(405, "invalidRequest", "Upload sessions take PUT, GET and DELETE");
        var range = r.Header("Content-Range") ?? "";
        // bytes START-END/TOTAL
        var parts = range.Replace("bytes ", "", StringComparison.Ordinal).Split('-', '/');
        if (parts.Length != 3 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var start) ||
            !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var end) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var total))
            return EmuResponse.Error(400, "invalidRequest", $"Bad Content-Range «{range}»");
        if (end - start + 1 != r.Body.Length) return EmuResponse.Error(400, "invalidRequest", "The slice length does not match Content-Range");
        if (start != s.Received.Length)
            return EmuResponse.Error(416, "invalidRange", $"Expected the range starting at {s.Received.Length}, got {start}");
        var last = s.Received.Length + r.Body.Length >= total;
        if (last && faults.Take(r.Method, r.Path, k => k == FaultKind.Conflict, lastSlice: true) is not null)
        {
            counters.CountFault();
            state.Sessions.Remove(id);
            return EmuResponse.Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }
        s.Received.Write(r.Body);
        if (s.Received.Length < total) return new EmuResponse(202, SessionJson(s, withUrl: false));
        state.Sessions.Remove(id);
        return Store(state.Drives[s.DriveId], s.Path, s.Received.ToArray(), s.Conflict == "fail" ? "fail" : s.Conflict);
    }
}
