using System.Globalization;
using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>A value for one ledger cell: its text, and the typed value where a typed cell can keep it.</summary>
internal sealed record CellUpdate(string Text)
{
    /// <summary>A date (完成时限, 销号时间), written as a date where the cell is one.</summary>
    public DateTime? Date { get; init; }
    /// <summary>A number (重点序号, 专项整治序号).</summary>
    public long? Number { get; init; }
    /// <summary>A yes/no field (新发现问题 …): 是/否 in a sheet, true/false in JSON.</summary>
    public bool? Flag { get; init; }
}

/// <summary>The updates checked against the ledger and turned into cells per row, keyed by field key.</summary>
internal sealed class UpdatePlan
{
    /// <summary>Item id → field key → new value.</summary>
    public Dictionary<string, Dictionary<string, CellUpdate>> Items { get; } = new(StringComparer.Ordinal);
    /// <summary>Unit id → field key → new value.</summary>
    public Dictionary<string, Dictionary<string, CellUpdate>> Units { get; } = new(StringComparer.Ordinal);
    /// <summary>Rows to append to the items table, every field of each.</summary>
    public List<Dictionary<string, CellUpdate>> NewItems { get; } = [];
    /// <summary>The new items themselves (the JSON write-back writes them as the ledger JSON writer does).</summary>
    public List<LedgerItem> NewLedgerItems { get; } = [];

    /// <summary>
    /// Item columns that must exist: those a non-empty value goes into, and all the loop's columns (阶段 … 销号人) once
    /// any of them is written, so that a ledger carries the loop as a whole. In the ledger's column order.
    /// </summary>
    public IReadOnlyList<LedgerField> ItemColumns
    {
        get
        {
            var rows = Items.Values.Concat(NewItems).ToList();
            var loop = rows.Any(r => r.Keys.Any(k => LedgerFields.LoopFields.Any(f => f.Key == k)));
            return [.. LedgerFields.Items.Fields.Where(f => (loop && LedgerFields.LoopFields.Contains(f))
                || rows.Any(r => r.TryGetValue(f.Key, out var v) && v.Text.Length > 0))];
        }
    }

    /// <summary>Unit columns that must exist (报送情况 once a unit's is written).</summary>
    public IReadOnlyList<LedgerField> UnitColumns => Units.Count > 0 ? [LedgerFields.Units.Find("reported")!] : [];

    /// <summary>Checks every update against the loaded ledger; all problems at once, each naming the update.</summary>
    public static UpdatePlan Build(Ledger ledger, LedgerUpdates updates, string file, List<Diagnostic> errors)
    {
        var plan = new UpdatePlan();
        var items = ledger.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var units = ledger.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var u in updates.Items)
        {
            var where = $"update of item '{u.Id}'";
            if (!items.Contains(u.Id)) { errors.Add(new Diagnostic(file, where, $"no item '{u.Id}' in the ledger (sheet {LedgerFields.Items.Sheet})")); continue; }
            var cells = plan.Items.TryGetValue(u.Id, out var c) ? c : plan.Items[u.Id] = new(StringComparer.Ordinal);
            Choice(cells, "status", u.Status, Statuses.All, false, file, where, errors);
            Choice(cells, "satisfaction", u.Satisfaction, Statuses.Satisfaction, true, file, where, errors);
            if (u.Evidence is { } e) cells["evidence"] = new CellUpdate(e);
            if (u.Stage is { } s) cells["stage"] = new CellUpdate(s.Text());
            if (u.Verdict is { } v) cells["verdict"] = new CellUpdate(v.Text());
            if (u.Reason is { } r) cells["reason"] = new CellUpdate(r);
            if (u.ClosedAt is { } at) cells["closed_at"] = At(at);
            if (u.ClosedBy is { } by) cells["closed_by"] = new CellUpdate(by);
        }
        foreach (var u in updates.Units)
        {
            var where = $"update of unit '{u.Id}'";
            if (!units.Contains(u.Id)) { errors.Add(new Diagnostic(file, where, $"no unit '{u.Id}' in the ledger (sheet {LedgerFields.Units.Sheet})")); continue; }
            var cells = plan.Units.TryGetValue(u.Id, out var c) ? c : plan.Units[u.Id] = new(StringComparer.Ordinal);
            Choice(cells, "reported", u.Reported, Reporting.All, false, file, where, errors);
        }
        foreach (var i in updates.NewItems)
        {
            var where = $"new item '{i.Id}'";
            if (i.Id.Trim().Length == 0) { errors.Add(new Diagnostic(file, "new item", "has no id")); continue; }
            if (!items.Add(i.Id)) { errors.Add(new Diagnostic(file, where, $"the ledger already has an item '{i.Id}'")); continue; }
            if (!units.Contains(i.Unit)) errors.Add(new Diagnostic(file, where, $"unknown unit '{i.Unit}'"));
            plan.NewItems.Add(Row(i));
            plan.NewLedgerItems.Add(i);
        }
        return plan;
    }

    static void Choice(Dictionary<string, CellUpdate> cells, string key, string? value, IReadOnlyList<string> allowed, bool emptyAllowed,
        string file, string where, List<Diagnostic> errors)
    {
        if (value is null) return;
        var v = value.Trim();
        if (v.Length == 0 ? !emptyAllowed : !allowed.Contains(v))
        {
            var field = LedgerFields.Items.Find(key) ?? LedgerFields.Units.Find(key)!;
            errors.Add(new Diagnostic(file, $"{where}, field {field.Header} ({key})", $"'{v}' is not one of {string.Join(" / ", allowed)}"));
            return;
        }
        cells[key] = new CellUpdate(v);
    }

    static CellUpdate At(DateTime at) => new(LedgerJsonWriter.DateTimeText(at)) { Date = at };

    // Every field of a new item, as the tabular write-backs put it into a row.
    static Dictionary<string, CellUpdate> Row(LedgerItem i)
    {
        static CellUpdate Flag(bool b) => new(b ? "是" : "否") { Flag = b };
        var row = new Dictionary<string, CellUpdate>(StringComparer.Ordinal)
        {
            ["id"] = new(i.Id), ["unit"] = new(i.Unit), ["problem"] = new(i.Problem), ["measure"] = new(i.Measure), ["owner"] = new(i.Owner),
            ["due"] = new(i.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { Date = i.Due.ToDateTime(TimeOnly.MinValue) },
            ["status"] = new(i.Status), ["satisfaction"] = new(i.Satisfaction), ["newly_found"] = Flag(i.NewlyFound),
            ["evidence"] = new(i.Evidence), ["formalism"] = Flag(i.Formalism), ["relapse"] = Flag(i.Relapse), ["offender"] = new(i.Offender),
        };
        if (i.Focus is { } focus) row["focus"] = new(focus.ToString(CultureInfo.InvariantCulture)) { Number = focus };
        if (i.Task is { } task) row["task"] = new(task.ToString(CultureInfo.InvariantCulture)) { Number = task };
        foreach (var (key, value) in LedgerJsonWriter.LoopValues(i))
            row[key] = key == "closed_at" ? At(i.ClosedAt!.Value) : new CellUpdate(value);
        return row;
    }
}
