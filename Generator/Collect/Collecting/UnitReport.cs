using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Collecting;

/// <summary>One unit's line of the collection: status, the form used, its values and problems.</summary>
public sealed record UnitReport(string Id, string Name, SubmissionStatus Status, string? File, DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, object?> Values, IReadOnlyList<Diagnostic> Problems, int Versions)
{
    /// <summary>Newer forms of the unit that do not count (invalid while an earlier one is valid), with their problems.</summary>
    public IReadOnlyList<UnmatchedForm> NotCounted { get; init; } = [];
}

/// <summary>A returned file that could not be matched to a unit (not a form, corrupt, unknown unit).</summary>
public sealed record UnmatchedForm(string File, IReadOnlyList<Diagnostic> Problems);
