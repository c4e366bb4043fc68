using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// The 督办 loop as the pane shows it, read from the campaign as its trail leaves it: each unit's stage on the ladder and its
/// trail (office staff, a level office for its subtree), a unit's open items with their notices' 限期 (the unit's own user, or office staff), and the office's
/// 复核 verdicts (<see cref="CampaignVerdicts"/>).
/// </summary>
public static class CampaignApi
{
    /// <summary>How many units or items stand at a stage (its Chinese name, <see cref="ItemStages"/>).</summary>
    public sealed record StageCount(string Stage, int Count);

    /// <summary>A unit's place on the ladder: where its least advanced open item stands (退回重办 first), and its items per stage.</summary>
    public sealed record UnitStage(string UnitId, string Name, string Kind, string? Stage, string? StageWord, int Items, int Open,
        int Awaiting, IReadOnlyList<StageCount> Counts);

    /// <summary>The ladder (stage names in order), how many units stand at each, and every unit's row.</summary>
    public sealed record StagesResponse(int Round, IReadOnlyList<string> Ladder, IReadOnlyList<StageCount> Units, IReadOnlyList<UnitStage> Rows);

    /// <summary>An open item of a unit: its stage, last 群众评价, a 退回原因, and the 限期 of the latest notice that lists it.</summary>
    public sealed record OpenItem(string Id, string Problem, string Measure, string Owner, DateOnly Due, string Stage, string StageWord,
        string Satisfaction, string Reason, int Returned, string? Notice, DateOnly? Deadline, bool AwaitsVerdict);

    /// <summary>A notice issued to the unit: its number, round, 限期 and items.</summary>
    public sealed record NoticeInfo(string Number, int Round, DateOnly Deadline, IReadOnlyList<string> Items);

    /// <summary>A unit's open items and the notices it was issued.</summary>
    public sealed record OpenResponse(string UnitId, string Name, IReadOnlyList<OpenItem> Items, IReadOnlyList<NoticeInfo> Notices);

    /// <summary>Maps the <c>/api/campaign</c> routes.</summary>
    public static RouteGroupBuilder MapCampaignApi(this RouteGroupBuilder group)
    {
        var g = group.MapGroup("/campaign");
        g.MapGet("/stages", async Task<Results<Ok<StagesResponse>, ProblemHttpResult>> (HttpContext http, LedgerSource source,
            StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            if (!caller.IsOffice) return Problems.OfficeOnly();
            var campaign = await CampaignOf(http, source, stores, ct);
            var rows = campaign.Ledger.Units.Where(u => caller.CanAccess(campaign.Ledger, u.Id)).Select(u => StageOf(campaign, u)).ToList();
            var units = ItemStages.All.Select(s => new StageCount(s.Text(), rows.Count(r => r.Stage == s.Text()))).ToList();
            return TypedResults.Ok(new StagesResponse(Math.Max(1, campaign.History.Round), [.. ItemStages.All.Select(s => s.Text())], units, rows));
        });
        g.MapGet("/units/{id}/history", async Task<Results<Ok<TrailRow[]>, ProblemHttpResult>> (string id, string? item, HttpContext http,
            LedgerSource source, StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            if (!caller.IsOffice) return Problems.OfficeOnly();
            if (!caller.CanAccess(source.Current.Ledger, id)) return Problems.NotYours(caller, id);
            var campaign = await CampaignOf(http, source, stores, ct);
            if (campaign.Ledger.FindUnit(id) is null) return Problems.NoUnit(id);
            var itemId = string.IsNullOrWhiteSpace(item) ? null : item.Trim();
            if (itemId != null && !campaign.Ledger.ItemsOf(id).Any(i => i.Id == itemId) && campaign.History.Proposal(itemId)?.Unit != id)
                return TypedResults.Problem($"单位 {id} 没有事项 {itemId}。", statusCode: 404, title: "事项不存在");
            return TypedResults.Ok(TrailView.Rows(campaign.History, campaign.Ledger, id, itemId).ToArray());
        });
        g.MapGet("/units/{id}/open", async Task<Results<Ok<OpenResponse>, ProblemHttpResult>> (string id, HttpContext http,
            LedgerSource source, StoreAccess stores, Caller caller, CancellationToken ct) =>
        {
            if (!caller.CanAccess(source.Current.Ledger, id)) return Problems.NotYours(caller, id);
            var campaign = await CampaignOf(http, source, stores, ct);
            if (campaign.Ledger.FindUnit(id) is not { } unit) return Problems.NoUnit(id);
            return TypedResults.Ok(Open(campaign, unit));
        });
        g.MapCampaignVerdicts();
        return group;
    }

    static async Task<Campaign> CampaignOf(HttpContext http, LedgerSource source, StoreAccess stores, CancellationToken ct) =>
        (await source.CampaignAsync(stores, http, ct)).Campaign!;

    // a unit stands where its least advanced open item stands; an item sent back (回炉) comes first, it needs doing again
    static UnitStage StageOf(Campaign campaign, Documents.Ledger.Unit u)
    {
        var stages = campaign.Ledger.ItemsOf(u.Id).Select(campaign.History.StageOf).ToList();
        var open = stages.Where(s => s.IsOpen()).ToList();
        ItemStage? stage = stages.Count == 0 ? null
            : open.Count == 0 ? ItemStage.Closed
            : open.Contains(ItemStage.Returned) ? ItemStage.Returned
            : open.Min();
        return new UnitStage(u.Id, u.Name, u.Kind, stage?.Text(), stage?.ToString(), stages.Count, open.Count,
            stages.Count(s => s == ItemStage.Reported), [.. ItemStages.All.Select(s => new StageCount(s.Text(), stages.Count(x => x == s)))]);
    }

    static OpenResponse Open(Campaign campaign, Documents.Ledger.Unit unit)
    {
        var notices = campaign.History.Notices.Where(n => n.Unit == unit.Id).ToList();
        var items = campaign.Ledger.ItemsOf(unit.Id).Select(i => (Item: i, Stage: campaign.History.StageOf(i))).Where(p => p.Stage.IsOpen())
            .Select(p =>
            {
                var notice = notices.LastOrDefault(n => n.Items.Contains(p.Item.Id, StringComparer.Ordinal));
                var record = campaign.History.Of(p.Item.Id);
                return new OpenItem(p.Item.Id, p.Item.Problem, p.Item.Measure, p.Item.Owner, p.Item.Due, p.Stage.Text(), p.Stage.ToString(),
                    p.Item.Satisfaction, p.Item.Reason, record?.Returned ?? 0, notice?.Number, notice?.Deadline,
                    p.Stage is ItemStage.Reported);
            });
        return new OpenResponse(unit.Id, unit.Name, [.. items],
            [.. notices.Select(n => new NoticeInfo(n.Number, n.Round, n.Deadline, n.Items))]);
    }
}
