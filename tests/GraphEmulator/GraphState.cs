using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>The emulator's in-memory tenant: one site with document libraries and lists. Guarded by <see cref="Lock"/>.</summary>
public sealed class GraphState
{
    /// <summary>The lock every handler takes.</summary>
    public Lock Lock { get; } = new();
    /// <summary>SharePoint host name of the site.</summary>
    public string Host { get; init; } = "contoso.sharepoint.com";
    /// <summary>Server-relative path of the site.</summary>
    public string SitePath { get; init; } = "/sites/Campaign";
    /// <summary>The site id (host,siteGuid,webGuid).</summary>
    public string SiteId { get; } = "contoso.sharepoint.com,2c1f1e6a-0000-4000-8000-000000000001,7d3b2a19-0000-4000-8000-000000000002";
    /// <summary>Libraries by id.</summary>
    public Dictionary<string, EmuDrive> Drives { get; } = new(StringComparer.Ordinal);
    /// <summary>Lists by id.</summary>
    public Dictionary<string, EmuList> Lists { get; } = new(StringComparer.Ordinal);
    /// <summary>Open upload sessions by id.</summary>
    public Dictionary<string, EmuUploadSession> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>A state with the libraries and lists named (default: library Forms, list Submissions).</summary>
    public static GraphState Create(IEnumerable<string>? libraries = null, IEnumerable<string>? lists = null)
    {
        var s = new GraphState();
        var n = 0;
        foreach (var name in libraries ?? ["Forms", "Documents"])
        {
            var d = new EmuDrive($"b!drive{++n:D4}", name);
            s.Drives[d.Id] = d;
        }
        n = 0;
        foreach (var name in lists ?? ["Submissions"])
        {
            var l = new EmuList($"9e0c{++n:D4}-0000-4000-8000-00000000list", name);
            s.Lists[l.Id] = l;
        }
        return s;
    }

    /// <summary>The library named <paramref name="name"/>.</summary>
    public EmuDrive Drive(string name) => Drives.Values.Single(d => d.Name == name);

    /// <summary>The list named <paramref name="name"/>.</summary>
    public EmuList List(string name) => Lists.Values.Single(l => l.Name == name);
}

/// <summary>A document library: items by path ("" is the root).</summary>
public sealed class EmuDrive(string id, string name)
{
    long next;
    /// <summary>Drive id.</summary>
    public string Id { get; } = id;
    /// <summary>Library name.</summary>
    public string Name { get; } = name;
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
}

/// <summary>A SharePoint list.</summary>
public sealed class EmuList(string id, string name)
{
    /// <summary>List id.</summary>
    public string Id { get; } = id;
    /// <summary>Display name.</summary>
    public string Name { get; } = name;
    /// <summary>Next item id.</summary>
    public long NextId { get; set; } = 1;
    /// <summary>Items by id.</summary>
    public SortedDictionary<long, EmuListItem> Items { get; } = [];
    /// <summary>Indexed columns (filtering on others needs the Prefer header).</summary>
    public HashSet<string> Indexed { get; } = new(StringComparer.Ordinal) { "id" };
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
