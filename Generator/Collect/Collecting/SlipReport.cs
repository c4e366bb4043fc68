using OfficeTools.Collect.Reading;

namespace OfficeTools.Collect.Collecting;

/// <summary>
/// A notice's 办理结果 return slip that came back, with its sealed identity verified: the unit, the notice's number and round,
/// the file, the values and the problems. <see cref="Counts"/> says whether its answers may be recorded.
/// </summary>
public sealed record SlipReport(string UnitId, string Number, int Round, string File, DateTimeOffset SubmittedAt, string? SubmittedBy,
    IReadOnlyDictionary<string, object?> Values, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The store's number of this submission (0 for a file in a folder).</summary>
    public int Version { get; init; }

    /// <summary>True when no problem refuses the slip (an empty answer only leaves its item unreported).</summary>
    public bool Counts => Problems.All(p => !p.IsInvalidating);
}
