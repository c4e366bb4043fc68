using OfficeTools.TemplateBuilder.Documents;
using OfficeTools.TemplateBuilder.Parts;

namespace OfficeTools.TemplateBuilder;

/// <summary>The shipped templates: file name and how to build each package.</summary>
public static class Catalog
{
    /// <summary>File names in build order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["notice.docx", "briefing.docx", .. FormVariant.All.Select(v => v.FileName)];

    /// <summary>Builds the package of one template file (validated; identical bytes on every call).</summary>
    public static byte[] Build(string file) => DocxPackage.Build(file switch
    {
        "notice.docx" => NoticeTemplate.Xml(),
        "briefing.docx" => BriefingTemplate.Xml(),
        _ => FormTemplate.Xml(FormVariant.All.SingleOrDefault(v => v.FileName == file)
            ?? throw new ArgumentException("no template named " + file, nameof(file))),
    });
}
