using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Batch;

/// <summary>Makes a batch's <see cref="BatchIndex"/> from its plan and models, and writes it as index.json.</summary>
internal static class IndexWriter
{
    public static void Write(string path, string ledgerPath, BatchPlan plan, Campaigns.Campaign campaign, IReadOnlySet<string>? pdfs)
    {
        var index = Make(ledgerPath, plan, campaign, pdfs);
        using var stream = File.Create(path);
        BatchIndexJson.Write(stream, index);
    }

    public static BatchIndex Make(string ledgerPath, BatchPlan plan, Campaigns.Campaign campaign, IReadOnlySet<string>? pdfs)
    {
        var models = campaign.Models;
        string? Pdf(string docx) => pdfs?.Contains(docx) == true ? Path.ChangeExtension(docx, ".pdf") : null;
        var forms = plan.Documents.Where(d => d.Kind == DocumentKind.Form).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
        var notices = plan.Documents.Where(d => d.Kind == DocumentKind.Notice).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
        var units = models.Ledger.Units.Select(u => new IndexedUnit(u.Id, u.Name, u.Kind, forms[u.Id].Path,
            notices.TryGetValue(u.Id, out var n) ? new IndexedNotice(n.Path, n.Number!, models.NoticeDeadline, [.. models.NoticeItems(u).Select(i => i.Id)]) : null,
            [.. models.OutcomesOf(u.Id).Select(o => new IndexedOutcome(o.RuleId, o.Kind, o.Category, o.ReasonText, o.Action,
                [.. o.Items.Select(i => new IndexedItem(i.Id, i.Text))]))], u.Parent)).ToList();
        var files = plan.Documents.Select(d => new IndexedFile(d.Path, Pdf(d.Path), d.Kind, d.Template, d.Unit?.Id, d.Unit?.Name, d.Number)).ToList();
        var c = models.Ledger.Campaign;
        return new BatchIndex(Path.GetFileName(Path.TrimEndingDirectorySeparator(ledgerPath)), new IndexedCampaign(c.Office, c.Year, c.AsOf, c.CampaignId, campaign.Round),
            new IndexSummary(models.Ledger.Units.Count, models.Ledger.Items.Count, plan.Forms, plan.Notices, DocumentCatalogue.Briefing.PathFor(null), pdfs is not null),
            files, units);
    }
}
