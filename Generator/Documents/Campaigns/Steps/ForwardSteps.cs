using System.Globalization;
using OfficeTools.Documents.Campaigns.Forwarding;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>
/// 逐级上报: a lower level forwards its subtree's merged result (<see cref="Forward"/>), and the level above takes it into its trail
/// (<see cref="Imported"/>) without losing or doubling an entry; a newer forward of the same subtree replaces the older one.
/// </summary>
public static class ForwardSteps
{
    /// <summary>The kinds of problem <see cref="Imported"/> finds (<see cref="Diagnostic.Id"/>).</summary>
    public const string OtherCampaign = "forward-campaign", OtherSubtree = "forward-subtree", Overlap = "forward-overlap",
        Older = "forward-older", Outside = "forward-outside";

    /// <summary>
    /// What the subtree <paramref name="campaign"/> is cut to (<see cref="Campaign.Under"/>) forwards at <paramref name="at"/>: every entry
    /// of its trail about one of its units (its own imports from below left out: the level above takes the subtree whole).
    /// </summary>
    public static ForwardFile Forward(Campaign campaign, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.Root is not { } root) throw new ArgumentException("a forward is of a subtree (--under)", nameof(campaign));
        var ledger = campaign.Ledger;
        return new ForwardFile(ledger.Campaign.CampaignId, root.Id, at,
            [.. campaign.History.Events.Where(e => e.Action != TrailAction.ForwardImported && e.Unit is { } u && ledger.FindUnit(u) is not null)]);
    }

    /// <summary>
    /// What importing <paramref name="forward"/> (read from <paramref name="file"/>) into the whole <paramref name="campaign"/> records: the
    /// entries its trail does not hold yet, and one <see cref="TrailAction.ForwardImported"/>; or every problem at once — another campaign,
    /// a root the ledger does not hold or other than <paramref name="expectedRoot"/>, an entry about a unit outside the subtree, a subtree
    /// overlapping another one imported, a forward older than (or holding fewer entries than) the one of this subtree imported before.
    /// The same forward again records nothing.
    /// </summary>
    public static StepResult Imported(Campaign campaign, ForwardFile forward, string file, string? expectedRoot, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(forward);
        var problems = new List<Diagnostic>();
        void Problem(string id, string where, string message) => problems.Add(new Diagnostic(file, where, message) { Id = id });
        var whole = campaign.Ledger.Whole ?? campaign.Ledger;
        var cid = whole.Campaign.CampaignId;
        var tree = UnitTree.Of(whole);
        if (forward.Campaign != cid) Problem(OtherCampaign, "campaign", $"forwarded in campaign '{forward.Campaign}', not this one ('{cid}')");
        if (whole.FindUnit(forward.Root) is null) Problem(OtherSubtree, "root", $"the forward is of unit '{forward.Root}', which this ledger does not hold");
        else if (expectedRoot is { } want && want.Trim() != forward.Root)
            Problem(OtherSubtree, "root", $"the forward is of the subtree under {forward.Root} {whole.FindUnit(forward.Root)!.Name}, not under {want.Trim()}");
        if (problems.Count > 0) return new StepResult([], problems);

        for (var n = 0; n < forward.Events.Count; n++)
        {
            var e = forward.Events[n];
            if (e.Unit is not { } u || !tree.IsUnder(u, forward.Root))
                Problem(Outside, $"entry {n + 1} ({e.Key})", e.Unit is null ? "an entry about no unit: a forward holds its subtree's units' entries only"
                    : $"unit '{e.Unit}' is not under {forward.Root}: a forward holds its own subtree only");
        }
        var imports = campaign.History.Events.Where(e => e.Action == TrailAction.ForwardImported && e.Unit is not null).ToList();
        foreach (var other in imports.Select(e => e.Unit!).Distinct(StringComparer.Ordinal).Where(r => r != forward.Root))
            if (tree.IsUnder(other, forward.Root) || tree.IsUnder(forward.Root, other))
                Problem(Overlap, "root", $"the subtree under {forward.Root} overlaps the one under {other} imported before; a subtree is forwarded by one level only");
        var before = imports.Where(e => e.Unit == forward.Root)
            .Select(e => (At: DateTimeOffset.TryParse(e.Reference, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : DateTimeOffset.MinValue,
                Count: int.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0))
            .OrderBy(x => x.At).LastOrDefault();
        if (before.At != default && forward.At < before.At)
            Problem(Older, "at", $"made {Stamp(forward.At)}, older than the forward of this subtree imported before (made {Stamp(before.At)})");
        else if (before.At != default && forward.At > before.At && forward.Events.Count < before.Count)
            Problem(Older, "entries", $"holds {forward.Events.Count} entries, fewer than the {before.Count} of the forward imported before: it cannot replace it");
        if (problems.Count > 0) return new StepResult([], problems);
        if (before.At == forward.At) return new StepResult([], []);

        var held = campaign.History.Events.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = forward.Events.Where(e => held.Add(e.Key)).ToList();
        var stamp = forward.At.ToString("O", CultureInfo.InvariantCulture);
        fresh.Add(new TrailEvent($"forward:{cid}:{forward.Root}:{stamp}", at, actor, TrailAction.ForwardImported, Math.Max(1, campaign.History.Round))
        {
            Unit = forward.Root, Reference = stamp, Value = forward.Events.Count.ToString(CultureInfo.InvariantCulture), Detail = Path.GetFileName(file),
        });
        return new StepResult(fresh, []);
    }

    static string Stamp(DateTimeOffset t) => t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
