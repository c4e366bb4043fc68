using System.Security;

namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>docProps/core.xml with tags, as a template author types them in Word's File › Properties: rendered with the document's data.</summary>
public sealed record CoreProperties(string Title, string Subject, string Creator = "{{ campaign.office }}", string Keywords = "")
{
    /// <summary>The part's XML (no dates: a rebuild is byte-identical).</summary>
    public string Xml() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
        "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{SecurityElement.Escape(Title)}</dc:title><dc:subject>{SecurityElement.Escape(Subject)}</dc:subject>" +
        $"<dc:creator>{SecurityElement.Escape(Creator)}</dc:creator>" +
        (Keywords.Length > 0 ? $"<cp:keywords>{SecurityElement.Escape(Keywords)}</cp:keywords>" : "") +
        "</cp:coreProperties>";
}
