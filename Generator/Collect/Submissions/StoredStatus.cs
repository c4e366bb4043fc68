namespace OfficeTools.Collect.Submissions;

/// <summary>
/// The one mapping between <see cref="SubmissionStatus"/> and the Status text the stores keep (the SQLite table and
/// the SharePoint list's Status column). The texts are those stores already hold, so existing stores keep working:
/// Submitted (recorded, not checked yet), Checked (checked when it was taken and complete), Collected (read by collect and
/// complete), Incomplete, Invalid, Rejected, and Slip.
/// </summary>
public static class StoredStatus
{
    /// <summary>The text of a freshly recorded submission.</summary>
    public const string Recorded = "Submitted";

    /// <summary>
    /// The text of a complete form checked when it was taken (the add-in's submit, or its status settling a file put
    /// straight into the store): complete, but not merged by collect yet.
    /// </summary>
    public const string Checked = "Checked";

    /// <summary>True for a submission recorded and never checked: what it is (a form, a slip, neither) is not known yet.</summary>
    public static bool IsUnchecked(string? text) => string.Equals(text?.Trim(), Recorded, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of a complete submission that collect has read and merged.</summary>
    public const string Collected = "Collected";

    /// <summary>
    /// The text of a notice's 办理结果 return slip the add-in took: no self-inspection form, so it never counts as the unit's
    /// submission (collect tells a slip by its sealed identity whatever its text).
    /// </summary>
    public const string Slip = "Slip";

    /// <summary>True for the stored text of a return slip.</summary>
    public static bool IsSlip(string? text) => string.Equals(text?.Trim(), Slip, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text to store for a submission's status; <paramref name="collected"/>: written by collect (a complete one becomes Collected).</summary>
    public static string ToStored(SubmissionStatus status, bool collected = false) => status switch
    {
        SubmissionStatus.Submitted => collected ? Collected : Recorded,
        SubmissionStatus.Incomplete => "Incomplete",
        SubmissionStatus.Invalid => "Invalid",
        SubmissionStatus.Rejected => "Rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a unit's status, never a submission's"),
    };

    /// <summary>
    /// The status of a stored text. Recorded, Checked and Collected are all complete; a text no version wrote (edited by hand
    /// in the list) is taken as recorded, as the stores have always treated it: usable until collect checks it.
    /// </summary>
    public static SubmissionStatus FromStored(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "incomplete" => SubmissionStatus.Incomplete,
        "invalid" => SubmissionStatus.Invalid,
        "rejected" => SubmissionStatus.Rejected,
        _ => SubmissionStatus.Submitted,
    };
}
