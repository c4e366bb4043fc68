using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Collecting;

/// <summary>The outcome of collecting: every ledger unit with its status, and the files matching no unit.</summary>
public sealed record CollectReport(IReadOnlyList<UnitReport> Units, IReadOnlyList<UnmatchedForm> Unmatched, int MergedFields)
{
    /// <summary>How many units have each status.</summary>
    public IReadOnlyDictionary<SubmissionStatus, int> Counts => Units.GroupBy(u => u.Status).ToDictionary(g => g.Key, g => g.Count());
}
