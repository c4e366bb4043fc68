using System.Globalization;
using OfficeTools.Documents.Batch;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>The steps of 下发: a published batch opens its round and issues its notices.</summary>
public static class IssueSteps
{
    /// <summary>
    /// What publishing <paramref name="index"/> records: the round opened (with the ledger's content hash) and each notice
    /// issued with its 限期 and items. Keyed by campaign, round and number, so publishing again records nothing new.
    /// </summary>
    public static IReadOnlyList<TrailEvent> Published(BatchIndex index, string ledgerHash, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(index);
        var c = index.Campaign;
        var round = c.Round;
        var list = new List<TrailEvent>
        {
            new($"round:{c.Id}:{round}", at, actor, TrailAction.RoundOpened, round) { Reference = index.Ledger, Detail = ledgerHash },
        };
        foreach (var u in index.Units)
        {
            if (u.Notice is not { } n) continue;
            list.Add(new TrailEvent($"notice:{c.Id}:{round}:{n.Number}", at, actor, TrailAction.NoticeIssued, round)
            {
                Unit = u.Id, Reference = n.Number, Value = n.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Detail = string.Join(",", n.Items),
            });
        }
        return list;
    }
}
