using OfficeTools.Collect.Ledger;

namespace OfficeTools.Collect.Reading;

/// <summary>
/// Checks a read form against its unit in the ledger: the controls the form must have (fixed tags, every focus
/// point's set, every ledger item's set) and the required answers (filler, fill_date, focus.N.status, item.ID.status).
/// </summary>
public static class FormChecker
{
    /// <summary>Tags every form carries, whatever its variant.</summary>
    public static readonly string[] FixedTags = ["unit.id", "form.kind", "filler", "filler_phone", "fill_date", "new_problems", "signature"];

    /// <summary>The per-focus-point tags (focus.N.x).</summary>
    public static readonly string[] FocusFields = ["self", "problems", "measures", "due", "status", "satisfaction", "note"];

    /// <summary>Problems of <paramref name="form"/> for <paramref name="unit"/> (null: the unit id is unknown).</summary>
    public static IReadOnlyList<Diagnostic> Check(FormReadResult form, LedgerUnit? unit)
    {
        var problems = new List<Diagnostic>();
        if (!form.IsForm) return problems;
        if (unit is null)
        {
            problems.Add(FormProblem.At(FormProblem.UnknownUnit, FormReader.UnitTag,
                $"the form is for unit «{form.UnitId}», which the ledger does not list"));
            return problems;
        }
        var present = form.Values;
        foreach (var tag in ExpectedTags(unit, present.Keys).Where(t => !present.ContainsKey(t)))
            problems.Add(FormProblem.At(FormProblem.ControlDeleted, tag, $"the control «{tag}» is missing from the form (deleted?)"));
        foreach (var tag in RequiredTags(unit, present.Keys))
        {
            if (present.TryGetValue(tag, out var v) && v is null)
                problems.Add(FormProblem.At(FormProblem.RequiredMissing, tag, $"the required answer «{tag}» is empty"));
        }
        foreach (var tag in present.Keys)
        {
            if (ItemTag.TryParse(tag, out var id, out _) && !unit.ItemIds.Contains(id, StringComparer.Ordinal))
                problems.Add(FormProblem.At(FormProblem.UnknownItem, tag, $"the item «{id}» is not one of unit {unit.Id}'s ledger items"));
        }
        return problems;
    }

    /// <summary>The focus point numbers a form shows (focus.N.*), from 1 to the highest present.</summary>
    public static IEnumerable<int> FocusNumbers(IEnumerable<string> tags)
    {
        var max = 0;
        foreach (var t in tags)
        {
            if (!t.StartsWith("focus.", StringComparison.Ordinal)) continue;
            var end = t.IndexOf('.', 6);
            if (end > 6 && int.TryParse(t.AsSpan(6, end - 6), out var n) && n > max && n < 100) max = n;
        }
        return Enumerable.Range(1, max);
    }

    static IEnumerable<string> ExpectedTags(LedgerUnit unit, IEnumerable<string> present)
    {
        foreach (var t in FixedTags) yield return t;
        foreach (var n in FocusNumbers(present))
            foreach (var f in FocusFields) yield return $"focus.{n}.{f}";
        foreach (var id in unit.ItemIds)
            foreach (var f in ItemTag.Fields) yield return ItemTag.Of(id, f);
    }

    static IEnumerable<string> RequiredTags(LedgerUnit unit, IEnumerable<string> present)
    {
        yield return "filler";
        yield return "fill_date";
        foreach (var n in FocusNumbers(present)) yield return $"focus.{n}.status";
        foreach (var id in unit.ItemIds) yield return ItemTag.Of(id, "status");
    }
}
