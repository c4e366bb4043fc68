using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Collect.Ledger;

public sealed partial class LedgerView
{
    /// <summary>
    /// Writes each returned item answer (<c>item.ID.status</c>, <c>item.ID.satisfaction</c>) into the ledger's
    /// item; returns how many item fields changed. Empty answers, and values outside the ledger's choice lists,
    /// leave the ledger's value alone so that the merged ledger always loads again.
    /// </summary>
    public int Merge(IReadOnlyDictionary<string, object?> values)
    {
        var changed = 0;
        foreach (var (tag, value) in values)
        {
            if (value is not string raw || raw.Trim() is not { Length: > 0 } text) continue;
            if (!ItemTag.TryParse(tag, out var itemId, out var field)) continue;
            if (!itemIndex.TryGetValue(itemId, out var index)) continue;
            var item = items[index];
            LedgerItem? updated = field switch
            {
                "status" when item.Status != text && Statuses.All.Contains(text) => item with { Status = text },
                "satisfaction" when item.Satisfaction != text && Statuses.Satisfaction.Contains(text) => item with { Satisfaction = text },
                _ => null,
            };
            if (updated is null) continue;
            items[index] = updated;
            changed++;
        }
        if (changed > 0) stale = true;
        return changed;
    }

    /// <summary>Records whether a unit's form came back (报送情况), so that the briefing made from the merged ledger counts 已报送 / 未报送.</summary>
    public void MarkReported(string unitId, bool reported)
    {
        var value = reported ? Reporting.Reported : Reporting.NotReported;
        if (!unitIndex.TryGetValue(unitId, out var index) || units[index].Reported == value) return;
        units[index] = units[index] with { Reported = value };
        stale = true;
    }

    /// <summary>What was merged so far, as updates of the ledger file (<see cref="LedgerUpdates.Between"/> the loaded and the merged ledger).</summary>
    public LedgerUpdates Updates => LedgerUpdates.Between(Original, Ledger);

    /// <summary>
    /// The ledger file the view was loaded from, in its own format (.xlsx, .json or a CSV folder), with what was merged
    /// written into it and the clerk's own columns, sheets and properties kept.
    /// </summary>
    public WriteBackResult WriteBack(OfficeTools.Packages.PackageLimits? limits = null) => LedgerWriteBack.Render(File, Updates, limits);

    /// <summary>The ledger with whatever was merged, in the ledger JSON format (indented, Chinese kept readable).</summary>
    public string ToJson() => LedgerJsonWriter.ToJson(Ledger);

    /// <summary>The same as <see cref="ToJson"/>, as UTF-8 bytes.</summary>
    public byte[] ToUtf8() => LedgerJsonWriter.ToUtf8(Ledger);
}
