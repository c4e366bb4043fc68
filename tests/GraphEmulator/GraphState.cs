using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>The emulator's in-memory tenant: one site with document libraries and lists. Guarded by <see cref="Lock"/>.</summary>
public sealed class GraphState
{
    /// <summary>The lock every handler takes.</summary>
    public Lock Lock { get; } = new();
    /// <summary>SharePoint host name of the site (a national cloud's test sets contoso.sharepoint.cn).</summary>
    public string Host { get; set; } = "contoso.sharepoint.com";
    /// <summary>Server-relative path of the site.</summary>
    public string SitePath { get; init; } = "/sites/Campaign";
    /// <summary>The site id (host,siteGuid,webGuid).</summary>
    public string SiteId => $"{Host},2c1f1e6a-0000-4000-8000-000000000001,7d3b2a19-0000-4000-8000-000000000002";
    /// <summary>Libraries by id.</summary>
    public Dictionary<string, EmuDrive> Drives { get; } = new(StringComparer.Ordinal);
    /// <summary>Lists by id.</summary>
    public Dictionary<string, EmuList> Lists { get; } = new(StringComparer.Ordinal);
    /// <summary>Open upload sessions by id.</summary>
    public Dictionary<string, EmuUploadSession> Sessions { get; } = new(StringComparer.Ordinal);
    /// <summary>Who may do what on the site (Sites.Selected grants and site members).</summary>
    public SiteAccess Access { get; } = new();
    /// <summary>How far the emulator imitates SharePoint's own habits (rewrites, thresholds, batch order).</summary>
    public SharePointHabits Habits { get; } = new();

    /// <summary>A state with the libraries and lists named (default: library Forms, lists Submissions and Campaign Trail, as setup leaves a site).</summary>
    public static GraphState Create(IEnumerable<string>? libraries = null, IEnumerable<string>? lists = null)
    {
        var s = new GraphState();
        foreach (var name in libraries ?? ["Forms", "Documents"]) s.AddLibrary(name);
        foreach (var name in lists ?? ["Submissions", "Campaign Trail"]) s.AddList(name);
        return s;
    }

    /// <summary>A new generic list (only the built-in columns) named <paramref name="name"/>.</summary>
    public EmuList AddList(string name)
    {
        var l = new EmuList($"9e0c{Lists.Count + 1:D4}-0000-4000-8000-00000000list", name, "genericList");
        Lists[l.Id] = l;
        return l;
    }

    /// <summary>
    /// A new document library: a drive, and the list behind it (template documentLibrary), as SharePoint pairs them
    /// (https://learn.microsoft.com/graph/api/resources/list: a document library's list has a drive).
    /// </summary>
    public EmuDrive AddLibrary(string name)
    {
        var list = new EmuList($"9e0c{Lists.Count + 1:D4}-0000-4000-8000-0000000dlib", name, "documentLibrary");
        var d = new EmuDrive($"b!drive{Drives.Count + 1:D4}", name, list);
        list.DriveId = d.Id;
        Lists[list.Id] = list;
        Drives[d.Id] = d;
        return d;
    }

    /// <summary>The library named <paramref name="name"/>.</summary>
    public EmuDrive Drive(string name) => Drives.Values.Single(d => d.Name == name);

    /// <summary>The list named <paramref name="name"/>.</summary>
    public EmuList List(string name) => Lists.Values.Single(l => l.Name == name);
}

/// <summary>A document library: items by path ("" is the root).</summary>
public sealed class EmuDrive(string id, string name, EmuList list)
{
    long next;
    /// <summary>Drive id.</summary>
    public string Id { get; } = id;
    /// <summary>Library name.</summary>
    public string Name { get; } = name;
    /// <summary>The root folder's item id ("root" is an alias for it in URLs).</summary>
    public string RootId { get; } = $"01ROOT{id.GetHashCode(StringComparison.Ordinal) & 0xFFFFFF:X6}";
    /// <summary>The list behind the library (its columns hold the files' metadata).</summary>
    public EmuList List { get; } = list;
    /// <summary>Items by path relative to the root ("U001", "U001/form.docx").</summary>
    public SortedDictionary<string, EmuItem> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>A new unique item id.</summary>
    public string NewId() => $"01ITEM{Interlocked.Increment(ref next):D8}";

