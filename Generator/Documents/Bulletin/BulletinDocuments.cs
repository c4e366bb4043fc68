using System.Text;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Bulletin;

/// <summary>Writes the 公示 (<see cref="DocumentCatalogue.Bulletin"/>) as 公示.docx and 公示.html, from one model, both or nothing.</summary>
public static class BulletinDocuments
{
    /// <summary>The document's file name.</summary>
    public const string DocxName = "公示.docx";

    /// <summary>The page's file name.</summary>
    public const string HtmlName = "公示.html";

    /// <summary>Renders the bulletin of <paramref name="campaign"/> dated <paramref name="date"/> into <paramref name="output"/>.</summary>
    public static WrittenDocuments Write(Campaigns.Campaign campaign, DateOnly date, string output, string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var type = DocumentCatalogue.Bulletin;
        var model = campaign.Models.Bulletin(date);
        return DocumentSetWriter.Write(output, "the 公示", [type.Template], templates, () =>
        [
            DocumentJob.Rendered(DocxName, "", type.Template, () => model),
            DocumentJob.Bytes(HtmlName, () => new UTF8Encoding(false).GetBytes(BulletinPage.Html(model))),
        ], cancellationToken);
    }
}
