using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;

namespace OfficeTools.Collect.Collecting;

/// <summary>
/// Reads returned forms (in parallel), matches them to the ledger's units, decides each unit's status and merges
/// the answers of usable forms into the ledger.
/// </summary>
public static class Collector
{
    /// <summary>Collects <paramref name="forms"/> against <paramref name="ledger"/>; <paramref name="now"/> decides overdue.</summary>
    public static CollectReport Collect(IReadOnlyList<ReturnedForm> forms, LedgerView ledger, DateTimeOffset now,
        FormLayouts? layouts = null, OfficeTools.Packages.PackageLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var read = new (ReturnedForm Form, FormReadResult Result)[forms.Count];
        Parallel.For(0, forms.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var f = forms[i];
            FormReadResult r;
            try
            {
                r = FormReader.Read(f.Load(), f.File, layouts, limits);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Stores.StoreException)
            {
                r = new FormReadResult(f.File, null, [], [new FormProblem(FormProblem.Corrupt, null, "cannot read the file: " + e.Message)]);
            }
            read[i] = (f, r);
        });
        var units = ledger.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var identity = IdentityCheck.For(ledger.Ledger.Campaign);
        var unmatched = new List<UnmatchedForm>();
        var byUnit = new Dictionary<string, List<Checked>>(StringComparer.Ordinal);
        foreach (var (form, result) in read)
        {
            // A form whose identity fails counts for no unit, whatever its unit.id control says.
            if (identity.Check(result) is { } forged)
            {
                unmatched.Add(new UnmatchedForm(form.File, [forged, .. result.Problems]));
                continue;
            }
            if (result.UnitId is { } id && units.TryGetValue(id, out var unit))
            {
                if (!byUnit.TryGetValue(id, out var list)) byUnit[id] = list = [];
                list.Add(new Checked(form, result, [.. result.Problems, .. FormChecker.Check(result, unit)]));
            }
            else
            {
                unmatched.Add(new UnmatchedForm(form.File, [.. result.Problems, .. FormChecker.Check(result, null)]));
            }
        }
        var reports = new List<UnitReport>();
        var merged = 0;
        foreach (var unit in ledger.Units)
        {
            if (!byUnit.TryGetValue(unit.Id, out var returned))
            {
                var late = ledger.ReportDeadline is { } d && now.Date > d;
                ledger.MarkReported(unit.Id, false);
                reports.Add(new UnitReport(unit.Id, unit.Name, late ? UnitStatus.Overdue : UnitStatus.Missing, null, null,
                    new Dictionary<string, object?>(), [], 0));
                continue;
            }
            var ordered = returned.OrderBy(r => r.Form.SubmittedAt).ThenBy(r => r.Form.File, StringComparer.Ordinal).ToList();
            var (counted, newer) = Counting.Choose(ordered, c => c.Problems.Any(p => p.IsInvalidating) ? Standing.Invalid : Standing.Valid);
            var (form, result, problems) = counted!;
            var status = problems.Any(p => p.IsInvalidating) ? UnitStatus.Invalid
                : problems.Count > 0 ? UnitStatus.Incomplete : UnitStatus.Submitted;
            if (status != UnitStatus.Invalid) merged += ledger.Merge(result.Values);
            ledger.MarkReported(unit.Id, status != UnitStatus.Invalid);
            reports.Add(new UnitReport(unit.Id, unit.Name, status, form.File, form.SubmittedAt, result.Values, problems,
                Math.Max(returned.Count, ordered.Max(r => r.Form.Versions)))
            {
                NotCounted = [.. newer.Select(n => new UnmatchedForm(n.Form.File, n.Problems))],
            });
        }
        return new CollectReport(reports, unmatched, merged);
    }

    sealed record Checked(ReturnedForm Form, FormReadResult Result, List<FormProblem> Problems);
}
