namespace OfficeTools.Documents.Reminders;

/// <summary>
/// How 催办 judges and escalates (the rules file's <c>reminders</c> section): a deadline <see cref="Within"/> days away or
/// less is due soon (黄); a unit overdue by <see cref="DeputyAfter"/> days or more is chased through its 分管领导, by
/// <see cref="HeadAfter"/> days or more through its 主要负责人; before that, through its 联系人.
/// </summary>
public sealed record ReminderSettings
{
    /// <summary>The shipped thresholds: 3 days ahead; 分管领导 from 3 days overdue, 主要负责人 from 10.</summary>
    public static ReminderSettings Default { get; } = new();

    /// <summary>Days ahead a deadline counts as due soon (黄).</summary>
    public int Within { get; init; } = 3;

    /// <summary>Days overdue from which the 催办 goes to the unit's 分管领导.</summary>
    public int DeputyAfter { get; init; } = 3;

    /// <summary>Days overdue from which the 催办 goes to the unit's 主要负责人.</summary>
    public int HeadAfter { get; init; } = 10;

    /// <summary>The largest number of days any threshold may be.</summary>
    public const int MaxDays = 365;
}
