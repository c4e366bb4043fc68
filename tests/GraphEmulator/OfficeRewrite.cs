using System.IO.Compression;
using System.Text;

namespace OfficeTools.GraphEmulator;

/// <summary>
/// What SharePoint does to an Office file it stores: it promotes library metadata into the package, so the stored
/// bytes, size and hashes differ from the upload while the document reads the same. Emulated by re-packing every
/// part at another compression level and adding a metadata part, as the property promotion does.
/// </summary>
public static class OfficeRewrite
{
    /// <summary>The stored bytes for an upload to <paramref name="path"/>; non-Office or unreadable files stay as sent.</summary>
    public static byte[] Apply(string path, byte[] content)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".docx" or ".xlsx" or ".pptx")) return content;
        try
        {
            using var input = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    var copy = zip.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
                    using var from = entry.Open();
                    using var to = copy.Open();
                    from.CopyTo(to);
                }
                var meta = zip.CreateEntry("customXml/spmetadata.xml", CompressionLevel.SmallestSize);
                using var w = meta.Open();
                w.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><p:properties xmlns:p=\"http://schemas.microsoft.com/office/2006/metadata/properties\"><stored>{DateTimeOffset.UtcNow:o}</stored></p:properties>"));
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return content;
        }
    }
}
