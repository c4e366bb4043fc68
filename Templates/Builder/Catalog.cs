using OfficeTools.Documents.Catalogue;
using OfficeTools.TemplateBuilder.Documents;
using OfficeTools.TemplateBuilder.Parts;

namespace OfficeTools.TemplateBuilder;

/// <summary>The shipped templates: file name and how to build each package.</summary>
public static class Catalog
{
    /// <summary>File names in build order: every template of the <see cref="DocumentCatalogue"/>.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. DocumentCatalogue.All.Select(t => t.Template)];

    /// <summary>Builds the package of one template file (validated; identical bytes on every call).</summary>
    public static byte[] Build(string file) => DocxPackage.Build(DocumentCatalogue.ByTemplate(file)?.Kind switch
    {
        DocumentKind.Notice => NoticeTemplate.Xml(),
        DocumentKind.Briefing => BriefingTemplate.Xml(),
        DocumentKind.Reminder => ReminderTemplate.Xml(),
        DocumentKind.SampleList => SampleListTemplate.Xml(),
        DocumentKind.SampleRecord => SampleRecordTemplate.Xml(),
        DocumentKind.Bulletin => BulletinTemplate.Xml(),
        DocumentKind.Form => FormTemplate.Xml(FormVariant.All.Single(v => v.FileName == file)),
        _ => throw new ArgumentException("no template named " + file, nameof(file)),
    });
}
