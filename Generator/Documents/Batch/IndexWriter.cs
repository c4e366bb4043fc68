using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Batch;

/// <summary>Writes a batch's <see cref="BatchIndex"/> as index.json from its plan and models, streamed: each entry made as it is written.</summary>
internal static class IndexWriter
{
    public static void Write(string path, string ledgerPath, BatchPlan plan, Campaigns.Campaign campaign, IReadOnlySet<string>? pdfs)
    {
        var parts = new Parts(ledgerPath, plan, campaign, pdfs);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        BatchIndexJson.Write(stream, parts.Ledger, parts.Campaign, parts.Summary, parts.Files(), parts.Units());
    }

    sealed class Parts(string ledgerPath, BatchPlan plan, Campaigns.Campaign campaign, IReadOnlySet<string>? pdfs)
    {
        readonly ModelBuilder _models = campaign.Models;

        public string Ledger => Path.GetFileName(Path.TrimEndingDirectorySeparator(ledgerPath));

        public IndexedCampaign Campaign
        {
            get
            {
                var c = _models.Ledger.Campaign;
                return new IndexedCampaign(c.Office, c.Year, c.AsOf, c.CampaignId, campaign.Round);
            }
        }

        public IndexSummary Summary => new(_models.Ledger.Units.Count, _models.Ledger.Items.Count, plan.Forms, plan.Notices,
            DocumentCatalogue.Briefing.PathFor(null), pdfs is not null);

        public IEnumerable<IndexedFile> Files() =>
            plan.Documents.Select(d => new IndexedFile(d.Path, Pdf(d.Path), d.Kind, d.Template, d.Unit?.Id, d.Unit?.Name, d.Number));

        public IEnumerable<IndexedUnit> Units()
        {
            var forms = plan.Documents.Where(d => d.Kind == DocumentKind.Form).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
            var notices = plan.Documents.Where(d => d.Kind == DocumentKind.Notice).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
            return _models.Ledger.Units.Select(u => new IndexedUnit(u.Id, u.Name, u.Kind, forms[u.Id].Path,
                notices.TryGetValue(u.Id, out var n) ? new IndexedNotice(n.Path, n.Number!, _models.NoticeDeadline, [.. _models.NoticeItems(u).Select(i => i.Id)]) : null,
                [.. _models.OutcomesOf(u.Id).Select(o => new IndexedOutcome(o.RuleId, o.Kind, o.Category, o.ReasonText, o.Action,
                    [.. o.Items.Select(i => new IndexedItem(i.Id, i.Text))]))], u.Parent));
        }

        string? Pdf(string docx) => pdfs?.Contains(docx) == true ? Path.ChangeExtension(docx, ".pdf") : null;
    }
}
