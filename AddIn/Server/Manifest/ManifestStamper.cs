using System.Xml.Linq;

namespace OfficeTools.AddIn.Server.Manifest;

/// <summary>Writes a deployable copy of manifest.xml: the real host URL everywhere, a new add-in GUID, the app's client id.</summary>
public static class ManifestStamper
{
    /// <summary>The host written in the repository's manifest, replaced on deployment.</summary>
    public const string PlaceholderHost = "https://localhost:3000";

    static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>The manifest bundled with the service.</summary>
    public static XDocument Bundled()
    {
        using var s = typeof(ManifestStamper).Assembly.GetManifestResourceStream("manifest.xml")
            ?? throw new InvalidOperationException("manifest.xml is not embedded in the service assembly.");
        return XDocument.Load(s);
    }

    /// <summary>Returns a stamped copy: <paramref name="host"/> replaces the placeholder, the Id is <paramref name="addInId"/>.</summary>
    public static XDocument Stamp(XDocument manifest, Uri host, Guid addInId, Guid? clientId)
    {
        if (host.Scheme != Uri.UriSchemeHttps) throw new ArgumentException($"The host must be an https URL (Office loads add-ins only over https): {host}", nameof(host));
        var origin = host.GetLeftPart(UriPartial.Authority);
        var doc = new XDocument(manifest);
        foreach (var attr in doc.Descendants().Attributes().Where(a => a.Value.StartsWith(PlaceholderHost, StringComparison.Ordinal)))
            attr.Value = origin + attr.Value[PlaceholderHost.Length..];
        foreach (var text in doc.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains(PlaceholderHost, StringComparison.Ordinal)))
            text.Value = text.Value.Replace(PlaceholderHost, origin, StringComparison.Ordinal);
        doc.Root!.Element(App + "Id")!.Value = addInId.ToString();
        var web = doc.Root.Element(Overrides + "VersionOverrides")?.Element(Overrides + "WebApplicationInfo");
        if (web != null)
        {
            var id = clientId?.ToString() ?? web.Element(Overrides + "Id")!.Value;
            web.Element(Overrides + "Id")!.Value = id;
            web.Element(Overrides + "Resource")!.Value = $"api://{host.Authority}/{id}";
        }
        // the comment names the placeholder; a deployed copy has none left
        doc.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return doc;
    }

    /// <summary>Runs <c>stamp-manifest --host URL [--client-id GUID] [--in FILE] --out FILE</c>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? host = null, outPath = null, inPath = null, client = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--host": host = value; i++; break;
                case "--out": outPath = value; i++; break;
                case "--in": inPath = value; i++; break;
                case "--client-id": client = value; i++; break;
                default: stderr.WriteLine($"stamp-manifest: unknown option '{args[i]}'."); return Usage(stderr);
            }
        }
        if (host == null || outPath == null) return Usage(stderr);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            stderr.WriteLine($"stamp-manifest: --host must be an absolute https URL, got '{host}'.");
            return 2;
        }
        Guid? clientId = null;
        if (client != null)
        {
            if (!Guid.TryParse(client, out var g)) { stderr.WriteLine($"stamp-manifest: --client-id must be a GUID, got '{client}'."); return 2; }
            clientId = g;
        }
        XDocument source;
        try { source = inPath == null ? Bundled() : XDocument.Load(inPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            stderr.WriteLine($"stamp-manifest: cannot read '{inPath}': {e.Message}");
            return 1;
        }
        var id = Guid.NewGuid();
        var stamped = Stamp(source, uri, id, clientId);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir != null) Directory.CreateDirectory(dir);
        stamped.Save(outPath);
        stdout.WriteLine($"wrote {outPath}: host {uri.GetLeftPart(UriPartial.Authority)}, add-in id {id}");
        return 0;
    }

    static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: stamp-manifest --host https://your.host [--client-id GUID] [--in manifest.xml] --out deploy/manifest.xml");
        return 2;
    }
}
