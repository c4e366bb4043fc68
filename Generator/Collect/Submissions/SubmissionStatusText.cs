namespace OfficeTools.Collect.Submissions;

/// <summary>The words of <see cref="SubmissionStatus"/> at the edges: OUT.json and the add-in's API, and the Chinese names people read.</summary>
public static class SubmissionStatusText
{
    /// <summary>The status word of OUT.json and of the add-in's API: submitted, incomplete, invalid, rejected, missing, overdue.</summary>
    public static string Word(this SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "submitted",
        SubmissionStatus.Incomplete => "incomplete",
        SubmissionStatus.Invalid => "invalid",
        SubmissionStatus.Rejected => "rejected",
        SubmissionStatus.Missing => "missing",
        SubmissionStatus.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The add-in's check word of a submission: ok for a complete one, else its <see cref="Word"/>.</summary>
    public static string CheckWord(this SubmissionStatus status) => status == SubmissionStatus.Submitted ? "ok" : status.Word();

    /// <summary>The Chinese name of a submission's check, as the task pane's 报送状态 table shows it: 齐全 for a complete one.</summary>
    public static string CheckName(this SubmissionStatus status) => status == SubmissionStatus.Submitted ? "齐全" : status.DisplayName();

    /// <summary>The Chinese name shown to people (the task pane's and portal's words).</summary>
    public static string DisplayName(this SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "已提交",
        SubmissionStatus.Incomplete => "必填项未填",
        SubmissionStatus.Invalid => "内容有误",
        SubmissionStatus.Rejected => "非本次下发的报表",
        SubmissionStatus.Missing => "未提交",
        SubmissionStatus.Overdue => "逾期未交",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
