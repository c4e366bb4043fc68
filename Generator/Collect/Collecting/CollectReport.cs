using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Collecting;

/// <summary>The outcome of collecting: every ledger unit with its status, the return slips, and the files matching no unit.</summary>
public sealed record CollectReport(IReadOnlyList<UnitReport> Units, IReadOnlyList<UnmatchedForm> Unmatched, int MergedFields)
{
    /// <summary>The notices' return slips that came back (with an identity this campaign sealed), each with its problems.</summary>
    public IReadOnlyList<SlipReport> Slips { get; init; } = [];

    /// <summary>How many units have each status.</summary>
    public IReadOnlyDictionary<SubmissionStatus, int> Counts => Units.GroupBy(u => u.Status).ToDictionary(g => g.Key, g => g.Count());
}
