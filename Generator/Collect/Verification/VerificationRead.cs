using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Verification;

/// <summary>
/// What a filled verification sheet says. When <see cref="Problems"/> is not empty the caller must apply nothing (no
/// verdict, no proposal): <see cref="Verdicts"/> and <see cref="Proposals"/> are then only for display.
/// </summary>
public sealed record VerificationRead(IReadOnlyList<VerdictEntry> Verdicts, IReadOnlyList<ProposalDecision> Proposals,
    IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The campaign id the sheet's signature names, or null (none given when written, or no signature).</summary>
    public string? CampaignId { get; init; }
    /// <summary>The round the sheet's signature names, or null when there is no signature.</summary>
    public int? Round { get; init; }
    /// <summary>True when nothing is wrong: the verdicts and proposals may be applied.</summary>
    public bool Success => Problems.Count == 0;
}

/// <summary>
/// One decided row of sheet 复核: the item, 通过 / 退回重办, the reason (empty for 通过), the 群众评价 the verifier found (null
/// when left empty), 复核人, 复核日期 (null when empty) and the Excel row it came from. Rows without a 复核结论 are not entries.
/// </summary>
public sealed record VerdictEntry(string ItemId, Verdict Verdict, string Reason, string? Satisfaction, string Verifier,
    DateOnly? Date, int Row);

/// <summary>The clerk's 确认 on one proposed item: 纳入台账 (<see cref="Include"/>) or 不纳入; its unit id from the signature.</summary>
public sealed record ProposalDecision(string ProposedId, string UnitId, bool Include, int Row);

/// <summary>
/// The problems of a verification sheet, as <see cref="Diagnostic"/>s located as a clerk finds them: the file, then
/// "sheet 复核, row N, column X (header)", leaving out what does not apply; the <see cref="Diagnostic.Id"/> is one of
/// <see cref="SheetProblemCodes"/>.
/// </summary>
public static class SheetProblem
{
    /// <summary>A problem of the sheet at its tab, Excel row and column (letter and header), where they apply.</summary>
    public static Diagnostic At(string code, string file, string? sheet, int? row, string? column, string? header, string message)
    {
        var at = new List<string>();
        if (sheet != null) at.Add($"sheet {sheet}");
        if (row != null) at.Add($"row {row}");
        if (column != null) at.Add(header is { Length: > 0 } ? $"column {column} ({header})" : $"column {column}");
        return new Diagnostic(file, string.Join(", ", at), message) { Id = code };
    }
}

/// <summary>The codes of the sheet's problems (<see cref="SheetProblem"/>).</summary>
public static class SheetProblemCodes
{
    /// <summary>Not an .xlsx workbook (missing, legacy .xls, corrupt, another format).</summary>
    public const string NotXlsx = "not-xlsx";
    /// <summary>The package was refused by the inspector (too large, too many parts, unsafe names, a DTD).</summary>
    public const string Refused = "refused-package";
    /// <summary>A sheet the layout needs is missing (renamed or deleted).</summary>
    public const string SheetMissing = "sheet-missing";
    /// <summary>The hidden signature sheet is missing, edited, or from another layout version.</summary>
    public const string Signature = "signature";
    /// <summary>A header was moved, renamed or deleted: the whole sheet is refused.</summary>
    public const string Header = "header";
    /// <summary>A choice cell holds a word that is not one of its list's.</summary>
    public const string NotAChoice = "not-a-choice";
    /// <summary>退回重办 without a 退回原因.</summary>
    public const string ReasonMissing = "reason-missing";
    /// <summary>An item id (or proposed id) the signature or the expected ids do not know, or an empty one.</summary>
    public const string UnknownItem = "unknown-item";
    /// <summary>The same item id in two rows.</summary>
    public const string DuplicateItem = "duplicate-item";
    /// <summary>The given columns of a row are not those written for its item (a row copied or typed over).</summary>
    public const string RowChanged = "row-changed";
    /// <summary>A date cell holds something that is not a date.</summary>
    public const string BadDate = "bad-date";
    /// <summary>A cell holds an Excel error value (#N/A, #REF!).</summary>
    public const string CellError = "cell-error";
}
