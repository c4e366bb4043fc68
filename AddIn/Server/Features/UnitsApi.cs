using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>The ledger's units the caller may see: all for the county office, a level office's subtree, their own for a unit's user; items as the trail leaves them.</summary>
public static class UnitsApi
{
    /// <summary>A unit as the pane lists it.</summary>
    public sealed record UnitInfo(string Id, string Name, string Kind, string? Parent, int Items);

    /// <summary>A ledger item as the portal lists it (read-only: changes go through the filled form); stage in Chinese (ItemStages).</summary>
    public sealed record ItemInfo(string Id, string Problem, string Measure, string Owner, DateOnly Due, string Status, string Satisfaction, string Stage);

    /// <summary>Maps <c>GET /api/units</c>, <c>GET /api/units/{id}</c> and <c>GET /api/units/{id}/items</c>.</summary>
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder group)
    {
        var g = group.MapGroup("/units");
        g.MapGet("/", async Task<Ok<UnitInfo[]>> (HttpContext http, LedgerSource ledger, StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            var l = (await ledger.CampaignAsync(stores, http, ct)).Ledger;
            return TypedResults.Ok(l.Units.Where(u => caller.CanAccess(l, u.Id)).Select(u => Info(l, u)).ToArray());
        });
        g.MapGet("/{id}", async Task<Results<Ok<UnitInfo>, ProblemHttpResult>> (string id, HttpContext http, LedgerSource ledger,
            StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            if (!caller.CanAccess(ledger.Current.Ledger, id)) return Problems.NotYours(caller, id);
            var l = (await ledger.CampaignAsync(stores, http, ct)).Ledger;
            return l.FindUnit(id) is { } u ? TypedResults.Ok(Info(l, u)) : Problems.NoUnit(id);
        });
        g.MapGet("/{id}/items", async Task<Results<Ok<ItemInfo[]>, ProblemHttpResult>> (string id, HttpContext http, LedgerSource ledger,
            StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            if (!caller.CanAccess(ledger.Current.Ledger, id)) return Problems.NotYours(caller, id);
            var campaign = (await ledger.CampaignAsync(stores, http, ct)).Campaign!;
            var l = campaign.Ledger;
            if (l.FindUnit(id) is null) return Problems.NoUnit(id);
            return TypedResults.Ok(l.ItemsOf(id).Select(i => new ItemInfo(i.Id, i.Problem, i.Measure, i.Owner, i.Due, i.Status, i.Satisfaction,
                campaign.History.StageOf(i).Text())).ToArray());
        });
        return group;
    }

    static UnitInfo Info(Documents.Ledger.Ledger l, Documents.Ledger.Unit u) =>
        new(u.Id, u.Name, u.Kind, u.Parent, l.ItemsOf(u.Id).Count());
}