    /// <summary>The files (not folders) under the library.</summary>
    public IEnumerable<EmuItem> Files => Items.Values.Where(i => !i.IsFolder);
}

/// <summary>A file or folder.</summary>
public sealed class EmuItem
{
    /// <summary>Item id.</summary>
    public required string Id { get; init; }
    /// <summary>Path relative to the library root.</summary>
    public required string Path { get; init; }
    /// <summary>True for folders.</summary>
    public bool IsFolder { get; init; }
    /// <summary>File content (files only).</summary>
    public byte[] Content { get; set; } = [];
    /// <summary>Version of the content (starts at 1, +1 on each replace).</summary>
    public int Version { get; set; } = 1;
    /// <summary>Creation time.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>Last change.</summary>
    public DateTimeOffset Modified { get; set; } = DateTimeOffset.UtcNow;
    /// <summary>The file or folder name.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
    /// <summary>The parent folder path ("" for the root).</summary>
    public string Parent => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : "";
    /// <summary>The item's list item in the library's list (its column values).</summary>
    public EmuListItem? ListItem { get; set; }
}

/// <summary>A SharePoint list (a generic list, or the list behind a document library).</summary>
public sealed class EmuList(string id, string name, string template)
{
    /// <summary>List id.</summary>
    public string Id { get; } = id;
    /// <summary>Display name.</summary>
    public string Name { get; } = name;
    /// <summary>genericList or documentLibrary.</summary>
    public string Template { get; } = template;
    /// <summary>The drive of a document library's list.</summary>
    public string? DriveId { get; set; }
    /// <summary>The list's own columns by name (built-in columns are in <see cref="EmuColumn.BuiltIn"/>).</summary>
    public Dictionary<string, EmuColumn> Columns { get; } = new(StringComparer.Ordinal);
    /// <summary>Next item id.</summary>
    public long NextId { get; set; } = 1;
    /// <summary>Items by id.</summary>
    public SortedDictionary<long, EmuListItem> Items { get; } = [];
    /// <summary>True when <paramref name="field"/> is indexed (id always is; filtering on others needs the Prefer header).</summary>
    public bool IsIndexed(string field) => field == "id" || (Columns.TryGetValue(field, out var c) && c.Indexed);
}

/// <summary>A list item: fields and a version for its eTag.</summary>
public sealed class EmuListItem
{
    /// <summary>Item id.</summary>
    public required long Id { get; init; }
    /// <summary>Stable guid of the eTag.</summary>
    public Guid Guid { get; } = Guid.NewGuid();
    /// <summary>Version (eTag suffix), +1 on each change.</summary>
    public int Version { get; set; } = 1;
    /// <summary>The fields.</summary>
    public JsonObject Fields { get; set; } = [];
    /// <summary>Creation time.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>Last change.</summary>
    public DateTimeOffset Modified { get; set; } = DateTimeOffset.UtcNow;
    /// <summary>The item's eTag as Graph quotes it.</summary>
    public string ETag => $"\"{Guid},{Version}\"";
}

/// <summary>An upload session: where the file goes and what has arrived.</summary>
public sealed class EmuUploadSession
{
    /// <summary>Session id.</summary>
    public required string Id { get; init; }
    /// <summary>Drive id.</summary>
    public required string DriveId { get; init; }
    /// <summary>Target path.</summary>
    public required string Path { get; init; }
    /// <summary>fail / replace / rename.</summary>
    public string Conflict { get; init; } = "replace";
    /// <summary>Bytes received so far, in order.</summary>
    public MemoryStream Received { get; } = new();
    /// <summary>Expiry.</summary>
    public DateTimeOffset Expires { get; init; } = DateTimeOffset.UtcNow.AddHours(1);
}
