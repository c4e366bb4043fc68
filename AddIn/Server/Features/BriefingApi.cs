using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Submissions;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Models;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>The meeting briefing (会议通报), generated from the ledger with the collected forms merged in. The county office only.</summary>
public static class BriefingApi
{
    /// <summary>The briefing document (base64 .docx), how many units it counts as submitted, and the items closed and sent back.</summary>
    public sealed record BriefingResponse(string FileName, string Document, int Submitted, int Missing, int Merged)
    {
        /// <summary>Items the briefing counts as 已销号.</summary>
        public int Closed { get; init; }
        /// <summary>Items it counts as 退回重办.</summary>
        public int Rework { get; init; }
    }

    /// <summary>Maps <c>POST /api/briefing</c>.</summary>
    public static RouteGroupBuilder MapBriefingApi(this RouteGroupBuilder group)
    {
        group.MapPost("/briefing", async Task<Results<Ok<BriefingResponse>, ProblemHttpResult>> (HttpContext http, LedgerSource source,
            StoreAccess stores, TemplateLibrary library, Caller caller, TimeProvider clock, CancellationToken ct) =>
        {
            if (!caller.IsOffice) return Problems.OfficeOnly();
            // the briefing counts every unit: a level office would see its siblings' figures
            if (!caller.IsCountyOffice) return Problems.CountyOnly();
            await using var lease = await stores.ForAsync(http);
            // the campaign as its trail leaves it: verdicts and closures count (已销号) as in `officetools batch --to`
            var ledger = await source.CampaignAsync(lease.Store, ct);
            // Every version goes to the collector, as in `officetools collect`: which one counts is SubmissionService's rule.
            var all = await lease.Store.ListSubmissionsAsync(ct);
            var forms = new List<ReturnedForm>();
            foreach (var r in all)
            {
                var bytes = await lease.Store.DownloadAsync(r, ct);
                forms.Add(new ReturnedForm($"{r.UnitId}-v{r.Version}.docx", r.SubmittedAt, r.SubmittedBy, () => bytes)
                    { Version = r.Version, Unit = r.UnitId });
            }
            var models = ledger.Models;
            var merged = 0;
            int submitted;
            var campaign = ledger.Campaign!;
            // a fresh view over the file's ledger each time: merging writes into the view, never into the loaded ledger
            var view = LedgerView.Over(campaign.Source, ledger.Path);
            // a return slip is checked against the notices the trail issued, as `officetools collect` checks it
            var report = Collector.Collect(forms, view, clock.GetUtcNow(), cancellationToken: ct, history: campaign.History);
            merged = report.MergedFields;
            submitted = report.Units.Count(u => u.Status is SubmissionStatus.Submitted or SubmissionStatus.Incomplete);
            // the merged answers go through the same campaign core, with the same rules and trail, as the ledger did
            if (merged > 0 && Campaign.From(view.Ledger, campaign.Rules, campaign.History).Campaign is { } rebuilt) models = rebuilt.Models;
            var model = DocumentCatalogue.Briefing.ModelOf(models);
            var rendered = Render.Docx(library, DocumentCatalogue.Briefing.Template, model, ct);
            if (rendered.Problem != null) return rendered.Problem;
            var stats = model["stats"] as IReadOnlyDictionary<string, object?>;
            return TypedResults.Ok(new BriefingResponse("会议通报.docx", Convert.ToBase64String(rendered.Bytes!), submitted,
                ledger.Ledger.Units.Count - submitted, merged)
            {
                Closed = stats?.GetValueOrDefault("closed") is long closed ? (int)closed : 0,
                Rework = stats?.GetValueOrDefault("rework") is long rework ? (int)rework : 0,
            });
        });
        return group;
    }
}
