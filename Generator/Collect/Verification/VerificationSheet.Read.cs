using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using OfficeTools.Packages;
using static OfficeTools.Collect.Verification.VerificationLayout;

namespace OfficeTools.Collect.Verification;

public static partial class VerificationSheet
{
    /// <summary>
    /// Reads a filled verification sheet: every decided row of 复核 (rows with an empty 复核结论 are not decided and not
    /// listed), every 确认 of 新发现问题, and every problem at once, each located (sheet, row, column and header). Moved,
    /// renamed or deleted columns refuse the whole sheet. An item id must be in the sheet's signature and, when
    /// <paramref name="expectedItemIds"/> is given, among them. The package is inspected under <paramref name="limits"/>
    /// (<see cref="PackageLimits.Default"/> when null) before anything is read.
    /// </summary>
    /// <remarks>
    /// When <see cref="VerificationRead.Problems"/> is not empty the caller must apply nothing, neither verdicts nor
    /// proposals: the verdicts and decisions are returned only so they can be shown.
    /// </remarks>
    public static VerificationRead Read(string path, IReadOnlyCollection<string>? expectedItemIds = null, PackageLimits? limits = null)
    {
        var book = XlsxReader.ReadWorkbook(path, limits: limits);
        if (!book.Success || book.Workbook is not { } workbook)
            return new VerificationRead([], [], [.. book.Errors.Select(e => PackageProblem(path, e))]);
        var problems = new List<Diagnostic>();
        VerificationSignature? signature = null;
        if (workbook[SignatureSheet] is { } signed)
        {
            signature = VerificationSignature.Parse(signed, problems);
            if (signature != null && (signature.VerifyColumns != VerificationSignature.Columns(VerifyColumns)
                || signature.ProposalColumns != VerificationSignature.Columns(ProposalColumns)))
                problems.Add(SheetProblem.At(SheetProblemCodes.Signature, path, SignatureSheet, null, null, null,
                    $"the hidden sheet {SignatureSheet} names other columns than layout {VerificationLayout.Version} has; make a new verification sheet"));
        }
        else
        {
            problems.Add(SheetProblem.At(SheetProblemCodes.Signature, path, null, null, null, null,
                $"the hidden sheet {SignatureSheet} is missing, so the rows cannot be checked against what was written; "
                + "this is not a verification sheet made by officetools, or the sheet was deleted: make a new one"));
        }
        var expected = expectedItemIds is null ? null : new HashSet<string>(expectedItemIds, StringComparer.Ordinal);
        var verdicts = new List<VerdictEntry>();
        var decisions = new List<ProposalDecision>();
        if (Table(workbook, VerifySheet, VerifyColumns, problems, required: true) is var (verify, header))
            ReadVerdicts(verify, header, signature, expected, verdicts, problems);
        if (Table(workbook, ProposalSheet, ProposalColumns, problems, required: signature is null || signature.Proposals.Count > 0) is var (proposed, pHeader))
            ReadProposals(proposed, pHeader, signature, decisions, problems);
        return new VerificationRead(verdicts, decisions, problems)
        {
            CampaignId = signature?.CampaignId,
            Round = signature?.Round,
        };
    }

    static Diagnostic PackageProblem(string path, Diagnostic e) => SheetProblem.At(
        e.Location == "file" ? SheetProblemCodes.NotXlsx : SheetProblemCodes.Refused, path, null, null, null, null,
        e.Location == "file" ? e.Message : $"part {e.Location}: {e.Message}");

