using System.Text;
using System.Xml.Linq;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Document properties in golden cases: core.xml / custom.xml beside the template, and their rendered text.</summary>
internal static class PropertyParts
{
    static readonly (string File, string Entry, string Type, string Rel)[] Parts =
    [
        ("core.xml", "docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
        ("custom.xml", "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"),
    ];

    /// <summary>The package with the case's property parts added (typed and related as Word does).</summary>
    public static byte[] With(string dir, byte[] docx)
    {
        foreach (var (file, entry, type, rel) in Parts)
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path)) continue;
            docx = ZipEdits.Add(docx, entry, File.ReadAllText(path, Encoding.UTF8));
            var types = ZipEdits.Text(docx, "[Content_Types].xml").Replace("</Types>", $"<Override PartName=\"/{entry}\" ContentType=\"{type}\"/></Types>", StringComparison.Ordinal);
            docx = ZipEdits.Replace(docx, "[Content_Types].xml", Encoding.UTF8.GetBytes(types));
            var rels = ZipEdits.Text(docx, "_rels/.rels").Replace("</Relationships>", $"<Relationship Id=\"rIdP{file.Length}\" Type=\"{rel}\" Target=\"{entry}\"/></Relationships>", StringComparison.Ordinal);
            docx = ZipEdits.Replace(docx, "_rels/.rels", Encoding.UTF8.GetBytes(rels));
        }
        return docx;
    }

    /// <summary>The rendered properties as lines "part name: value", or "" when the case has none.</summary>
    public static string Text(string dir, byte[] rendered)
    {
        var sb = new StringBuilder();
        foreach (var (file, entry, _, _) in Parts)
        {
            if (!File.Exists(Path.Combine(dir, file))) continue;
            var root = XDocument.Parse(ZipEdits.Text(rendered, entry)).Root!;
            foreach (var e in root.Elements())
            {
                var name = (string?)e.Attribute("name") ?? e.Name.LocalName;
                sb.Append('\n').Append(file).Append(' ').Append(name).Append(": ").Append(e.Value.Replace("\n", "\\n", StringComparison.Ordinal));
            }
        }
        return sb.ToString();
    }
}
