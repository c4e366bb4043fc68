using OfficeTools.Packages;

namespace OfficeTools.Documents.Check;

/// <summary>A package the inspector refused, as a finding in the clerk's words.</summary>
internal static class PackageRefusal
{
    /// <summary>The finding for <paramref name="p"/> on the file <paramref name="name"/>.</summary>
    public static Finding Finding(Diagnostic p, string name)
    {
        var legacy = name.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".wps", StringComparison.OrdinalIgnoreCase);
        var message = p.Id switch
        {
            PackageProblemIds.NotZip when legacy => "这是旧版 Word 文档（.doc），请在 Word 中另存为 .docx 后再检查",
            PackageProblemIds.NotZip => "不是 Word 文档（.docx）：文件不是可读的 zip 包",
            PackageProblemIds.Corrupt => "文件已损坏，无法读取",
            PackageProblemIds.TooManyParts => "包中的部件过多，已拒绝（可用 --max-parts 放宽）",
            PackageProblemIds.PartTooLarge => "部件解压后过大（可能是压缩炸弹），已拒绝（可用 --max-part-mb 放宽）",
            PackageProblemIds.TotalTooLarge => "文件解压后总量过大（可能是压缩炸弹），已拒绝（可用 --max-total-mb 放宽）",
            PackageProblemIds.Ratio => "部件压缩比异常（可能是压缩炸弹），已拒绝",
            PackageProblemIds.UnsafeName => "包中有不安全的部件名（越出目录或绝对路径），已拒绝",
            PackageProblemIds.DuplicateName => "包中有重名的部件，已拒绝",
            PackageProblemIds.Macro => "文件含有宏，已拒绝；请另存为不含宏的 .docx",
            PackageProblemIds.Dtd => "部件中含有 DTD 声明，已拒绝",
            _ => "文件被拒绝，无法检查",
        };
        return GongwenChecker.Unreadable(message, p.Part.Length > 0 ? p.Part : null);
    }
}
