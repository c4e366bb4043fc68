using System.Xml;
using System.Xml.Linq;
using OfficeTools.AddIn.Server.Hosting;
using OfficeTools.Packages;

namespace OfficeTools.AddIn.Server.Security;

/// <summary>
/// Checks an uploaded file before anything else reads it: the shared <see cref="PackageInspector"/> (entry count,
/// real inflated sizes and ratio, part names, DTDs, macros), then what makes it a .docx (a main document part).
/// </summary>
public sealed class DocxInspector(AddInOptions options)
{
    const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const string OfficeDocumentRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    static readonly XNamespace RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The package limits of an upload, named by the configuration keys that raise them.</summary>
    public PackageLimits Limits { get; } = new()
    {
        MaxEntries = options.MaxZipEntries,
        MaxPartBytes = options.MaxExpandedBytes,
        MaxTotalBytes = options.MaxExpandedBytes,
        MaxExpansionRatio = options.MaxExpansionRatio,
        EntriesSetting = $"{AddInOptions.Section}:{nameof(AddInOptions.MaxZipEntries)}",
        PartSetting = $"{AddInOptions.Section}:{nameof(AddInOptions.MaxExpandedBytes)}",
        TotalSetting = $"{AddInOptions.Section}:{nameof(AddInOptions.MaxExpandedBytes)}",
        RatioSetting = $"{AddInOptions.Section}:{nameof(AddInOptions.MaxExpansionRatio)}",
    };

    /// <summary>The first problem found, or null when the file is an acceptable .docx.</summary>
    public UploadProblem? Inspect(byte[] bytes)
    {
        if (bytes.Length == 0) return Bad("empty", "上传的文件是空的。");
        if (bytes.Length > options.MaxUploadBytes)
            return new(413, "too-large", $"文件太大：{bytes.Length / 1024} KB，上限 {options.MaxUploadBytes / 1024} KB。");
        var contents = PackageInspector.Open(bytes, Limits);
        if (contents.Problem is { } problem) return Refusal(problem, bytes.Length);
        try
        {
            return InspectDocx(contents);
        }
        catch (XmlException)
        {
            return Bad("not-docx", "这不是 Word 文档（.docx）：包内的 XML 已损坏。");
        }
    }

    UploadProblem Refusal(Diagnostic p, long size) => p.Id switch
    {
        PackageProblemIds.NotZip => Bad("not-docx", "这不是 Word 文档（.docx）：文件不是文档应有的压缩包格式。请在 WPS、LibreOffice 或 Word 中另存为 .docx 后再提交。"),
        PackageProblemIds.TooManyParts => Bad("zip-entries",
            $"文件包含的部件超过上限 {options.MaxZipEntries} 个，疑似压缩炸弹，已拒收（上限由配置项 {Limits.EntriesSetting} 设定）。"),
        PackageProblemIds.PartTooLarge or PackageProblemIds.TotalTooLarge => Bad("zip-bomb",
            $"文件中的部件“{p.Part}”解压后使总量超过 {options.MaxExpandedBytes / 1024} KB，疑似压缩炸弹，已拒收（上限由配置项 {Limits.TotalSetting} 设定）。"),
        PackageProblemIds.Ratio => Bad("zip-bomb",
            $"文件解压后超过压缩前（{Math.Max(size / 1024, 1)} KB）的 {options.MaxExpansionRatio:0} 倍，疑似压缩炸弹，已拒收（上限由配置项 {Limits.RatioSetting} 设定）。"),
        PackageProblemIds.UnsafeName => Bad("path-traversal", $"文件中的部件名“{p.Part}”含有路径跳转、绝对路径或控制字符，已拒收。"),
        PackageProblemIds.DuplicateName => Bad("path-traversal", $"文件中的部件名“{p.Part}”出现了两次，无法确定哪一个有效，已拒收。"),
        PackageProblemIds.Macro => Bad("macro", "文件包含宏（VBA）或是启用宏的文档（.docm），不接受带宏的文档。请另存为不含宏的 .docx 后再提交。"),
        PackageProblemIds.Dtd => Bad("dtd", $"文件中的 XML 部件“{p.Part}”含有 DTD 声明，Word 文档不会有这种内容，已拒收。"),
        _ => Bad("not-docx", "这不是 Word 文档（.docx）：压缩包已损坏。"),
    };

    static UploadProblem? InspectDocx(PackageContents zip)
    {
        var types = zip.Find("[Content_Types].xml");
        if (types == null) return Bad("not-docx", "这不是 Word 文档（.docx）：缺少 [Content_Types].xml。");
        var typesXml = Load(types);
        var rels = zip.Find("_rels/.rels");
        var main = rels == null ? null : Load(rels).Root?.Elements(RelsNs + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocumentRel)?.Attribute("Target")?.Value;
        if (main == null) return Bad("not-docx", "这不是 Word 文档（.docx）：找不到主文档部件。");
        var mainName = main.TrimStart('/');
        if (PackageInspector.UnsafeName(mainName) || zip.Find(mainName) == null)
            return Bad("not-docx", $"这不是 Word 文档（.docx）：主文档部件“{main}”不存在。");
        var overrideType = typesXml.Root!.Elements(ContentTypesNs + "Override")
            .FirstOrDefault(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), mainName, StringComparison.OrdinalIgnoreCase))
            ?.Attribute("ContentType")?.Value;
        if (overrideType != MainDocumentType)
            return Bad("not-docx", "这不是 Word 文档（.docx）：主文档部件的类型不对（可能是其他 Office 文件或启用宏的文档）。");
        return null;
    }

    static XDocument Load(PackageEntry entry)
    {
        using var reader = XmlReader.Create(new MemoryStream(entry.Bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.None);
    }

    static UploadProblem Bad(string rule, string message) => new(400, rule, message);
}
