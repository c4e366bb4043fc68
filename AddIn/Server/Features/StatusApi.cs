using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Who has submitted, who is missing, who is overdue — every unit for office staff, one's own unit otherwise.</summary>
public static class StatusApi
{
    /// <summary>One unit's row: status is submitted / missing / overdue; check is ok / incomplete / invalid for a submission.</summary>
    public sealed record UnitStatusRow(string UnitId, string Name, string Kind, string Status, string? Check,
        DateTimeOffset? SubmittedAt, string? SubmittedBy, int Versions);

    /// <summary>Maps <c>GET /api/status</c>.</summary>
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder group)
    {
        group.MapGet("/status", async Task<Ok<UnitStatusRow[]>> (HttpContext http, LedgerSource source, StoreAccess stores,
            Caller caller, TimeProvider clock, CancellationToken ct) =>
        {
            var ledger = source.Current.Ledger;
            await using var lease = await stores.ForAsync(http);
            var records = (await lease.Store.ListSubmissionsAsync(ct)).GroupBy(r => r.UnitId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Version).ToList(), StringComparer.Ordinal);
            var late = DateOnly.FromDateTime(clock.GetLocalNow().Date) > ledger.Campaign.ReportDeadline;
            var rows = ledger.Units.Where(u => caller.CanAccess(u.Id)).Select(u =>
            {
                if (!records.TryGetValue(u.Id, out var list))
                    return new UnitStatusRow(u.Id, u.Name, u.Kind, late ? "overdue" : "missing", null, null, null, 0);
                // The submission that counts (Counting): a newer invalid or rejected one never displaces a valid one.
                var (counted, _) = Counting.Choose(list, r => StandingOf(r.Status));
                if (counted is null)
                    return new UnitStatusRow(u.Id, u.Name, u.Kind, late ? "overdue" : "missing", CheckWord(Rejected), null, null, list.Count);
                return new UnitStatusRow(u.Id, u.Name, u.Kind, "submitted", CheckWord(counted.Status), counted.SubmittedAt, counted.SubmittedBy, list.Count);
            });
            return TypedResults.Ok(rows.ToArray());
        });
        return group;
    }

    /// <summary>The stored status of a submission whose identity failed (none, edited, another campaign's).</summary>
    public const string Rejected = "Rejected";

    /// <summary>How a stored status stands for <see cref="Counting"/>.</summary>
    public static Standing StandingOf(string status) => status switch
    {
        Rejected => Standing.Rejected,
        "Invalid" => Standing.Invalid,
        _ => Standing.Valid,
    };

    /// <summary>The check word of a stored submission status.</summary>
    public static string CheckWord(string status) => status switch
    {
        StoreNames.Submitted => "ok",
        _ => status.ToLowerInvariant(),
    };
}
