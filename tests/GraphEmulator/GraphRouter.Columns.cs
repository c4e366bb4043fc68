using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

public sealed partial class GraphRouter
{
    // POST /sites/{site-id}/lists (https://learn.microsoft.com/graph/api/list-create): displayName, columns, list.template.
    // A documentLibrary template makes a library, i.e. a drive as well.
    EmuResponse CreateList(EmuRequest r)
    {
        if (r.Json() is not JsonObject body || body["displayName"]?.GetValue<string>() is not { Length: > 0 } name)
            return EmuResponse.Error(400, "invalidRequest", "A list needs a displayName");
        if (state.Lists.Values.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            return EmuResponse.Error(409, "nameAlreadyExists", $"A list, survey, discussion board, or document library with the specified title '{name}' already exists in this Web site.");
        var template = body["list"]?["template"]?.GetValue<string>() ?? "genericList";
        var list = template == "documentLibrary" ? state.AddLibrary(name).List : state.AddList(name);
        foreach (var c in body["columns"] as JsonArray ?? [])
        {
            var (column, error) = EmuColumn.From(c as JsonObject ?? []);
            if (column is null) return EmuResponse.Error(400, "invalidRequest", error!);
            list.Columns[column.Name] = column;
        }
        return new EmuResponse(201, ListJson(list));
    }

    // GET/POST /sites/{site-id}/lists/{list-id}/columns (https://learn.microsoft.com/graph/api/list-list-columns,
    // https://learn.microsoft.com/graph/api/list-post-columns), PATCH .../columns/{column-id}
    // (https://learn.microsoft.com/graph/api/columndefinition-update) to set indexed.
    EmuResponse Columns(EmuRequest r, EmuList l, string[] s)
    {
        if (s.Length == 5 && r.Method == "GET")
            return new EmuResponse(200, new JsonObject { ["value"] = new JsonArray(l.Columns.Values.Select(c => (JsonNode)c.Json()).ToArray()) });
        if (s.Length == 5 && r.Method == "POST")
        {
            var (column, error) = EmuColumn.From(r.Json() as JsonObject ?? []);
            if (column is null) return EmuResponse.Error(400, "invalidRequest", error!);
            if (l.Columns.ContainsKey(column.Name) || EmuColumn.BuiltIn.Contains(column.Name))
                return EmuResponse.Error(409, "nameAlreadyExists", $"A duplicate field name \"{column.Name}\" was found.");
            l.Columns[column.Name] = column;
            return new EmuResponse(201, column.Json());
        }
        if (s.Length == 6 && r.Method == "PATCH")
        {
            var column = l.Columns.Values.FirstOrDefault(c => c.Id == s[5]);
            if (column is null) return EmuResponse.NotFound("The column " + s[5]);
            if (r.Json()?["indexed"] is JsonValue indexed) column.Indexed = indexed.GetValue<bool>();
            return new EmuResponse(200, column.Json());
        }
        return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
    }

    /// <summary>Null when every field is a column of <paramref name="l"/> holding a value of its type; else Graph's 400.</summary>
    static EmuResponse? RefuseFields(EmuList l, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith('@')) continue;
            if (EmuColumn.BuiltIn.Contains(name)) continue;
            // fieldValueSet is an open type: only the list's columns decide, and SharePoint answers this for the rest.
            if (!l.Columns.TryGetValue(name, out var column))
                return EmuResponse.Error(400, "invalidRequest", $"Field '{name}' is not recognized");
            if (column.Refuses(value) is { } why) return EmuResponse.Error(400, "invalidRequest", why);
        }
        return null;
    }
}
