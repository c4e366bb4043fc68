using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OfficeTools.GraphEmulator;

public sealed partial class GraphRouter
{
    EmuResponse Lists(EmuRequest r, EmuList l, string[] s)
    {
        if (s.Length == 4 && r.Method == "GET") return new EmuResponse(200, ListJson(l));
        if (s.Length >= 5 && s[4] == "columns") return Columns(r, l, s);
        if (s.Length == 5 && s[4] == "drive" && r.Method == "GET" && l.DriveId is { } driveId) return new EmuResponse(200, DriveJson(state.Drives[driveId]));
        if (s.Length < 5 || s[4] != "items") return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
        if (s.Length == 5 && r.Method == "GET") return QueryItems(r, l);
        if (s.Length == 5 && r.Method == "POST")
        {
            if (l.DriveId is not null) return EmuResponse.Error(400, "invalidRequest", "Items of a document library are created by uploading files");
            var fields = (r.Json()?["fields"] as JsonObject)?.DeepClone() as JsonObject ?? [];
            if (RefuseFields(l, fields) is { } refused) return refused;
            var item = new EmuListItem { Id = l.NextId++, Fields = fields };
            l.Items[item.Id] = item;
            return new EmuResponse(201, ListItemJson(item, null));
        }
        if (!long.TryParse(s[5], CultureInfo.InvariantCulture, out var id) || !l.Items.TryGetValue(id, out var it))
            return EmuResponse.NotFound("The list item " + s[5]);
        if (s.Length == 6 && r.Method == "GET") return new EmuResponse(200, ListItemJson(it, null));
        if (s.Length == 7 && s[6] == "fields" && r.Method == "PATCH") return PatchFields(r, l, it);
        return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
    }

    // PATCH .../items/{id}/fields (https://learn.microsoft.com/graph/api/listitem-update): unknown columns and
    // wrong types are refused; If-Match must match the item's eTag.
    static EmuResponse PatchFields(EmuRequest r, EmuList l, EmuListItem it)
    {
        var ifMatch = r.Header("If-Match");
        if (ifMatch is not null && ifMatch != "*" && ifMatch.Trim('"', 'W', '/') != it.ETag.Trim('"'))
            return EmuResponse.Error(412, "resourceModified", $"The list item {it.Id} was changed since it was read (eTag {ifMatch} is not {it.ETag}).");
        var fields = r.Json() as JsonObject ?? [];
        if (RefuseFields(l, fields) is { } refused) return refused;
        foreach (var (k, v) in fields.ToList()) it.Fields[k] = v?.DeepClone();
        it.Version++;
        it.Modified = DateTimeOffset.UtcNow;
        return new EmuResponse(200, FieldsJson(it, null));
    }

    static readonly Regex FilterTerm = new(@"^fields/(\w+)\s+eq\s+(?:'((?:[^']|'')*)'|(\d+))$", RegexOptions.CultureInvariant);

    EmuResponse QueryItems(EmuRequest r, EmuList l)
    {
        IEnumerable<EmuListItem> items = l.Items.Values;
        if (r.Query.TryGetValue("$filter", out var filter))
        {
            foreach (var term in Regex.Split(filter, @"\s+and\s+"))
            {
                var m = FilterTerm.Match(term.Trim());
                if (!m.Success) return EmuResponse.Error(400, "invalidRequest", $"The emulator cannot evaluate the filter term «{term}»");
                var field = m.Groups[1].Value;
                if (!l.IsIndexed(field) && !(r.Header("Prefer") ?? "").Contains("HonorNonIndexedQueriesWarningMayFailRandomly", StringComparison.Ordinal))
                    return EmuResponse.Error(400, "invalidRequest",
                        $"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.");
                // Past the list view threshold SharePoint refuses a filter on a column without an index, header or not
                // (https://learn.microsoft.com/sharepoint/large-lists-large-libraries; SPQueryThrottledException).
                if (!l.IsIndexed(field) && l.Items.Count > state.Habits.ListViewThreshold)
                    return EmuResponse.Error(500, "generalException",
                        "The attempted operation is prohibited because it exceeds the list view threshold.");
                var want = m.Groups[2].Success ? m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal) : m.Groups[3].Value;
                items = items.Where(i => i.Fields[field] is JsonValue v && v.ToString() == want).ToList();
            }
        }
        var all = items.ToList();
        var skip = Skip(r);
        var top = Top(r, PageSize);
        var select = SelectedFields(r);
        var expand = r.Query.TryGetValue("$expand", out var e) && e.StartsWith("fields", StringComparison.Ordinal);
        var body = new JsonObject
        {
            ["value"] = new JsonArray(all.Skip(skip).Take(top).Select(i =>
            {
                var o = ListItemJson(i, select);
                if (!expand) o.Remove("fields");
                return (JsonNode)o;
            }).ToArray()),
        };
        if (skip + top < all.Count)
            body["@odata.nextLink"] = Link($"sites/{state.SiteId}/lists/{l.Id}/items?{QueryString(r.Query, skip + top)}");
        return new EmuResponse(200, body);
    }

    static HashSet<string>? SelectedFields(EmuRequest r)
    {
        if (!r.Query.TryGetValue("$expand", out var e)) return null;
        var m = Regex.Match(e, @"fields\(\$select=([^)]*)\)");
        return m.Success ? new HashSet<string>(m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries), StringComparer.Ordinal) : null;
    }

    JsonObject ListItemJson(EmuListItem i, HashSet<string>? select) => new()
    {
        ["@odata.etag"] = i.ETag,
        ["id"] = i.Id.ToString(CultureInfo.InvariantCulture),
        ["eTag"] = i.ETag,
        ["createdDateTime"] = Iso(i.Created),
        ["lastModifiedDateTime"] = Iso(i.Modified),
        ["webUrl"] = $"https://{state.Host}{state.SitePath}/Lists/items/{i.Id}",
        ["fields"] = FieldsJson(i, select),
    };

    static JsonObject FieldsJson(EmuListItem i, HashSet<string>? select)
    {
        var o = new JsonObject { ["@odata.etag"] = i.ETag, ["id"] = i.Id.ToString(CultureInfo.InvariantCulture) };
        foreach (var (k, v) in i.Fields)
            if (select is null || select.Contains(k)) o[k] = v?.DeepClone();
        return o;
    }
}
