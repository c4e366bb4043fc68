using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OfficeTools.AddIn.Server.Manifest;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

public class ManifestTests
{
    static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    static List<string> Validate(XDocument doc)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var xsd in Directory.GetFiles(Path.Combine(RepoPaths.Shared, "schemas", "office-addin-manifest"), "*.xsd"))
            using (var r = XmlReader.Create(xsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
                set.Add(null, r);
        set.Compile();
        var errors = new List<string>();
        doc.Validate(set, (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})"));
        return errors;
    }

    static XDocument Repo() => XDocument.Load(RepoPaths.Of("manifest.xml"), LoadOptions.SetLineInfo);

    [Fact]
    public void Repository_manifest_validates_against_the_published_schemas()
    {
        var errors = Validate(Repo());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Manifest_is_a_Word_task_pane_with_a_Home_tab_button_and_sign_in()
    {
        var doc = Repo();
        var root = doc.Root!;
        Assert.True(Guid.TryParse(root.Element(App + "Id")!.Value, out _));
        Assert.Equal("Document", root.Element(App + "Hosts")!.Element(App + "Host")!.Attribute("Name")!.Value);
        Assert.Equal("ReadWriteDocument", root.Element(App + "Permissions")!.Value);
        Assert.Equal("TabHome", doc.Descendants(Ov + "OfficeTab").Single().Attribute("id")!.Value);
        Assert.Contains(doc.Descendants(Ov + "Action"), a => a.Attributes().Any(x => x.Value == "ShowTaskpane"));
        var web = doc.Descendants(Ov + "WebApplicationInfo").Single();
        var clientId = web.Element(Ov + "Id")!.Value;
        Assert.True(Guid.TryParse(clientId, out _));
        Assert.Equal($"api://localhost:3000/{clientId}", web.Element(Ov + "Resource")!.Value);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public void Icons_the_manifest_names_are_real_pngs_of_their_size(int size)
    {
        var bytes = File.ReadAllBytes(RepoPaths.Of("AddIn", "Server", "wwwroot", "assets", $"icon-{size}.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Contains($"/assets/icon-{size}.png", File.ReadAllText(RepoPaths.Of("manifest.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_command_writes_a_valid_copy_with_the_host_and_a_new_id()
    {
        var dir = Directory.CreateTempSubdirectory("stamp-").FullName;
        try
        {
            var outPath = Path.Combine(dir, "deploy", "manifest.xml");
            var clientId = Guid.NewGuid();
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = ManifestStamper.Run(["stamp-manifest", "--host", "https://addin.county.gov", "--client-id", clientId.ToString(),
                "--in", RepoPaths.Of("manifest.xml"), "--out", outPath], stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            var stamped = XDocument.Load(outPath);
            Assert.Empty(Validate(stamped));
            var text = File.ReadAllText(outPath);
            Assert.DoesNotContain("localhost", text, StringComparison.Ordinal);
            Assert.Contains("https://addin.county.gov/taskpane.html", text, StringComparison.Ordinal);
            var id = stamped.Root!.Element(App + "Id")!.Value;
            Assert.NotEqual(Repo().Root!.Element(App + "Id")!.Value, id);
            Assert.True(Guid.TryParse(id, out _));
            var web = stamped.Descendants(Ov + "WebApplicationInfo").Single();
            Assert.Equal(clientId.ToString(), web.Element(Ov + "Id")!.Value);
            Assert.Equal($"api://addin.county.gov/{clientId}", web.Element(Ov + "Resource")!.Value);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void The_manifest_asks_only_for_WordApi_1_1()
    {
        var set = Repo().Descendants(App + "Set").Single(s => (string?)s.Attribute("Name") == "WordApi");
        Assert.Equal("1.1", (string?)set.Attribute("MinVersion"));
    }

    [Fact]
    public void Stamping_again_keeps_the_add_in_id_and_raises_the_version()
    {
        var dir = Directory.CreateTempSubdirectory("stamp-").FullName;
        try
        {
            var outPath = Path.Combine(dir, "manifest.xml");
            string[] Args() => ["stamp-manifest", "--host", "https://addin.county.gov", "--in", RepoPaths.Of("manifest.xml"), "--out", outPath];
            var stderr = new StringWriter();
            Assert.True(ManifestStamper.Run(Args(), TextWriter.Null, stderr) == 0, stderr.ToString());
            var first = XDocument.Load(outPath);
            Assert.True(ManifestStamper.Run(Args(), TextWriter.Null, stderr) == 0, stderr.ToString());
            var second = XDocument.Load(outPath);
            Assert.Empty(Validate(second));
            Assert.Equal(first.Root!.Element(App + "Id")!.Value, second.Root!.Element(App + "Id")!.Value);
            var v1 = Version.Parse(first.Root.Element(App + "Version")!.Value);
            var v2 = Version.Parse(second.Root.Element(App + "Version")!.Value);
            Assert.Equal(Version.Parse(Repo().Root!.Element(App + "Version")!.Value), v1);
            Assert.True(v2 > v1, $"{v2} > {v1}");
            // --id takes over an add-in already deployed under that Id
            var taken = Guid.NewGuid();
            Assert.Equal(0, ManifestStamper.Run([.. Args(), "--id", taken.ToString()], TextWriter.Null, stderr));
            Assert.Equal(taken.ToString(), XDocument.Load(outPath).Root!.Element(App + "Id")!.Value);
            Assert.Equal(2, ManifestStamper.Run([.. Args(), "--id", "not-a-guid"], TextWriter.Null, TextWriter.Null));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Stamp_command_uses_the_bundled_manifest_and_refuses_plain_http()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, ManifestStamper.Run(["stamp-manifest", "--host", "http://addin.county.gov", "--out", "x.xml"], TextWriter.Null, stderr));
        Assert.Contains("https", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(Validate(ManifestStamper.Stamp(ManifestStamper.Bundled(), new Uri("https://a.example:8443"), Guid.NewGuid(), null)));
    }
}
