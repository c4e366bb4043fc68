namespace OfficeTools.Documents.Campaigns;

/// <summary>Merges what the trail knows into a ledger: each item's stage, last report, verdict and closure; the next notice serial.</summary>
internal static class LedgerState
{
    public static Ledger.Ledger Apply(Ledger.Ledger ledger, CampaignHistory history, DateOnly? noticeDate)
    {
        var c = ledger.Campaign;
        var campaign = c with
        {
            // numbers go on from the notices already issued: a round-2 notice never repeats a round-1 number
            NoticeSerial = c.NoticeSerial + history.Notices.Count,
            NoticeDate = noticeDate ?? c.NoticeDate,
            AsOf = noticeDate is { } d && d > c.AsOf ? d : c.AsOf,
        };
        if (history.Items.Count == 0 && !history.Proposals.Any(p => p.Included == true) && campaign == c) return ledger;
        return ledger with { Campaign = campaign, Items = Items(ledger, history) };
    }

    /// <summary>
    /// The ledger's items with the trail's state merged in (an item of another unit under the same id is left alone), then the
    /// confirmed new problems the ledger does not hold yet, as items of their units.
    /// </summary>
    public static List<Ledger.LedgerItem> Items(Ledger.Ledger ledger, CampaignHistory history)
    {
        var items = ledger.Items.Select(i => history.Of(i.Id) is { } r && r.Unit == i.Unit ? Merge(i, r) : i).ToList();
        var ids = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in history.Proposals)
        {
            if (p.Included != true || !ids.Add(p.Id) || ledger.FindUnit(p.Unit) is not { } unit) continue;
            var item = new Ledger.LedgerItem
            {
                Id = p.Id, Unit = p.Unit, Focus = Ledger.FocusCatalog.NewProblemFocus(unit.Kind), Problem = p.Problem, Owner = unit.Head, Due = p.Due,
                Status = Ledger.Statuses.Progress[2], NewlyFound = true,
            };
            items.Add(history.Of(p.Id) is { } r && r.Unit == p.Unit ? Merge(item, r) : item);
        }
        return items;
    }

    static Ledger.LedgerItem Merge(Ledger.LedgerItem i, ItemRecord r) => i with
    {
        Stage = r.Stage,
        Status = StatusOf(r.Stage),
        Satisfaction = r.Satisfaction.Length > 0 ? r.Satisfaction : i.Satisfaction,
        Verdict = r.Verdict,
        Reason = r.Reason,
        ClosedAt = r.Closure?.At.ToLocalTime().DateTime,
        ClosedBy = r.Closure?.Actor ?? "",
    };

    // the ledger's progress word a stage stands for: sent back means not done yet
    static string StatusOf(ItemStage stage) => stage switch
    {
        ItemStage.Reported or ItemStage.Passed or ItemStage.Closed => Ledger.Statuses.Progress[0],
        ItemStage.InProgress or ItemStage.Returned => Ledger.Statuses.Progress[1],
        _ => Ledger.Statuses.Progress[2],
    };
}
