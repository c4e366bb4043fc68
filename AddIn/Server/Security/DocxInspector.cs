using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>
/// Checks an uploaded file before anything else reads it: a real .docx zip with a main document part, no macros,
/// no zip bomb (entry count, real expanded size and ratio), no path traversal in entry names.
/// </summary>
public sealed class DocxInspector(AddInOptions options)
{
    const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const string OfficeDocumentRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    static readonly XNamespace RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The first problem found, or null when the file is an acceptable .docx.</summary>
    public UploadProblem? Inspect(byte[] bytes)
    {
        if (bytes.Length == 0) return Bad("empty", "上传的文件是空的。");
        if (bytes.Length > options.MaxUploadBytes)
            return new(413, "too-large", $"文件太大：{bytes.Length / 1024} KB，上限 {options.MaxUploadBytes / 1024} KB。");
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
            return Bad("not-docx", "这不是 Word 文档（.docx）：文件不是 zip 格式。请在 Word 中另存为 .docx 后再提交。");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return InspectZip(zip, bytes.Length);
        }
        catch (InvalidDataException)
        {
            return Bad("not-docx", "这不是 Word 文档（.docx）：压缩包已损坏。");
        }
        catch (XmlException)
        {
            return Bad("not-docx", "这不是 Word 文档（.docx）：包内的 XML 已损坏。");
        }
    }

    UploadProblem? InspectZip(ZipArchive zip, long compressedSize)
    {
        if (zip.Entries.Count > options.MaxZipEntries)
            return Bad("zip-entries", $"文件包含 {zip.Entries.Count} 个部件，超过上限 {options.MaxZipEntries}，疑似压缩炸弹，已拒收。");
        foreach (var entry in zip.Entries)
            if (UnsafeName(entry.FullName))
                return Bad("path-traversal", $"文件中的部件名“{entry.FullName}”含有路径跳转或绝对路径，已拒收。");
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.Contains("vbaData", StringComparison.OrdinalIgnoreCase)))
            return Bad("macro", "文件包含宏（VBA），不接受带宏的文档。请另存为不含宏的 .docx 后再提交。");
        var expansion = CheckExpansion(zip, compressedSize);
        if (expansion != null) return expansion;
        var types = zip.GetEntry("[Content_Types].xml");
        if (types == null) return Bad("not-docx", "这不是 Word 文档（.docx）：缺少 [Content_Types].xml。");
        var typesXml = Load(types);
        var contentTypes = typesXml.Root?.Elements().Select(e => (string?)e.Attribute("ContentType") ?? "").ToList() ?? [];
        if (contentTypes.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            return Bad("macro", "文件是启用宏的文档（.docm），不接受带宏的文档。请另存为 .docx 后再提交。");
        var rels = zip.GetEntry("_rels/.rels");
        var main = rels == null ? null : Load(rels).Root?.Elements(RelsNs + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocumentRel)?.Attribute("Target")?.Value;
        if (main == null) return Bad("not-docx", "这不是 Word 文档（.docx）：找不到主文档部件。");
        var mainName = main.TrimStart('/');
        if (UnsafeName(mainName) || zip.GetEntry(mainName) == null)
            return Bad("not-docx", $"这不是 Word 文档（.docx）：主文档部件“{main}”不存在。");
        var overrideType = typesXml.Root!.Elements(ContentTypesNs + "Override")
            .FirstOrDefault(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), mainName, StringComparison.OrdinalIgnoreCase))
            ?.Attribute("ContentType")?.Value;
        if (overrideType != MainDocumentType)
            return Bad("not-docx", "这不是 Word 文档（.docx）：主文档部件的类型不对（可能是其他 Office 文件或启用宏的文档）。");
        return null;
    }

    UploadProblem? CheckExpansion(ZipArchive zip, long compressedSize)
    {
        // declared sizes can lie, so count what actually comes out, and stop as soon as a limit is crossed
        var limit = Math.Min(options.MaxExpandedBytes, (long)(Math.Max(compressedSize, 1) * options.MaxExpansionRatio));
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            int read;
            var first = true;
            while ((read = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                // a DTD can smuggle entity expansion or external references into whatever parses the part later
                if (first && IsXml(entry.FullName) && HasDtd(buffer.AsSpan(0, read)))
                    return Bad("dtd", $"文件中的 XML 部件“{entry.FullName}”含有 DTD 声明，Word 文档不会有这种内容，已拒收。");
                first = false;
                total += read;
                if (total > limit)
                    return Bad("zip-bomb", $"文件解压后超过 {limit / 1024} KB（压缩前 {compressedSize / 1024} KB），" +
                        $"膨胀比超过 {options.MaxExpansionRatio:0} 倍或总量超限，疑似压缩炸弹，已拒收。");
            }
        }
        return null;
    }

    static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    static bool HasDtd(ReadOnlySpan<byte> head) =>
        head.IndexOf("<!DOCTYPE"u8) >= 0 || head.IndexOf("<!ENTITY"u8) >= 0 || head.IndexOf("<\0!\0D\0O\0C\0T\0Y\0P\0E"u8) >= 0;

    static XDocument Load(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var reader = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.None);
    }

    static bool UnsafeName(string name) =>
        name.Length == 0 || name.StartsWith('/') || name.StartsWith('\\') || name.Contains('\\') || name.Contains(':')
        || name.Split('/').Any(seg => seg == ".." || seg == ".");

    static UploadProblem Bad(string rule, string message) => new(400, rule, message);
}
