using System.Globalization;

namespace OfficeTools.Documents.Campaigns;

/// <summary>One item as the trail leaves it: its stage, last reported 群众评价, verdict and closure, and every step.</summary>
public sealed record ItemRecord(string Item, string Unit, ItemStage Stage)
{
    /// <summary>群众评价 as last reported (empty when never).</summary>
    public string Satisfaction { get; init; } = "";
    /// <summary>The last verdict since the last report, or null.</summary>
    public Verdict? Verdict { get; init; }
    /// <summary>The reason of a 退回重办.</summary>
    public string Reason { get; init; } = "";
    /// <summary>How many times the item was sent back (回炉).</summary>
    public int Returned { get; init; }
    /// <summary>When and by whom it was closed.</summary>
    public TrailEvent? Closure { get; init; }
    /// <summary>Every step recorded for the item, oldest first.</summary>
    public IReadOnlyList<TrailEvent> Steps { get; init; } = [];
}

/// <summary>A notice the trail says was issued: its round, unit, number, 限期 and items.</summary>
public sealed record NoticeRecord(int Round, string Unit, string Number, DateOnly Deadline, IReadOnlyList<string> Items, TrailEvent Issued);

/// <summary>
/// A new problem a unit reported, proposed as a ledger item (<see cref="TrailAction.ItemProposed"/>): its id, unit, problem and
/// due date, and the clerk's 确认 once given (<see cref="Included"/> null while undecided).
/// </summary>
public sealed record ProposalRecord(string Id, string Unit, string Problem, DateOnly Due, TrailEvent Proposed)
{
    /// <summary>True once confirmed into the ledger, false once left out, null while undecided.</summary>
    public bool? Included { get; init; }
    /// <summary>The confirmation step, or null.</summary>
    public TrailEvent? Decided { get; init; }
}

/// <summary>
/// The state of a campaign, replayed from its audit trail: the current round, the notices issued, and each item's stage.
/// Pure: the same events give the same history, whatever store they were read from.
/// </summary>
public sealed class CampaignHistory
{
    readonly Dictionary<string, ItemRecord> _items;

    CampaignHistory(IReadOnlyList<TrailEvent> events, Dictionary<string, ItemRecord> items, IReadOnlyList<NoticeRecord> notices,
        IReadOnlyList<ProposalRecord> proposals, int round)
    {
        Events = events;
        _items = items;
        Notices = notices;
        Proposals = proposals;
        Round = round;
    }

    /// <summary>A campaign nothing was recorded for yet (round 0).</summary>
    public static CampaignHistory Empty { get; } = Replay([]);

    /// <summary>The trail, oldest first.</summary>
    public IReadOnlyList<TrailEvent> Events { get; }

    /// <summary>The latest round opened (0: none yet).</summary>
    public int Round { get; }

    /// <summary>Every notice issued, in the order issued.</summary>
    public IReadOnlyList<NoticeRecord> Notices { get; }

    /// <summary>Every new problem proposed as a ledger item, in the order proposed.</summary>
    public IReadOnlyList<ProposalRecord> Proposals { get; }

    /// <summary>The proposal <paramref name="id"/>, or null.</summary>
    public ProposalRecord? Proposal(string id) => Proposals.FirstOrDefault(p => p.Id == id);

    /// <summary>Items the trail says something about.</summary>
    public IReadOnlyCollection<ItemRecord> Items => _items.Values;

    /// <summary>The record of an item, or null when the trail has nothing on it.</summary>
    public ItemRecord? Of(string itemId) => _items.GetValueOrDefault(itemId);

    /// <summary>The stage of a ledger item: the trail's, else what the ledger's progress word says.</summary>
    public ItemStage StageOf(Ledger.LedgerItem item) => Of(item.Id)?.Stage ?? ItemStages.OfProgress(item.Status);

    /// <summary>The steps recorded for a unit (its items' and its own), oldest first.</summary>
    public IEnumerable<TrailEvent> StepsOf(string unitId) => Events.Where(e => e.Unit == unitId);

    /// <summary>The notice issued to <paramref name="unitId"/> with <paramref name="number"/>, or null.</summary>
    public NoticeRecord? Notice(string unitId, string number) => Notices.FirstOrDefault(n => n.Unit == unitId && n.Number == number);

