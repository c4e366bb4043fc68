using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Sampling;

/// <summary>Writes a draw's 抽查名单 (<see cref="DocumentCatalogue.SampleList"/>) and its 抽查记录表 (one a sampled unit, sealed), all or nothing.</summary>
public static class SampleDocuments
{
    /// <summary>
    /// Renders the 抽查名单 of <paramref name="draw"/> into <paramref name="output"/> and a sealed 抽查记录表 per sampled unit into
    /// its records/ folder, from the shipped templates or those in <paramref name="templates"/>. Nothing is written when anything fails.
    /// </summary>
    public static WrittenDocuments Write(Campaigns.Campaign campaign, SampleDraw draw, DateOnly date, int serial, string output,
        string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(draw);
        var list = DocumentCatalogue.SampleList;
        var record = DocumentCatalogue.SampleRecord;
        return DocumentSetWriter.Write(output, "the 抽查 documents", [list.Template, record.Template], templates, () =>
        [
            DocumentJob.Rendered(list.PathFor(null), "", list.Template, () => campaign.Models.SampleList(draw, date, serial)),
            .. draw.Units.Select(sampled => DocumentJob.Made(record.PathFor(sampled.Unit), sampled.Unit.DisplayName,
                (set, ct) => campaign.Models.RenderSampleRecord(set[record.Template], sampled, draw, date, ct))),
        ], cancellationToken);
    }
}
