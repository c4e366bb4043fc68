namespace OfficeTools.Collect.Verification;

/// <summary>One column of a verification sheet: its header, width (Excel character units) and whether the clerk fills it.</summary>
sealed record SheetColumn(string Header, double Width, bool Clerk);

/// <summary>
/// The layout the writer makes and the reader holds a sheet to: tab names, the rows above the data and the columns in
/// order. Changing a header or the order is a new <see cref="Version"/>.
/// </summary>
static class VerificationLayout
{
    /// <summary>The layout's version, kept in the signature.</summary>
    public const string Version = "复核表/1";

    public const string VerifySheet = "复核";
    public const string ProposalSheet = "新发现问题";
    public const string SignatureSheet = "校验信息";

    /// <summary>Row 1 the title, row 2 how to fill it, row 3 the headers; data from row 4.</summary>
    public const int HeaderRow = OfficeTools.Data.XlsxPrintedSheet.HeaderRow;

    public const string Include = "纳入台账";
    public const string Exclude = "不纳入";
    public static IReadOnlyList<string> ProposalChoices { get; } = [Include, Exclude];

    /// <summary>The 0-based columns of sheet 复核: the given ones (locked), then the clerk's.</summary>
    public static class Col
    {
        public const int Seq = 0, Unit = 1, Item = 2, Problem = 3, Measure = 4, Reported = 5, DoneDate = 6, Evidence = 7, Satisfaction = 8,
            Verdict = 9, Reason = 10, VerifiedSatisfaction = 11, Verifier = 12, Date = 13;
    }

    public static IReadOnlyList<SheetColumn> VerifyColumns { get; } =
    [
        new("序号", 5, false), new("单位", 14, false), new("事项编号", 9, false), new("存在问题", 30, false), new("整改措施", 30, false),
        new("自报完成情况", 9, false), new("完成时间", 11, false), new("佐证材料", 16, false), new("群众评价", 7, false),
        new("复核结论", 9, true), new("退回原因", 20, true), new("群众评价（复核）", 9, true), new("复核人", 8, true), new("复核日期", 11, true),
    ];

    /// <summary>The 0-based columns of sheet 新发现问题.</summary>
    public static class PCol
    {
        public const int Unit = 0, Id = 1, Problem = 2, Measure = 3, Owner = 4, Due = 5, Confirm = 6;
    }

    public static IReadOnlyList<SheetColumn> ProposalColumns { get; } =
    [
        new("单位", 16, false), new("拟编号", 10, false), new("问题", 40, false), new("整改措施", 40, false), new("责任人", 10, false),
        new("完成时限", 11, false), new("确认", 11, true),
    ];

    /// <summary>A header as compared: trimmed, line breaks and spaces gone, ASCII parentheses as the full-width ones.</summary>
    public static string Normal(string? header) =>
        string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c))).Replace('(', '（').Replace(')', '）');
}
