using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OfficeTools.Packages;

namespace OfficeTools.Documents.Check;

/// <summary>
/// Checks any 公文 (.docx) against GB/T 9704-2012: page, grid, the 版头, the 主体's fonts and sizes, the forms of
/// 发文字号 and 成文日期, the 版记 and the page numbers. Read only: the input is never changed.
/// </summary>
public static class GongwenChecker
{
    /// <summary>
    /// Every finding for the document in <paramref name="input"/>, in document order by check; empty when it
    /// conforms. <paramref name="name"/> is the file's name (used to tell a legacy .doc apart). A file that is not a
    /// readable, safe .docx gives one <see cref="CheckRules.Unreadable"/> finding.
    /// </summary>
    public static IReadOnlyList<Finding> Check(Stream input, string name, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.ToArray();
        // The same archive inspection as every other door (bombs, part names, DTDs, macros) before any XML is read.
        var package = PackageInspector.Open(bytes, limits ?? PackageLimits.Default);
        if (package.Problem is { } problem) return [PackageRefusal.Finding(problem, name)];
        if (PackageShape.Dangling(package) is { } missing) return [missing];
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            if (document.MainDocumentPart is not { Document.Body: { } body } main)
                return [Unreadable("不是 Word 文档：包中没有正文部分（word/document.xml）")];
            var styles = new StyleChain(main);
            var context = new CheckContext(main, styles, DocumentMap.Read(body, styles, CheckContext.BodyPart, "正文", new ListLabels(main, styles)),
                DocumentMap.ReadTextBoxes(body, styles, CheckContext.BodyPart, "正文文本框"));
            if (context.Anatomy.Unrecognised && context.Blocks.FirstOrDefault(b => !b.Empty) is { } first)
                context.Add(CheckRules.NotRecognised, first.Place, "未识别出发文机关标志、发文字号和版记，只检查页面设置和页码");
            PageChecks.Run(context);
            MastheadChecks.Run(context);
            BodyChecks.Run(context);
            ClosingChecks.Run(context);
            ColophonChecks.Run(context);
            PageNumberChecks.Run(context);
            return context.Findings;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException)
        {
            // The SDK's message is English and technical; the clerk gets what to do.
            return [Unreadable("不是可读的 Word 文档（.docx）：文件结构已损坏或不是 Word 正文，请在 Word 中打开后另存为 .docx 再检查")];
        }
    }

    /// <summary>The finding for a file that cannot be checked at all.</summary>
    public static Finding Unreadable(string message, string? part = null) =>
        CheckRules.Unreadable.At(new FindingPlace(part, part ?? "文件"), message);
}
