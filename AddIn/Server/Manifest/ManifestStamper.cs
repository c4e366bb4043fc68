using System.Xml.Linq;

namespace OfficeTools.AddIn.Server.Manifest;

/// <summary>
/// Writes a deployable copy of manifest.xml: the real host URL everywhere, the app's client id, and an add-in Id that stays
/// the same from one stamp to the next (the admin center and Office tell add-ins apart by Id: a new Id is a second
/// add-in, not an update) with a Version raised each time (Office takes a manifest as an update only when its Version grew).
/// </summary>
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

    /// <summary>Returns a stamped copy: <paramref name="host"/> replaces the placeholder, the Id is <paramref name="addInId"/>, the Version <paramref name="version"/> (else the source's).</summary>
    public static XDocument Stamp(XDocument manifest, Uri host, Guid addInId, Guid? clientId, Version? version = null)
    {
        if (host.Scheme != Uri.UriSchemeHttps) throw new ArgumentException($"The host must be an https URL (Office loads add-ins only over https): {host}", nameof(host));
        var origin = host.GetLeftPart(UriPartial.Authority);
        var doc = new XDocument(manifest);
        foreach (var attr in doc.Descendants().Attributes().Where(a => a.Value.StartsWith(PlaceholderHost, StringComparison.Ordinal)))
            attr.Value = origin + attr.Value[PlaceholderHost.Length..];
        foreach (var text in doc.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains(PlaceholderHost, StringComparison.Ordinal)))
            text.Value = text.Value.Replace(PlaceholderHost, origin, StringComparison.Ordinal);
        doc.Root!.Element(App + "Id")!.Value = addInId.ToString();
        if (version != null) doc.Root.Element(App + "Version")!.Value = version.ToString();
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

    /// <summary>The Id and Version a stamp gets: <paramref name="explicitId"/> if given, else the previous stamp's Id, else a new one; and a Version above both the previous stamp's and the source's.</summary>
    public static (Guid Id, Version Version) Next(XDocument source, XDocument? previous, Guid? explicitId)
    {
        var sourceVersion = VersionOf(source) ?? new Version(1, 0, 0, 0);
        var previousId = previous?.Root?.Element(App + "Id")?.Value;
        var id = explicitId ?? (Guid.TryParse(previousId, out var p) ? p : Guid.NewGuid());
        if (previous == null || VersionOf(previous) is not { } last) return (id, sourceVersion);
        var raised = new Version(last.Major, last.Minor, Math.Max(last.Build, 0), Math.Max(last.Revision, 0) + 1);
        return (id, raised > sourceVersion ? raised : sourceVersion);
    }

    // Office's manifest Version is at most four dot-separated numbers (xs:pattern in the manifest schema)
    static Version? VersionOf(XDocument d) => Version.TryParse(d.Root?.Element(App + "Version")?.Value, out var v) ? v : null;

    /// <summary>
    /// Runs <c>stamp-manifest --host URL [--client-id GUID] [--id GUID] [--in FILE] --out FILE</c>: when FILE exists (the
    /// copy stamped before) its Id is kept and its Version raised; <c>--id</c> sets the Id for a first stamp (e.g. to
    /// take over an add-in already deployed). Returns the exit code.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? host = null, outPath = null, inPath = null, client = null, idText = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--host": host = value; i++; break;
                case "--out": outPath = value; i++; break;
                case "--in": inPath = value; i++; break;
                case "--client-id": client = value; i++; break;
                case "--id": idText = value; i++; break;
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
        Guid? explicitId = null;
        if (idText != null)
        {
            if (!Guid.TryParse(idText, out var g)) { stderr.WriteLine($"stamp-manifest: --id must be a GUID, got '{idText}'."); return 2; }
            explicitId = g;
        }
        XDocument source;
        try { source = inPath == null ? Bundled() : XDocument.Load(inPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            stderr.WriteLine($"stamp-manifest: cannot read '{inPath}': {e.Message}");
            return 1;
        }
        XDocument? previous = null;
        if (File.Exists(outPath))
        {
            try { previous = XDocument.Load(outPath); }
            catch (System.Xml.XmlException e)
            {
                stderr.WriteLine($"stamp-manifest: '{outPath}' exists but is not a manifest ({e.Message}); move it away or pass --id.");
                return 1;
            }
        }
        var (id, version) = Next(source, previous, explicitId);
        var stamped = Stamp(source, uri, id, clientId, version);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir != null) Directory.CreateDirectory(dir);
        stamped.Save(outPath);
        stdout.WriteLine($"wrote {outPath}: host {uri.GetLeftPart(UriPartial.Authority)}, add-in id {id}{(previous == null ? " (new)" : " (kept)")}, version {version}");
        return 0;
    }

    static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: stamp-manifest --host https://your.host [--client-id GUID] [--id GUID] [--in manifest.xml] --out deploy/manifest.xml");
        return 2;
    }
}
