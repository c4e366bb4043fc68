using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>The ledger's units the caller may see: all for office staff, their own for a unit's user.</summary>
public static class UnitsApi
{
    /// <summary>A unit as the pane lists it.</summary>
    public sealed record UnitInfo(string Id, string Name, string Kind, string? Parent, int Items);

    /// <summary>A ledger item as the portal lists it (read-only: changes go through the filled form).</summary>
    public sealed record ItemInfo(string Id, string Problem, string Measure, string Owner, DateOnly Due, string Status, string Satisfaction);

    /// <summary>Maps <c>GET /api/units</c>, <c>GET /api/units/{id}</c> and <c>GET /api/units/{id}/items</c>.</summary>
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder group)
    {
        var g = group.MapGroup("/units");
        g.MapGet("/", Ok<UnitInfo[]> (LedgerSource ledger, Caller caller) =>
        {
            var l = ledger.Current.Ledger;
            return TypedResults.Ok(l.Units.Where(u => caller.CanAccess(u.Id)).Select(u => Info(l, u)).ToArray());
        });
        g.MapGet("/{id}", Results<Ok<UnitInfo>, ProblemHttpResult> (string id, LedgerSource ledger, Caller caller) =>
        {
            if (!caller.CanAccess(id)) return Problems.NotYourUnit(id);
            var l = ledger.Current.Ledger;
            return l.FindUnit(id) is { } u ? TypedResults.Ok(Info(l, u)) : Problems.NoUnit(id);
        });
        g.MapGet("/{id}/items", Results<Ok<ItemInfo[]>, ProblemHttpResult> (string id, LedgerSource ledger, Caller caller) =>
        {
            if (!caller.CanAccess(id)) return Problems.NotYourUnit(id);
            var l = ledger.Current.Ledger;
            if (l.FindUnit(id) is null) return Problems.NoUnit(id);
            return TypedResults.Ok(l.ItemsOf(id).Select(i => new ItemInfo(i.Id, i.Problem, i.Measure, i.Owner, i.Due, i.Status, i.Satisfaction)).ToArray());
        });
        return group;
    }

    static UnitInfo Info(Documents.Ledger.Ledger l, Documents.Ledger.Unit u) =>
        new(u.Id, u.Name, u.Kind, u.Parent, l.ItemsOf(u.Id).Count());
}
