namespace OfficeTools.Collect.Submissions;

/// <summary>
/// The one status vocabulary of submissions and units: what a returned form is (<see cref="Submitted"/>,
/// <see cref="Incomplete"/>, <see cref="Invalid"/>, <see cref="Rejected"/>) and, for a unit, also that nothing
/// counts yet (<see cref="Missing"/>, <see cref="Overdue"/>). Words and display names: <see cref="SubmissionStatusText"/>;
/// the text kept in stores: <see cref="StoredStatus"/>.
/// </summary>
public enum SubmissionStatus
{
    /// <summary>A form came back with every required answer and no problem.</summary>
    Submitted,
    /// <summary>A form came back with required answers empty (and no other problem).</summary>
    Incomplete,
    /// <summary>A form came back damaged: values outside the choices, controls deleted or duplicated, bad dates, not a form.</summary>
    Invalid,
    /// <summary>A form whose sealed identity failed (none, edited, another campaign's, no key): it never counts for any unit.</summary>
    Rejected,
    /// <summary>A unit with no submission that counts; the deadline has not passed.</summary>
    Missing,
    /// <summary>A unit with no submission that counts after the reporting deadline.</summary>
    Overdue,
}