    /// <summary>Replays <paramref name="events"/> (in any order: they are sorted by time, then by order given).</summary>
    public static CampaignHistory Replay(IEnumerable<TrailEvent> events)
    {
        // the first entry of a key counts: a step recorded twice (two stores merged, a retried write) is one step
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = events.Where(e => seen.Add(e.Key)).Select((e, i) => (e, i)).OrderBy(p => p.e.At).ThenBy(p => p.i).Select(p => p.e).ToList();
        var items = new Dictionary<string, ItemRecord>(StringComparer.Ordinal);
        var steps = new Dictionary<string, List<TrailEvent>>(StringComparer.Ordinal);
        var notices = new List<NoticeRecord>();
        var proposals = new List<ProposalRecord>();
        var round = 0;
        foreach (var e in ordered)
        {
            round = Math.Max(round, e.Round);
            if (e.Action == TrailAction.NoticeIssued && e.Unit is { } u && e.Reference is { } number
                && DateOnly.TryParseExact(e.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                notices.Add(new NoticeRecord(e.Round, u, number, due,
                    (e.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), e));
            if (e.Item is not { } id || e.Unit is not { } unit) continue;
            Propose(proposals, e, id, unit);
            if (!steps.TryGetValue(id, out var list)) steps[id] = list = [];
            list.Add(e);
            var before = items.GetValueOrDefault(id);
            var after = Apply(before, e, id, unit);
            if (after != null) items[id] = after;
        }
        foreach (var (id, r) in items.ToList()) items[id] = r with { Steps = steps[id] };
        return new CampaignHistory(ordered, items, notices, proposals, round);
    }

    // a proposal and its 确认; the first decision counts
    static void Propose(List<ProposalRecord> proposals, TrailEvent e, string id, string unit)
    {
        switch (e.Action)
        {
            case TrailAction.ItemProposed:
                if (proposals.All(p => p.Id != id) && DateOnly.TryParseExact(e.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                    proposals.Add(new ProposalRecord(id, unit, e.Detail ?? "", due, e));
                break;
            case TrailAction.ItemConfirmed:
                var i = proposals.FindIndex(p => p.Id == id && p.Unit == unit);
                if (i >= 0 && proposals[i].Included is null)
                    proposals[i] = proposals[i] with { Included = e.Value == Steps.ProposeSteps.Included, Decided = e };
                break;
        }
    }

    static ItemRecord? Apply(ItemRecord? r, TrailEvent e, string id, string unit)
    {
        // a closed item stays closed: later steps are kept in its steps, but do not move it
        if (r?.Stage == ItemStage.Closed) return r;
        switch (e.Action)
        {
            case TrailAction.ItemReported when string.IsNullOrEmpty(e.Value) && r != null:
                // only a 群众评价: the stage and the verdict stay
                return r with { Satisfaction = string.IsNullOrWhiteSpace(e.Detail) ? r.Satisfaction : e.Detail.Trim() };
            case TrailAction.ItemReported when ItemStages.Parse(e.Value) is { } stage:
                r ??= new ItemRecord(id, unit, stage);
                var satisfaction = string.IsNullOrWhiteSpace(e.Detail) ? r.Satisfaction : e.Detail.Trim();
                // "done" again on an item already verified keeps the verification; anything else is a new report to verify
                if (stage == ItemStage.Reported && r.Stage == ItemStage.Passed) return r with { Satisfaction = satisfaction };
                return r with { Stage = stage, Satisfaction = satisfaction, Verdict = null };
            case TrailAction.VerdictGiven when Verdicts.Parse(e.Value) is { } verdict:
                r ??= new ItemRecord(id, unit, ItemStage.Reported);
                return verdict == Verdict.Pass
                    ? r with { Stage = ItemStage.Passed, Verdict = verdict, Reason = "" }
                    : r with { Stage = ItemStage.Returned, Verdict = verdict, Reason = e.Detail ?? "", Returned = r.Returned + 1 };
            case TrailAction.ItemClosed:
                r ??= new ItemRecord(id, unit, ItemStage.Passed);
                return r with { Stage = ItemStage.Closed, Closure = e };
            default:
                return r;
        }
    }
}
