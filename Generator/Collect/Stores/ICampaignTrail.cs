using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// Where a campaign's audit trail lives: the local store's SQLite database, or a SharePoint list. Append-only: entries
/// are never changed or removed, and an entry whose <see cref="TrailEvent.Key"/> is already there is not added again,
/// so a command run twice records its steps once. The state of every item is the replay of this trail
/// (<see cref="CampaignHistory.Replay"/>).
/// </summary>
public interface ICampaignTrail
{
    /// <summary>Appends the entries whose keys are new, in order, all or none; returns how many were added.</summary>
    Task<int> AppendAsync(IReadOnlyList<TrailEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Every entry, in the order appended.</summary>
    Task<IReadOnlyList<TrailEvent>> ReadTrailAsync(CancellationToken cancellationToken = default);
}
