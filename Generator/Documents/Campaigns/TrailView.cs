namespace OfficeTools.Documents.Campaigns;

/// <summary>One step of the trail as the clerk reads it: local time, round, what was done, to which unit and item, by whom.</summary>
public sealed record TrailRow(DateTime At, int Round, string Action, string UnitId, string UnitName, string ItemId, string Problem,
    string Actor, string Reference, string Value, string Detail);

/// <summary>The audit trail shown per campaign, per unit or per item, with the ledger's names (no store's codes).</summary>
public static class TrailView
{
    /// <summary>The column headers of <see cref="TrailRow"/>, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["时间", "轮次", "操作", "单位编号", "单位", "事项编号", "存在问题", "操作人", "文件或编号", "内容", "说明"];

    /// <summary>
    /// The steps of <paramref name="history"/>, oldest first: all, or only those of <paramref name="unitId"/> (its own and its
    /// items') and/or of <paramref name="itemId"/>.
    /// </summary>
    public static IReadOnlyList<TrailRow> Rows(CampaignHistory history, Ledger.Ledger ledger, string? unitId = null, string? itemId = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(ledger);
        var problems = ledger.Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Problem, StringComparer.Ordinal);
        foreach (var p in history.Proposals) problems.TryAdd(p.Id, p.Problem);
        return [.. history.Events
            // a subtree's ledger (--under) shows the steps of its units only
            .Where(e => (unitId is null || e.Unit == unitId) && (itemId is null || e.Item == itemId) && (ledger.Root is null || e.Unit is { } x && ledger.FindUnit(x) is not null))
            .Select(e => new TrailRow(e.At.ToLocalTime().DateTime, e.Round, e.Action.Text(), e.Unit ?? "",
                e.Unit is { } u ? ledger.FindUnit(u)?.DisplayName ?? u : "", e.Item ?? "", e.Item is { } i ? problems.GetValueOrDefault(i, "") : "",
                e.Actor, e.Reference ?? "", e.Value ?? "", e.Detail ?? ""))];
    }

    /// <summary>The row's cells in the order of <see cref="Headers"/> (the time to the minute, the round as a number).</summary>
    public static IReadOnlyList<object?> Cells(TrailRow r) =>
        [r.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), (long)r.Round, r.Action, r.UnitId, r.UnitName, r.ItemId, r.Problem, r.Actor, r.Reference, r.Value, r.Detail];
}
