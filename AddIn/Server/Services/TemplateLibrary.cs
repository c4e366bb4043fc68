using System.Collections.Concurrent;
using OfficeTools.Documents.Models;
using OfficeTools.Engine;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>The shipped templates (embedded in OfficeTools.Documents), each compiled once on first use.</summary>
public sealed class TemplateLibrary
{
    /// <summary>The template files, in the order the pane lists them.</summary>
    public static readonly IReadOnlyList<(string File, string Title)> Files =
    [
        ("form-leadership.docx", "自查报告表（领导班子）"),
        ("form-grassroots.docx", "自查报告表（基层党组织）"),
        ("form-member.docx", "自查报告表（党员干部）"),
        ("notice.docx", "督办通知单"),
        ("briefing.docx", "会议通报"),
    ];

    readonly ConcurrentDictionary<string, Lazy<DocxTemplate>> compiled = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="file"/> is one of the shipped templates.</summary>
    public static bool Exists(string file) => Files.Any(f => f.File == file);

    /// <summary>The compiled template; its diagnostics say whether it can render.</summary>
    public DocxTemplate Get(string file) => compiled.GetOrAdd(file, f => new Lazy<DocxTemplate>(() =>
    {
        using var stream = typeof(ModelBuilder).Assembly.GetManifestResourceStream("Templates/" + f)
            ?? throw new InvalidOperationException($"{f}: template is not built into OfficeTools.Documents.");
        return DocxTemplate.Compile(stream, f, TemplateOptions.Default);
    })).Value;
}
