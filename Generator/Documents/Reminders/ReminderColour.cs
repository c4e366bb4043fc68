namespace OfficeTools.Documents.Reminders;

/// <summary>The three colours of 催办, worst first: due today or overdue, due soon, on track.</summary>
public enum ReminderColour
{
    /// <summary>红: due today or overdue.</summary>
    Red,
    /// <summary>黄: due within the settings' days.</summary>
    Yellow,
    /// <summary>绿: nothing due soon.</summary>
    Green,
}

/// <summary>Who a 催办 is addressed to, as it escalates with how late the unit is.</summary>
public enum ReminderLevel
{
    /// <summary>The unit's 联系人.</summary>
    Contact,
    /// <summary>The unit's 分管领导.</summary>
    Deputy,
    /// <summary>The unit's 主要负责人.</summary>
    Head,
}

/// <summary>What a deadline is for: the self-inspection form's 报送, or a 督办通知单's 限期.</summary>
public enum DeadlineKind
{
    /// <summary>The campaign's 报送截止日期 for a form not yet received.</summary>
    Report,
    /// <summary>The 限期 of a 督办通知单 for an item not yet done.</summary>
    Notice,
}

/// <summary>The Chinese words of the reminder enums: one home for them.</summary>
public static class ReminderWords
{
    /// <summary>红 / 黄 / 绿.</summary>
    public static string Text(this ReminderColour colour) => colour switch
    {
        ReminderColour.Red => "红",
        ReminderColour.Yellow => "黄",
        ReminderColour.Green => "绿",
        _ => throw new ArgumentOutOfRangeException(nameof(colour)),
    };

    /// <summary>联系人 / 分管领导 / 主要负责人.</summary>
    public static string Text(this ReminderLevel level) => level switch
    {
        ReminderLevel.Contact => "联系人",
        ReminderLevel.Deputy => "分管领导",
        ReminderLevel.Head => "主要负责人",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>How a deadline stands on <paramref name="days"/> left (negative: late): 已逾期N天 / 今日到期 / 还有N天.</summary>
    public static string Standing(int days) => days < 0 ? $"已逾期{-days}天" : days == 0 ? "今日到期" : $"还有{days}天";
}