    static void ReadVerdicts(XlsxSheet sheet, int header, VerificationSignature? signature, HashSet<string>? expected,
        List<VerdictEntry> verdicts, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r.Number > header && !r.IsEmpty))
        {
            var at = new Locator(sheet, row.Number, VerifyColumns, problems);
            string Cell(int c) => SheetCells.Text(row[c]);
            var id = Cell(Col.Item);
            var verdictText = Cell(Col.Verdict);
            if (id.Length == 0)
            {
                if (Enumerable.Range(Col.Verdict, VerifyColumns.Count - Col.Verdict).Any(c => Cell(c).Length > 0))
                    at.Add(Col.Item, SheetProblemCodes.UnknownItem, "the row is filled in but has no 事项编号, so it belongs to no item");
                continue;
            }
            if (seen.TryGetValue(id, out var first))
                at.Add(Col.Item, SheetProblemCodes.DuplicateItem, $"item {id} is also in row {first}: each item has one row");
            else seen[id] = row.Number;
            if (signature != null)
            {
                if (!signature.Items.TryGetValue(id, out var signedRow))
                    at.Add(Col.Item, SheetProblemCodes.UnknownItem, $"item {id} was not in this sheet when it was made (the 事项编号 was typed over or the row added)");
                else if (signedRow.Fingerprint != VerificationSignature.Fingerprint(Cell(Col.Unit), Cell(Col.Problem), Cell(Col.Measure)))
                    at.Add(Col.Item, SheetProblemCodes.RowChanged,
                        $"the 单位, 存在问题 or 整改措施 of this row are not those written for item {id}: the row was typed over or its 事项编号 changed, so its verdict cannot be matched safely");
            }
            // only a decided row must still await 复核: an undecided one of an older sheet changes nothing
            if (expected != null && verdictText.Length > 0 && !expected.Contains(id))
                at.Add(Col.Item, SheetProblemCodes.UnknownItem, $"item {id} is not one of the items awaiting 复核 in the ledger");

            Verdict? verdict = null;
            if (verdictText.Length > 0)
            {
                if (Verdicts.Choices.Contains(verdictText)) verdict = Verdicts.Parse(verdictText);
                else at.Add(Col.Verdict, SheetProblemCodes.NotAChoice, $"«{verdictText}» is not one of {string.Join(" / ", Verdicts.Choices)} (choose from the cell's list)");
            }
            var reason = Cell(Col.Reason);
            if (verdict == Verdict.Return && reason.Length == 0)
                at.Add(Col.Reason, SheetProblemCodes.ReasonMissing, $"item {id} is 退回重办 but has no 退回原因: say what the unit must redo");
            var satisfaction = Cell(Col.VerifiedSatisfaction);
            if (satisfaction.Length > 0 && !Statuses.Satisfaction.Contains(satisfaction))
            {
                at.Add(Col.VerifiedSatisfaction, SheetProblemCodes.NotAChoice, $"«{satisfaction}» is not one of {string.Join(" / ", Statuses.Satisfaction)} (choose from the cell's list)");
                satisfaction = "";
            }
            if (!SheetCells.TryDate(row[Col.Date], out var date))
                at.Add(Col.Date, SheetProblemCodes.BadDate, $"«{Cell(Col.Date)}» is not a date: write 2026-12-03 or 2026年12月3日");
            if (verdict is { } v)
                verdicts.Add(new VerdictEntry(id, v, reason, satisfaction.Length > 0 ? satisfaction : null,
                    Cell(Col.Verifier), date, row.Number));
        }
    }

    static void ReadProposals(XlsxSheet sheet, int header, VerificationSignature? signature, List<ProposalDecision> decisions, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r.Number > header && !r.IsEmpty))
        {
            var at = new Locator(sheet, row.Number, ProposalColumns, problems);
            string Cell(int c) => SheetCells.Text(row[c]);
            var id = Cell(PCol.Id);
            var confirm = Cell(PCol.Confirm);
            if (id.Length == 0)
            {
                if (confirm.Length > 0) at.Add(PCol.Id, SheetProblemCodes.UnknownItem, "the row has a 确认 but no 拟编号, so it belongs to no proposed item");
                continue;
            }
            if (seen.TryGetValue(id, out var first))
                at.Add(PCol.Id, SheetProblemCodes.DuplicateItem, $"proposed item {id} is also in row {first}: each proposed item has one row");
            else seen[id] = row.Number;
            SignedRow? signedRow = null;
            if (signature != null && !signature.Proposals.TryGetValue(id, out signedRow))
                at.Add(PCol.Id, SheetProblemCodes.UnknownItem, $"proposed item {id} was not in this sheet when it was made (the 拟编号 was typed over or the row added)");
            else if (signedRow != null && signedRow.Fingerprint != VerificationSignature.Fingerprint(Cell(PCol.Unit), Cell(PCol.Problem), Cell(PCol.Measure)))
                at.Add(PCol.Id, SheetProblemCodes.RowChanged,
                    $"the 单位, 问题 or 整改措施 of this row are not those written for proposed item {id}: the row was typed over or its 拟编号 changed");
            if (confirm.Length == 0) continue;
            if (!ProposalChoices.Contains(confirm))
                at.Add(PCol.Confirm, SheetProblemCodes.NotAChoice, $"«{confirm}» is not one of {string.Join(" / ", ProposalChoices)} (choose from the cell's list)");
            else decisions.Add(new ProposalDecision(id, signedRow?.UnitId ?? "", confirm == Include, row.Number));
        }
    }

    /// <summary>Adds problems located at one row of a sheet.</summary>
    readonly struct Locator(XlsxSheet sheet, int row, IReadOnlyList<SheetColumn> columns, List<Diagnostic> problems)
    {
        public void Add(int column, string code, string message) =>
            problems.Add(SheetProblem.At(code, sheet.File, sheet.Name, row, XlsxCells.ColumnName(column), columns[column].Header, message));
    }
}
