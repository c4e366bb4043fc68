using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Collecting;

/// <summary>
/// Reads returned forms (in parallel), matches them to the ledger's units, decides each unit's status and merges
/// the answers of usable forms into the ledger.
/// </summary>
public static class Collector
{
    /// <summary>Collects <paramref name="forms"/> against <paramref name="ledger"/>; <paramref name="now"/> decides overdue.</summary>
    /// <remarks>
    /// A notice's 办理结果 return slip (sealed with the notice's number) is no form of its unit: it is checked by
    /// <see cref="SlipChecker"/> against <paramref name="history"/> (the trail's notices; null: not checked) and reported apart.
    /// </remarks>
    public static CollectReport Collect(IReadOnlyList<ReturnedForm> forms, LedgerView ledger, DateTimeOffset now,
        FormLayouts? layouts = null, OfficeTools.Packages.PackageLimits? limits = null, CancellationToken cancellationToken = default,
        Documents.Campaigns.CampaignHistory? history = null)
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
                r = new FormReadResult(f.File, null, [], [FormProblem.At(FormProblem.Corrupt, null, "cannot read the file: " + e.Message)]);
            }
            read[i] = (f, r);
        });
        var units = ledger.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var identity = IdentityCheck.For(ledger.Ledger.Campaign);
        var unmatched = new List<UnmatchedForm>();
        var byUnit = new Dictionary<string, List<Checked>>(StringComparer.Ordinal);
        var slips = new List<SlipReport>();
        foreach (var (form, result) in read)
        {
            var check = ReturnCheck.Check(result, identity, units.GetValueOrDefault, form.Unit, history);
            // A form whose identity fails counts for no unit, whatever its unit.id control says.
            if (check.IsForged)
            {
                unmatched.Add(new UnmatchedForm(form.File, check.Problems));
                continue;
            }
            // a form of the campaign's unit outside the subtree collected (--under) is another level's: left out
            if ((check.Identity?.UnitId ?? result.UnitId) is { } of && !units.ContainsKey(of) && ledger.Ledger.Whole?.FindUnit(of) is not null) continue;
            if (check is { IsSlip: true, Identity: { Number: { } number } verified })
                slips.Add(new SlipReport(verified.UnitId, number, verified.Round, form.File, form.SubmittedAt, form.SubmittedBy, result.Values,
                    check.Problems) { Version = form.Version });
            else if (result.UnitId is { } id && units.ContainsKey(id))
            {
                if (!byUnit.TryGetValue(id, out var list)) byUnit[id] = list = [];
                list.Add(new Checked(form, result, [.. check.Problems], check.Status));
            }
            else unmatched.Add(new UnmatchedForm(form.File, check.Problems));
        }
        // a unit's versions are its forms the store holds: a return slip filed under it is none of them
        var slipFiles = slips.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        var stored = read.Where(r => r.Form.Unit is not null && !slipFiles.Contains(r.Form.File))
            .GroupBy(r => r.Form.Unit!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reports = new List<UnitReport>();
        var merged = 0;
        foreach (var unit in ledger.Units)
        {
            var late = ledger.ReportDeadline is { } d && now.Date > d;
            var returned = byUnit.GetValueOrDefault(unit.Id) ?? [];
            var decision = SubmissionService.Decide(returned, c => new SubmissionFacts(c.Status, c.Form.Version, c.Form.SubmittedAt, c.Form.File), late);
            if (decision.Counted is not { } counted)
            {
                ledger.MarkReported(unit.Id, false);
                reports.Add(new UnitReport(unit.Id, unit.Name, decision.Status, null, null, new Dictionary<string, object?>(), [], 0));
                continue;
            }
            var usable = decision.Status != SubmissionStatus.Invalid;
            if (usable) merged += ledger.Merge(counted.Result.Values);
            ledger.MarkReported(unit.Id, usable);
            reports.Add(new UnitReport(unit.Id, unit.Name, decision.Status, counted.Form.File, counted.Form.SubmittedAt, counted.Result.Values,
                counted.Problems, Math.Max(returned.Count, stored.GetValueOrDefault(unit.Id)))
            {
                NotCounted = [.. decision.NewerNotCounted.Select(n => new UnmatchedForm(n.Form.File, n.Problems))],
            });
        }
        // what a counted slip says of its items goes into the ledger after the forms: it is the later, item-by-item report
        foreach (var slip in slips.Where(s => s.Counts).OrderBy(s => s.SubmittedAt))
            merged += ledger.Merge(slip.Values);
        return new CollectReport(reports, unmatched, merged) { Slips = slips };
    }

    sealed record Checked(ReturnedForm Form, FormReadResult Result, List<Diagnostic> Problems, SubmissionStatus Status);
}
