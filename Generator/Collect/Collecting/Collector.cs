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
        FormLayouts? layouts = null, CancellationToken cancellationToken = default)
    {
        var read = new (ReturnedForm Form, FormReadResult Result)[forms.Count];
        Parallel.For(0, forms.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var f = forms[i];
            FormReadResult r;
            try
            {
                r = FormReader.Read(f.Load(), f.File, layouts);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Stores.StoreException)
            {
                r = new FormReadResult(f.File, null, [], [new FormProblem(FormProblem.Corrupt, null, "cannot read the file: " + e.Message)]);
            }
            read[i] = (f, r);
        });
        var units = ledger.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var unmatched = new List<UnmatchedForm>();
        var byUnit = new Dictionary<string, List<(ReturnedForm Form, FormReadResult Result)>>(StringComparer.Ordinal);
        foreach (var entry in read)
        {
            if (entry.Result.UnitId is { } id && units.ContainsKey(id))
            {
                if (!byUnit.TryGetValue(id, out var list)) byUnit[id] = list = [];
                list.Add(entry);
            }
            else
            {
                unmatched.Add(new UnmatchedForm(entry.Form.File, [.. entry.Result.Problems, .. FormChecker.Check(entry.Result, null)]));
            }
        }
        var reports = new List<UnitReport>();
        var merged = 0;
        foreach (var unit in ledger.Units)
        {
            if (!byUnit.TryGetValue(unit.Id, out var returned))
            {
                var late = ledger.ReportDeadline is { } d && now.Date > d;
                reports.Add(new UnitReport(unit.Id, unit.Name, late ? UnitStatus.Overdue : UnitStatus.Missing, null, null,
                    new Dictionary<string, object?>(), [], 0));
                continue;
            }
            var (form, result) = returned.OrderBy(r => r.Form.SubmittedAt).ThenBy(r => r.Form.File, StringComparer.Ordinal).Last();
            var problems = result.Problems.Concat(FormChecker.Check(result, unit)).ToList();
            var status = problems.Any(p => p.IsInvalidating) ? UnitStatus.Invalid
                : problems.Count > 0 ? UnitStatus.Incomplete : UnitStatus.Submitted;
            if (status != UnitStatus.Invalid) merged += ledger.Merge(result.Values);
            reports.Add(new UnitReport(unit.Id, unit.Name, status, form.File, form.SubmittedAt, result.Values, problems, Math.Max(returned.Count, form.Versions)));
        }
        return new CollectReport(reports, unmatched, merged);
    }
}
