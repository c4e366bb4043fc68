using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

public sealed partial class GraphRouter
{
    EmuResponse Drives(EmuRequest r, EmuDrive d, string[] s)
    {
        var rest = string.Join('/', s[2..]);
        if (rest.StartsWith("root:", StringComparison.Ordinal))
        {
            var inner = rest[5..];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var path = (colon < 0 ? inner : inner[..colon]).Trim('/');
            var action = colon < 0 ? "" : inner[(colon + 1)..].Trim('/');
            return action switch
            {
                "content" when r.Method == "PUT" => PutContent(r, d, path),
                "content" when r.Method == "GET" => d.Items.TryGetValue(path, out var f) && !f.IsFolder ? new EmuResponse(200, Bytes: f.Content) : EmuResponse.NotFound(path),
                "createUploadSession" when r.Method == "POST" => CreateSession(r, d, path),
                "" when r.Method == "GET" => d.Items.TryGetValue(path, out var i) ? new EmuResponse(200, Expand(r, d, i, ItemJson(d, i))) : EmuResponse.NotFound(path),
                _ => EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}"),
            };
        }
        if (rest == "list" && r.Method == "GET") return new EmuResponse(200, ListJson(d.List));
        string folder;
        string tail;
        if (rest == "root" || rest.StartsWith("root/", StringComparison.Ordinal))
        {
            folder = "";
            tail = rest.Length > 4 ? rest[5..] : "";
        }
        else if (s.Length >= 4 && s[2] == "items")
        {
            if (s[3] == "root" || s[3] == d.RootId) folder = "";
            else if (d.Items.Values.FirstOrDefault(i => i.Id == s[3]) is { } item) folder = item.Path;
            else return EmuResponse.NotFound("The item " + s[3]);
            tail = string.Join('/', s[4..]);
            if (tail == "content" && r.Method == "GET")
                return d.Items.TryGetValue(folder, out var f) && !f.IsFolder ? new EmuResponse(200, Bytes: f.Content) : EmuResponse.NotFound(folder);
            // The file's list item in the library's list (https://learn.microsoft.com/graph/api/resources/driveitem, relationship listItem).
            if (tail == "listItem" && r.Method == "GET" && d.Items[folder].ListItem is { } li) return new EmuResponse(200, ListItemJson(li, null));
        }
        else return EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}");
        return tail switch
        {
            "" when r.Method == "GET" => folder == "" ? new EmuResponse(200, RootJson(d)) : new EmuResponse(200, Expand(r, d, d.Items[folder], ItemJson(d, d.Items[folder]))),
            "children" when r.Method == "GET" => Children(r, d, folder),
            "children" when r.Method == "POST" => CreateFolder(r, d, folder),
            "delta" or "delta()" when r.Method == "GET" => Delta(r, d),
            _ => EmuResponse.Error(400, "invalidRequest", $"The emulator does not implement {r.Method} /{r.Path}"),
        };
    }

    EmuResponse Children(EmuRequest r, EmuDrive d, string folder)
    {
        var all = d.Items.Values.Where(i => i.Parent == folder && i.Path.Length > 0).ToList();
        var skip = Skip(r);
        var top = Top(r, PageSize);
        var page = all.Skip(skip).Take(top).Select(i => (JsonNode)ItemJson(d, i)).ToArray();
        var body = new JsonObject { ["value"] = new JsonArray(page) };
        if (skip + top < all.Count)
            body["@odata.nextLink"] = Link($"drives/{d.Id}/{(folder == "" ? "root" : "items/" + d.Items[folder].Id)}/children?{QueryString(r.Query, skip + top)}");
        return new EmuResponse(200, body);
    }

    // GET /drives/{id}/root/delta (https://learn.microsoft.com/graph/api/driveitem-delta). Remarks: on SharePoint and
    // OneDrive for Business, parentReference carries no path (track items by id), the root comes first, and $select
    // limits the properties returned.
    EmuResponse Delta(EmuRequest r, EmuDrive d)
    {
        var skip = r.Query.TryGetValue("token", out var t) && int.TryParse(t, out var n) ? n : 0;
        var all = new List<JsonObject> { RootJson(d) };
        all.AddRange(d.Items.Values.Select(i =>
        {
            var o = ItemJson(d, i);
            (o["parentReference"] as JsonObject)?.Remove("path");
            return o;
        }));
        var select = r.Query.TryGetValue("$select", out var sel) ? sel.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : null;
        var top = Top(r, PageSize);
        var body = new JsonObject
        {
            ["value"] = new JsonArray(all.Skip(skip).Take(top).Select(o =>
            {
                if (select is not null)
                    foreach (var key in o.Select(kv => kv.Key).Where(k => k != "id" && !select.Contains(k)).ToList()) o.Remove(key);
                return (JsonNode)o;
            }).ToArray()),
        };
        if (skip + top < all.Count) body["@odata.nextLink"] = Link($"drives/{d.Id}/root/delta?token={skip + top}");
        else body["@odata.deltaLink"] = Link($"drives/{d.Id}/root/delta?token={all.Count}");
        return new EmuResponse(200, body);
    }

    EmuResponse CreateFolder(EmuRequest r, EmuDrive d, string parent)
    {
        var body = r.Json() as JsonObject;
        var name = body?["name"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name)) return EmuResponse.Error(400, "invalidRequest", "A folder needs a name");
        var path = parent.Length == 0 ? name : parent + "/" + name;
        if (SharePointNames.Refuses(state.SitePath, d.Name, path) is { } bad) return bad;
        var conflict = body?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "fail";
        if (d.Items.TryGetValue(path, out var existing))
        {
            if (conflict == "fail") return EmuResponse.Error(409, "nameAlreadyExists", $"The specified item name «{name}» already exists.");
            return new EmuResponse(200, ItemJson(d, existing));
        }
        return new EmuResponse(201, ItemJson(d, EnsureFolder(d, path)));
    }

    EmuItem EnsureFolder(EmuDrive d, string path)
    {
        if (path.Length == 0) return new EmuItem { Id = d.RootId, Path = "", IsFolder = true };
        if (d.Items.TryGetValue(path, out var f)) return f;
        var slash = path.LastIndexOf('/');
        if (slash > 0) EnsureFolder(d, path[..slash]);
        var item = new EmuItem { Id = d.NewId(), Path = path, IsFolder = true };
        AddItem(d, item);
        return item;
    }

    // Every file and folder of a library is also an item of its list (https://learn.microsoft.com/graph/api/resources/listitem).
    static void AddItem(EmuDrive d, EmuItem item)
    {
        var li = new EmuListItem { Id = d.List.NextId++, Fields = new JsonObject { ["FileLeafRef"] = item.Name } };
        d.List.Items[li.Id] = li;
        item.ListItem = li;
        d.Items[item.Path] = item;
    }

    EmuResponse PutContent(EmuRequest r, EmuDrive d, string path)
    {
        var conflict = r.Query.GetValueOrDefault("@microsoft.graph.conflictBehavior", "replace");
        return Store(d, path, r.Body, conflict);
    }

    EmuResponse Store(EmuDrive d, string path, byte[] content, string conflict)
    {
        if (SharePointNames.Refuses(state.SitePath, d.Name, path) is { } bad) return bad;
        if (state.Habits.RewriteOfficeFiles) content = OfficeRewrite.Apply(path, content);
        if (d.Items.TryGetValue(path, out var existing))
        {
            if (existing.IsFolder || conflict == "fail")
                return EmuResponse.Error(409, "nameAlreadyExists", $"The specified item name «{existing.Name}» already exists.");
            if (conflict == "rename")
            {
                var dot = path.LastIndexOf('.');
                for (var i = 1; ; i++)
                {
                    var candidate = dot > 0 ? $"{path[..dot]} {i}{path[dot..]}" : $"{path} {i}";
                    if (!d.Items.ContainsKey(candidate)) return Store(d, candidate, content, "fail");
                }
            }
            existing.Content = content;
            existing.Version++;
            existing.Modified = DateTimeOffset.UtcNow;
            return new EmuResponse(200, ItemJson(d, existing));
        }
        var slash = path.LastIndexOf('/');
        if (slash > 0) EnsureFolder(d, path[..slash]);
        var item = new EmuItem { Id = d.NewId(), Path = path, Content = content };
        AddItem(d, item);
        return new EmuResponse(201, ItemJson(d, item));
    }

    // $expand=listItem(...) on a driveItem brings its list item, fields included when expanded.
    JsonObject Expand(EmuRequest r, EmuDrive d, EmuItem i, JsonObject o)
    {
        if (!r.Query.TryGetValue("$expand", out var e) || !e.StartsWith("listItem", StringComparison.Ordinal) || i.ListItem is null) return o;
        var m = System.Text.RegularExpressions.Regex.Match(e, @"fields\(\$select=([^)]*)\)");
        var select = m.Success ? m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : null;
        var li = ListItemJson(i.ListItem, select);
        if (!e.Contains("fields", StringComparison.Ordinal)) li.Remove("fields");
        o["listItem"] = li;
        return o;
    }

    JsonObject RootJson(EmuDrive d) => new()
    {
        // The root has an id of its own; "root" is only an alias in URLs.
        ["id"] = d.RootId,
        ["name"] = "root",
        ["root"] = new JsonObject(),
        ["parentReference"] = new JsonObject { ["driveId"] = d.Id, ["driveType"] = "documentLibrary" },
        ["folder"] = new JsonObject { ["childCount"] = d.Items.Values.Count(i => i.Parent == "") },
    };

    JsonObject ItemJson(EmuDrive d, EmuItem i)
    {
        var o = new JsonObject
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["eTag"] = $"\"{{{i.Id}}},{i.Version}\"",
            ["cTag"] = $"\"c:{{{i.Id}}},{i.Version}\"",
            ["createdDateTime"] = Iso(i.Created),
            ["lastModifiedDateTime"] = Iso(i.Modified),
            ["webUrl"] = $"https://{state.Host}{state.SitePath}/{Uri.EscapeDataString(d.Name)}/{string.Join('/', i.Path.Split('/').Select(Uri.EscapeDataString))}",
            ["parentReference"] = new JsonObject
            {
                ["driveId"] = d.Id,
                ["driveType"] = "documentLibrary",
                ["id"] = i.Parent.Length == 0 ? d.RootId : d.Items[i.Parent].Id,
                ["path"] = $"/drives/{d.Id}/root:" + (i.Parent.Length == 0 ? "" : "/" + i.Parent),
            },
        };
        if (i.ListItem is { } li)
            o["sharepointIds"] = new JsonObject { ["listId"] = d.List.Id, ["listItemId"] = li.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["siteId"] = state.SiteId };
        if (i.IsFolder) o["folder"] = new JsonObject { ["childCount"] = d.Items.Values.Count(c => c.Parent == i.Path && c.Path.Length > 0) };
        else
        {
            o["size"] = i.Content.Length;
            o["file"] = new JsonObject
            {
                ["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ["hashes"] = new JsonObject { ["quickXorHash"] = QuickXor.Compute(i.Content) },
            };
        }
        return o;
    }
}
