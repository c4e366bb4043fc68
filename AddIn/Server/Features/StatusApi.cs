using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Who has submitted, who is missing, who is overdue — every unit for the county office, a level office's subtree, one's own unit otherwise.</summary>
public static class StatusApi
{
    /// <summary>
    /// One unit's row: status is submitted / missing / overdue; check is ok / incomplete / invalid for the submission
    /// that counts (rejected when every one was rejected); label is the unit's status in Chinese, statusLabel and
    /// checkLabel the Chinese of status and check, so the pane shows the words of one vocabulary (SubmissionStatusText).
    /// </summary>
    public sealed record UnitStatusRow(string UnitId, string Name, string Kind, string Status, string? Check,
        DateTimeOffset? SubmittedAt, string? SubmittedBy, int Versions, string Label, string StatusLabel, string? CheckLabel);

    /// <summary>Maps <c>GET /api/status</c>.</summary>
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder group)
    {
        group.MapGet("/status", async Task<Ok<UnitStatusRow[]>> (HttpContext http, LedgerSource source, StoreAccess stores,
            Caller caller, TimeProvider clock, CancellationToken ct) =>
        {
            await using var lease = await stores.ForAsync(http);
            var loaded = await source.CampaignAsync(lease.Store, ct);
            var ledger = loaded.Ledger;
            var units = loaded.View?.Units.ToDictionary(u => u.Id, StringComparer.Ordinal) ?? [];
            // what was put straight into the store (not through the add-in or collect) is checked now, the caller's units only
            var mine = (await lease.Store.ListSubmissionsAsync(ct)).Where(r => caller.CanAccess(ledger, r.UnitId)).ToList();
            var records = (await ReturnCheck.SettleAsync(lease.Store, mine, IdentityCheck.For(ledger.Campaign), units.GetValueOrDefault,
                loaded.Campaign?.History, ct)).ToLookup(r => r.UnitId, StringComparer.Ordinal);
            var late = DateOnly.FromDateTime(clock.GetLocalNow().Date) > ledger.Campaign.ReportDeadline;
            var rows = ledger.Units.Where(u => caller.CanAccess(ledger, u.Id)).Select(u =>
            {
                // a notice's return slip is no form: it leaves the unit's form status alone
                var list = records[u.Id].Where(r => !StoredStatus.IsSlip(r.Status)).ToList();
                var decision = SubmissionService.Decide(list, r => new SubmissionFacts(StoredStatus.FromStored(r.Status), r.Version, r.SubmittedAt, r.Form), late);
                var label = decision.Status.DisplayName();
                if (decision.Counted is not { } counted)
                {
                    SubmissionStatus? check = list.Count > 0 ? SubmissionStatus.Rejected : null;
                    return new UnitStatusRow(u.Id, u.Name, u.Kind, decision.Status.Word(), check?.CheckWord(),
                        null, null, list.Count, label, decision.Status.DisplayName(), check?.CheckName());
                }
                return new UnitStatusRow(u.Id, u.Name, u.Kind, SubmissionStatus.Submitted.Word(), decision.Status.CheckWord(),
                    counted.SubmittedAt, counted.SubmittedBy, list.Count, label, SubmissionStatus.Submitted.DisplayName(), decision.Status.CheckName());
            });
            return TypedResults.Ok(rows.ToArray());
        });
        return group;
    }
}
