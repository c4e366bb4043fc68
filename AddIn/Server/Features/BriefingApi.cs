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

/// <summary>
/// The meeting briefing (会议通报), generated from the ledger with the collected forms merged in: the county office's of the
/// whole campaign, or of a subtree it names (<c>?under=UNIT</c>); a level office's of its own subtree only, as
/// <c>officetools batch --under</c> makes it, never counting a sibling's units.
/// </summary>
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

    /// <summary>Maps <c>POST /api/briefing[?under=UNIT]</c>.</summary>
    public static RouteGroupBuilder MapBriefingApi(this RouteGroupBuilder group)
    {
        group.MapPost("/briefing", async Task<Results<Ok<BriefingResponse>, ProblemHttpResult>> (HttpContext http, LedgerSource source,
            StoreAccess stores, TemplateLibrary library, Caller caller, TimeProvider clock, string? under, CancellationToken ct) =>
        {
            if (!caller.IsOffice) return Problems.OfficeOnly();
            // a level office's briefing is of its own subtree: the whole campaign's would show its siblings' figures
            under = string.IsNullOrWhiteSpace(under) ? null : under.Trim();
            if (under is null && !caller.IsCountyOffice)
            {
                if (caller.Levels.Count != 1) return Problems.Bad("您管辖多个单位，请指明为哪个单位生成会议通报（under=" + string.Join("、", caller.Levels) + "）。");
                under = caller.Levels[0];
            }
            var current = source.Current.Ledger;
            if (under is not null && current.FindUnit(under) is null) return Problems.NoUnit(under);
            if (under is not null && !caller.CanAccess(current, under)) return Problems.NotYours(caller, under);
            await using var lease = await stores.ForAsync(http);
            // the campaign as its trail leaves it: verdicts and closures count (已销号) as in `officetools batch --to`
            var ledger = await source.CampaignAsync(lease.Store, ct);
            var reach = under is null ? null : ledger.Ledger.Subtree(under);
            // Every version goes to the collector, as in `officetools collect`: which one counts is SubmissionService's rule.
            var all = await lease.Store.ListSubmissionsAsync(ct);
            var forms = new List<ReturnedForm>();
            foreach (var r in all)
            {
                if (reach is not null && !reach.Contains(r.UnitId)) continue;
                var bytes = await lease.Store.DownloadAsync(r, ct);
                forms.Add(new ReturnedForm($"{r.UnitId}-v{r.Version}.docx", r.SubmittedAt, r.SubmittedBy, () => bytes)
                    { Version = r.Version, Unit = r.UnitId });
            }
            var merged = 0;
            int submitted;
            var campaign = ledger.Campaign!;
            // a fresh view over the file's ledger each time: merging writes into the view, never into the loaded ledger
            var view = LedgerView.Over(campaign.Source, ledger.Path);
            // a return slip is checked against the notices the trail issued, as `officetools collect` checks it
            var report = Collector.Collect(forms, view, clock.GetUtcNow(), cancellationToken: ct, history: campaign.History);
            merged = report.MergedFields;
            submitted = report.Units.Count(u => (reach is null || reach.Contains(u.Id)) && u.Status is SubmissionStatus.Submitted or SubmissionStatus.Incomplete);
            // the merged answers go through the same campaign core, with the same rules and trail, as the ledger did
            if (merged > 0 && Campaign.From(view.Ledger, campaign.Rules, campaign.History).Campaign is { } rebuilt) campaign = rebuilt;
            // cut as `batch --under` cuts it: the subtree's units, items and outcomes, each as the whole campaign has it
            if (under is not null)
            {
                var cut = campaign.Under(under, ledger.Path);
                if (cut.Campaign is null) return Problems.NoUnit(under);
                campaign = cut.Campaign;
            }
            var model = DocumentCatalogue.Briefing.ModelOf(campaign.Models);
            var rendered = Render.Docx(library, DocumentCatalogue.Briefing.Template, model, ct);
            if (rendered.Problem != null) return rendered.Problem;
            var stats = model["stats"] as IReadOnlyDictionary<string, object?>;
            return TypedResults.Ok(new BriefingResponse("会议通报.docx", Convert.ToBase64String(rendered.Bytes!), submitted,
                campaign.Ledger.Units.Count - submitted, merged)
            {
                Closed = stats?.GetValueOrDefault("closed") is long closed ? (int)closed : 0,
                Rework = stats?.GetValueOrDefault("rework") is long rework ? (int)rework : 0,
            });
        });
        return group;
    }
}
