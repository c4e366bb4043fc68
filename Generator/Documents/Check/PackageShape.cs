using System.Xml;
using System.Xml.Linq;
using OfficeTools.Packages;

namespace OfficeTools.Documents.Check;

/// <summary>Relationships that point at parts the package lacks: the SDK would fail on them half-way through a check.</summary>
internal static class PackageShape
{
    const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The finding for the first internal relationship whose target is missing, or null when all are there.</summary>
    public static Finding? Dangling(PackageContents package)
    {
        var names = package.Entries.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rels in package.Entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            var folder = Path.GetDirectoryName(Path.GetDirectoryName(rels.Name))?.Replace('\\', '/') ?? "";
            XDocument xml;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(rels.Bytes, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                xml = XDocument.Load(reader);
            }
            catch (XmlException)
            {
                return GongwenChecker.Unreadable("文件已损坏：关系部件不是有效的 XML", rels.Name);
            }
            foreach (var r in xml.Root?.Elements(XName.Get("Relationship", RelationshipsNs)) ?? [])
            {
                if ((string?)r.Attribute("TargetMode") == "External" || (string?)r.Attribute("Target") is not { Length: > 0 } target) continue;
                var path = Resolve(folder, Uri.UnescapeDataString(target));
                if (!names.Contains(path))
                    return GongwenChecker.Unreadable($"不是完整的 Word 文档：包中缺少部件“{path}”", rels.Name);
            }
        }
        return null;
    }

    static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        var start = target.StartsWith('/') ? target : (folder.Length == 0 ? target : folder + "/" + target);
        foreach (var segment in start.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment != ".") parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
