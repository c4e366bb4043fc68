using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>The steps of 办理/反馈: a unit's form or return slip came back with its answers per item.</summary>
public static class ReportSteps
{
    /// <summary>One item's answer as a returned document gives it: the progress word and the 群众评价 (either may be empty).</summary>
    public sealed record Answer(string Item, string Progress, string Satisfaction);

    /// <summary>
    /// What a returned document records: that it came back (<paramref name="action"/>: <see cref="TrailAction.FormReceived"/> or
    /// <see cref="TrailAction.SlipReceived"/>), and each item's report where the answer is a word of the ledger's lists and
    /// the item is the unit's and not closed. <paramref name="contentHash"/> keys the steps: the same file read again adds none.
    /// </summary>
    public static IReadOnlyList<TrailEvent> Returned(CampaignHistory history, Ledger.Ledger ledger, string unitId, TrailAction action,
        string reference, string contentHash, IEnumerable<Answer> answers, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(ledger);
        var round = Math.Max(1, history.Round);
        var list = new List<TrailEvent>
        {
            new($"{(action == TrailAction.SlipReceived ? "slip" : "form")}:{unitId}:{contentHash}", at, actor, action, round)
            {
                Unit = unitId, Reference = reference,
            },
        };
        var mine = ledger.ItemsOf(unitId).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var a in answers)
        {
            if (!mine.TryGetValue(a.Item, out var item) || history.StageOf(item) == ItemStage.Closed) continue;
            var progress = a.Progress.Trim();
            var satisfaction = Statuses.Satisfaction.Contains(a.Satisfaction.Trim()) ? a.Satisfaction.Trim() : "";
            if (!Statuses.All.Contains(progress) && satisfaction.Length == 0) continue;
            // no progress word: only the 群众评价 is recorded (an empty value keeps the stage)
            list.Add(new TrailEvent($"report:{a.Item}:{contentHash}", at, actor, TrailAction.ItemReported, round)
            {
                Unit = unitId, Item = a.Item, Reference = reference,
                Value = Statuses.All.Contains(progress) ? ItemStages.OfProgress(progress).Text() : "", Detail = satisfaction,
            });
        }
        return list;
    }
}
