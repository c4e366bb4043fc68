using OfficeTools.Collect.Reading;

namespace OfficeTools.Collect.Submissions;

/// <summary>What <see cref="SubmissionService.Decide"/> needs to know of one submission.</summary>
/// <param name="Status">What the submission is (<see cref="SubmissionService.Classify"/>, or <see cref="StoredStatus.FromStored"/>).</param>
/// <param name="Version">The store's number of it within its unit (1, 2, …); 0 for a file in a folder, which has none.</param>
/// <param name="SubmittedAt">When it was submitted (a folder's file: its last write).</param>
/// <param name="File">Its file or stored path: the last tie-break, so the order never depends on listing order.</param>
public sealed record SubmissionFacts(SubmissionStatus Status, int Version, DateTimeOffset SubmittedAt, string File);

/// <summary>A unit's status and the submission that counts for it, with the newer ones that do not.</summary>
/// <param name="Status">The counted submission's status, else <see cref="SubmissionStatus.Missing"/> or <see cref="SubmissionStatus.Overdue"/>.</param>
/// <param name="Counted">The submission that counts, or null.</param>
/// <param name="NewerNotCounted">Submissions after the counted one (all of them when none counts), oldest first.</param>
public sealed record UnitDecision<T>(SubmissionStatus Status, T? Counted, IReadOnlyList<T> NewerNotCounted) where T : class;

/// <summary>
/// The one submission service, used by `officetools collect` and every add-in endpoint alike: <see cref="Classify"/>
/// turns the problems found in a returned form into its status, and <see cref="Decide"/> (the entry point for a
/// unit) says which of its submissions counts and so the unit's status.
/// </summary>
/// <remarks>
/// Which counts: the latest valid one (submitted or incomplete); when none is valid, the latest invalid one (so the
/// unit shows as invalid and the form's problems are listed); a rejected one never. "Latest" is by the store's
/// version, then the submission time, then the file name. The version comes first because the store numbers a
/// unit's submissions in the order it records them (one transaction locally, the list's item ids on SharePoint):
/// it is unique and never ties, whereas the time is a clock reading of whichever server took the upload (and can tie).
/// Files in a folder have no version (0), so there the time decides and the name breaks ties.
/// </remarks>
public static class SubmissionService
{
    /// <summary>The status of a returned form given every problem found in it (read, identity, check against its unit).</summary>
    public static SubmissionStatus Classify(IEnumerable<Diagnostic> problems)
    {
        var any = false;
        var invalid = false;
        foreach (var p in problems)
        {
            if (p.IsIdentityProblem) return SubmissionStatus.Rejected;
            any = true;
            invalid |= p.IsInvalidating;
        }
        return invalid ? SubmissionStatus.Invalid : any ? SubmissionStatus.Incomplete : SubmissionStatus.Submitted;
    }

    /// <summary>Decides a unit from its submissions (in any order); <paramref name="pastDeadline"/> makes "nothing counts" overdue.</summary>
    public static UnitDecision<T> Decide<T>(IEnumerable<T> submissions, Func<T, SubmissionFacts> facts, bool pastDeadline) where T : class
    {
        var ordered = submissions.Select(s => (Item: s, Facts: facts(s)))
            .OrderBy(s => s.Facts.Version).ThenBy(s => s.Facts.SubmittedAt).ThenBy(s => s.Facts.File, StringComparer.Ordinal).ToList();
        var index = ordered.FindLastIndex(s => s.Facts.Status is SubmissionStatus.Submitted or SubmissionStatus.Incomplete);
        if (index < 0) index = ordered.FindLastIndex(s => s.Facts.Status == SubmissionStatus.Invalid);
        if (index < 0)
            return new(pastDeadline ? SubmissionStatus.Overdue : SubmissionStatus.Missing, null, [.. ordered.Select(s => s.Item)]);
        return new(ordered[index].Facts.Status, ordered[index].Item, [.. ordered.Skip(index + 1).Select(s => s.Item)]);
    }
}
