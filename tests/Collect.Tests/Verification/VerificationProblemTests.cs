using OfficeTools.Collect.Verification;
using OfficeTools.Packages;
using static OfficeTools.Collect.Tests.Verification.VerificationSamples;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>Every kind of bad input of a filled verification sheet, each reported at its sheet, row and column, all at once.</summary>
public class VerificationProblemTests
{
    [Fact]
    public void Bad_cells_are_each_located_and_reported_together()
    {
        var path = Written();
        SheetFiller.Fill(path, "复核",
            ($"J{RowOf(1)}", "同意"),                                   // typed over the drop-down
            ($"J{RowOf(2)}", "退回重办"),                               // no reason
            ($"J{RowOf(3)}", "通过"), ($"L{RowOf(3)}", "很满意"), ($"N{RowOf(3)}", "下周一"),
            ($"J{RowOf(4)}", "通过"), ($"C{RowOf(4)}", "I0009"),        // id typed over
            ($"J{RowOf(6)}", "通过"));                                  // a verdict under the last item
        SheetFiller.Fill(path, "新发现问题", ("G4", "纳入"));
        var read = VerificationSheet.Read(path);
        var file = path;
        Assert.Equal(
        [
            $"{file}: sheet 复核, row 4, column J (复核结论): «同意» is not one of 通过 / 退回重办 (choose from the cell's list)",
            $"{file}: sheet 复核, row 5, column K (退回原因): item I0002 is 退回重办 but has no 退回原因: say what the unit must redo",
            $"{file}: sheet 复核, row 6, column L (群众评价（复核）): «很满意» is not one of 满意 / 基本满意 / 不满意 (choose from the cell's list)",
            $"{file}: sheet 复核, row 6, column N (复核日期): «下周一» is not a date: write 2026-12-03 or 2026年12月3日",
            $"{file}: sheet 复核, row 7, column C (事项编号): item I0009 was not in this sheet when it was made (the 事项编号 was typed over or the row added)",
            $"{file}: sheet 复核, row 9, column C (事项编号): the row is filled in but has no 事项编号, so it belongs to no item",
            $"{file}: sheet 新发现问题, row 4, column G (确认): «纳入» is not one of 纳入台账 / 不纳入 (choose from the cell's list)",
        ], read.Problems.Select(p => p.ToString()));
        Assert.False(read.Success);
        // what parsed is still there to show (the caller applies none of it)
        Assert.Equal(["I0002", "I0003", "I0009"], read.Verdicts.Select(v => v.ItemId));
    }

    [Fact]
    public void Moved_columns_refuse_the_whole_sheet_and_name_the_columns()
    {
        var path = Written();
        // the clerk swapped 存在问题 and 整改措施 (headers and cells), and filled a verdict
        SheetFiller.Fill(path, "复核", ("D3", "整改措施"), ("E3", "存在问题"), ($"J{RowOf(1)}", "通过"));
        var read = VerificationSheet.Read(path, ItemIds);
        Assert.Empty(read.Verdicts);
        Assert.All(read.Problems, p => Assert.Equal(SheetProblemCodes.Header, p.Id));
        Assert.Equal(
        [
            $"{path}: sheet 复核, row 3, column D (存在问题): the column 存在问题 is in column E, not here: columns were moved, inserted or deleted",
            $"{path}: sheet 复核, row 3, column E (整改措施): the column 整改措施 is in column D, not here: columns were moved, inserted or deleted",
            $"{path}: sheet 复核, row 3: the columns are not as written, so nothing of this sheet is read: put them back as they were, or make a new verification sheet",
        ], read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Renamed_or_cleared_headers_are_located()
    {
        var path = Written();
        SheetFiller.Fill(path, "复核", ("J3", "结论"), ("M3", null));
        var problems = VerificationSheet.Read(path).Problems;
        Assert.Contains(problems, p => p.Location == "sheet 复核, row 3, column J (复核结论)" && p.Message.Contains("«结论»", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Location == "sheet 复核, row 3, column M (复核人)" && p.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicated_rows_and_rows_copied_over_another_item_are_located()
    {
        var path = Written();
        // row 5 (I0002) made a copy of row 4 (I0001): the id and the unit's columns
        SheetFiller.Fill(path, "复核", ($"C{RowOf(2)}", "I0001"), ($"J{RowOf(1)}", "通过"), ($"J{RowOf(2)}", "通过"));
        var problems = VerificationSheet.Read(path).Problems;
        Assert.Equal([SheetProblemCodes.DuplicateItem, SheetProblemCodes.RowChanged], problems.Select(p => p.Id));
        Assert.All(problems, p => Assert.Contains("row 5,", p.Location));
        Assert.Contains("also in row 4", problems[0].Message, StringComparison.Ordinal);
        Assert.All(problems, p => Assert.Contains("column C", p.Location));
    }

    [Fact]
    public void An_item_not_awaiting_verification_in_the_ledger_is_located()
    {
        var path = Written();
        SheetFiller.Fill(path, "复核", ($"J{RowOf(5)}", "通过"));
        // I0004 is not awaiting either, but its row is not decided: it changes nothing
        var problem = Assert.Single(VerificationSheet.Read(path, ["I0001", "I0002", "I0003"]).Problems);
        Assert.Equal($"{path}: sheet 复核, row 8, column C (事项编号): item I0005 is not one of the items awaiting 复核 in the ledger", problem.ToString());
    }

    [Fact]
    public void A_missing_or_edited_signature_is_reported()
    {
        var deleted = Written();
        SheetFiller.DeleteSheet(deleted, "校验信息");
        var problem = Assert.Single(VerificationSheet.Read(deleted).Problems);
        Assert.Equal(SheetProblemCodes.Signature, problem.Id);
        Assert.Contains("校验信息 is missing", problem.Message, StringComparison.Ordinal);

        var edited = Written();
        SheetFiller.Fill(edited, "校验信息", ("B9", "I0099"));   // the first item's id in the signature
        problem = Assert.Single(VerificationSheet.Read(edited).Problems, p => p.Id == SheetProblemCodes.Signature);
        Assert.Contains("does not match its hash", problem.Message, StringComparison.Ordinal);

        var renamed = Written();
        SheetFiller.DeleteSheet(renamed, "复核");
        Assert.Contains(VerificationSheet.Read(renamed).Problems, p => p.Id == SheetProblemCodes.SheetMissing && p.Location.StartsWith("sheet 复核", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_an_xlsx_a_missing_file_and_a_package_over_the_limits_are_refused()
    {
        var dir = TempDir();
        var text = Path.Combine(dir, "复核表.xlsx");
        File.WriteAllText(text, "通过,退回重办");
        var p = Assert.Single(VerificationSheet.Read(text).Problems);
        Assert.Equal(SheetProblemCodes.NotXlsx, p.Id);
        Assert.StartsWith($"{text}: not a readable .xlsx workbook", p.ToString(), StringComparison.Ordinal);

        Assert.Equal(SheetProblemCodes.NotXlsx, Assert.Single(VerificationSheet.Read(Path.Combine(dir, "none.xlsx")).Problems).Id);

        var path = Written();
        p = Assert.Single(VerificationSheet.Read(path, limits: new PackageLimits { MaxPartBytes = 2048 }).Problems);
        Assert.Equal(SheetProblemCodes.Refused, p.Id);
        Assert.Contains("--max-part-mb", p.Message, StringComparison.Ordinal);
    }
}
