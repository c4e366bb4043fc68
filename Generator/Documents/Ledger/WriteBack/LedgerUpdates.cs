using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// What changes in one ledger item. A null property leaves the ledger's value as it is; an empty string clears a text
/// field. Stage and verdict are written in their Chinese words (<see cref="ItemStages"/>, <see cref="Verdicts"/>).
/// </summary>
public sealed record ItemUpdate(string Id)
{
    /// <summary>整改状态: one of <see cref="Statuses.All"/> (the progress words of <see cref="Statuses.Progress"/>).</summary>
    public string? Status { get; init; }
    /// <summary>群众评价: one of <see cref="Statuses.Satisfaction"/>, or empty.</summary>
    public string? Satisfaction { get; init; }
    /// <summary>佐证材料.</summary>
    public string? Evidence { get; init; }
    /// <summary>阶段.</summary>
    public ItemStage? Stage { get; init; }
    /// <summary>复核结论.</summary>
    public Verdict? Verdict { get; init; }
    /// <summary>退回原因.</summary>
    public string? Reason { get; init; }
    /// <summary>销号时间 (to the second; a time of midnight writes the date alone).</summary>
    public DateTime? ClosedAt { get; init; }
    /// <summary>销号人.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>True when the update changes nothing.</summary>
    public bool IsEmpty => Status is null && Satisfaction is null && Evidence is null && Stage is null && Verdict is null
        && Reason is null && ClosedAt is null && ClosedBy is null;
}

/// <summary>Whether a unit's form came back (报送情况): <see cref="Reporting.Reported"/> or <see cref="Reporting.NotReported"/>.</summary>
public sealed record UnitUpdate(string Id, string Reported);

/// <summary>
/// Everything a write-back puts into a ledger: item updates by id, units' 报送情况, and newly confirmed items (rows
/// appended after the last item, each with an id the ledger does not have yet).
/// </summary>
public sealed record LedgerUpdates
{
    /// <summary>Updates of existing items (each id must be in the ledger).</summary>
    public IReadOnlyList<ItemUpdate> Items { get; init; } = [];
    /// <summary>Units' 报送情况.</summary>
    public IReadOnlyList<UnitUpdate> Units { get; init; } = [];
    /// <summary>New items, appended in this order; their unit must be in the ledger.</summary>
    public IReadOnlyList<LedgerItem> NewItems { get; init; } = [];

    /// <summary>No update at all: the write-back gives the ledger as it came.</summary>
    public static LedgerUpdates None { get; } = new();

    /// <summary>
    /// The updates that turn <paramref name="before"/> into <paramref name="after"/>: changed item fields of the ones
    /// written back (status, satisfaction, evidence and the loop's), changed 报送情况, and items only <paramref name="after"/> has.
    /// </summary>
    public static LedgerUpdates Between(Ledger before, Ledger after)
    {
        var old = before.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = new List<ItemUpdate>();
        var added = new List<LedgerItem>();
        foreach (var i in after.Items)
        {
            if (!old.TryGetValue(i.Id, out var o)) { added.Add(i); continue; }
            var u = new ItemUpdate(i.Id)
            {
                Status = i.Status != o.Status ? i.Status : null,
                Satisfaction = i.Satisfaction != o.Satisfaction ? i.Satisfaction : null,
                Evidence = i.Evidence != o.Evidence ? i.Evidence : null,
                Stage = i.Stage != o.Stage ? i.Stage : null,
                Verdict = i.Verdict != o.Verdict ? i.Verdict : null,
                Reason = i.Reason != o.Reason ? i.Reason : null,
                ClosedAt = i.ClosedAt != o.ClosedAt ? i.ClosedAt : null,
                ClosedBy = i.ClosedBy != o.ClosedBy ? i.ClosedBy : null,
            };
            if (!u.IsEmpty) items.Add(u);
        }
        var units = before.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var reported = after.Units.Where(u => u.Reported.Length > 0 && units.TryGetValue(u.Id, out var o) && o.Reported != u.Reported)
            .Select(u => new UnitUpdate(u.Id, u.Reported)).ToList();
        return new LedgerUpdates { Items = items, Units = reported, NewItems = added };
    }
}
