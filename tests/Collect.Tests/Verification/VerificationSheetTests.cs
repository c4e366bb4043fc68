using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeTools.Collect.Verification;
using OfficeTools.Documents.Campaigns;
using static OfficeTools.Collect.Tests.Verification.VerificationSamples;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>The verification sheet written, checked with the SDK's validator, filled as Excel saves it, and read back.</summary>
public class VerificationSheetTests
{
    [Fact]
    public void Written_sheet_is_valid_and_laid_out_for_the_clerk()
    {
        var path = Written();
        using var doc = SpreadsheetDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(doc, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["复核", "新发现问题", "校验信息"], sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[2].State!.Value);
        Assert.Null(sheets[0].State);

        var ws = ((WorksheetPart)wb.GetPartById(sheets[0].Id!)).Worksheet;
        var texts = ws.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        Assert.Equal("中共青山县委党的群众路线教育实践活动领导小组办公室整改事项复核表（第一轮）", texts["A1"]);
        Assert.Equal(["序号", "单位", "事项编号", "存在问题", "整改措施", "自报完成情况", "完成时间", "佐证材料", "群众评价",
            "复核结论", "退回原因", "群众评价（复核）", "复核人", "复核日期"], Enumerable.Range(0, 14).Select(c => texts[$"{OfficeTools.Data.XlsxCells.ColumnName(c)}3"]));
        Assert.Equal("I0003", texts["C6"]);
        Assert.Equal("村务公开不及时，\n财务公开栏长期未更新", texts["D6"]);

        // the header row is frozen, the sheet protected without a password, printed landscape on A4 to the page width
        var pane = ws.Descendants<Pane>().Single();
        Assert.Equal(3d, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        var protection = ws.GetFirstChild<SheetProtection>()!;
        Assert.True(protection.Sheet!.Value);
        Assert.Null(protection.Password);
        var setup = ws.GetFirstChild<PageSetup>()!;
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(ws.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Equal("'复核'!$1:$3", wb.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.LocalSheetId?.Value == 0).Text);

        // the given columns are locked, the clerk's (J…N) unlocked
        var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(string reference) => formats[(int)ws.Descendants<Cell>().Single(c => c.CellReference == reference).StyleIndex!.Value]
            .Protection?.Locked?.Value != false;
        Assert.All(new[] { "A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4", "I4", "A8", "C8" }, c => Assert.True(Locked(c), c));
        Assert.All(new[] { "J4", "K4", "L4", "M4", "N4", "J8", "N8" }, c => Assert.False(Locked(c), c));

        // drop-downs of the verdicts and of 群众评价, a date validation, over every item row
        var validations = ws.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!);
        Assert.Equal("\"通过,退回重办\"", validations["J4:J8"].Formula1!.Text);
        Assert.Equal(DataValidationValues.List, validations["J4:J8"].Type!.Value);
        Assert.Equal("\"满意,基本满意,不满意\"", validations["L4:L8"].Formula1!.Text);
        Assert.Equal(DataValidationValues.Date, validations["N4:N8"].Type!.Value);

        var proposals = ((WorksheetPart)wb.GetPartById(sheets[1].Id!)).Worksheet;
        Assert.Equal("\"纳入台账,不纳入\"", proposals.Descendants<DataValidation>().Single().Formula1!.Text);
        Assert.Equal("拟编号", proposals.Descendants<Cell>().Single(c => c.CellReference == "B3").InnerText);
    }

    [Fact]
    public void Filled_sheet_reads_back_the_verdicts_and_confirmations()
    {
        var path = Written();
        SheetFiller.Fill(path, "复核",
            ($"J{RowOf(1)}", "通过"), ($"L{RowOf(1)}", "满意"), ($"M{RowOf(1)}", "陈督查"), ($"N{RowOf(1)}", new DateOnly(2026, 12, 5)),
            ($"J{RowOf(3)}", "退回重办"), ($"K{RowOf(3)}", "财务公开栏照片为旧照片，须补充11月公开内容"), ($"M{RowOf(3)}", "陈督查"), ($"N{RowOf(3)}", new DateOnly(2026, 12, 6)),
            ($"J{RowOf(4)}", "通过"));
        SheetFiller.Fill(path, "新发现问题", ("G4", "纳入台账"), ("G5", "不纳入"));

        var read = VerificationSheet.Read(path, ItemIds);

        Assert.Empty(read.Problems);
        Assert.True(read.Success);
        Assert.Equal("qs-2026", read.CampaignId);
        Assert.Equal(1, read.Round);
        Assert.Equal(
        [
            new VerdictEntry("I0001", Verdict.Pass, "", "满意", "陈督查", new DateOnly(2026, 12, 5), 4),
            new VerdictEntry("I0003", Verdict.Return, "财务公开栏照片为旧照片，须补充11月公开内容", null, "陈督查", new DateOnly(2026, 12, 6), 6),
            new VerdictEntry("I0004", Verdict.Pass, "", null, "", null, 7),
        ], read.Verdicts);
        Assert.Equal([new ProposalDecision("U002-N1", "U002", true, 4), new ProposalDecision("U001-N1", "U001", false, 5)], read.Proposals);
    }

    [Fact]
    public void Dates_typed_as_text_or_plain_serials_and_trailing_spaces_are_accepted()
    {
        var path = Written();
        SheetFiller.Fill(path, "复核",
            ($"J{RowOf(1)}", "通过 "), ($"N{RowOf(1)}", "2026/12/3"),
            ($"J{RowOf(2)}", " 退回重办"), ($"K{RowOf(2)}", "民情日记不全 "), ($"N{RowOf(2)}", "2026年12月4日"),
            ($"J{RowOf(3)}", "通过"), ($"L{RowOf(3)}", "基本满意  "), ($"N{RowOf(3)}", 46361L),
            ($"J{RowOf(5)}", "通过"), ($"N{RowOf(5)}", "2026-12-07 "));
        SheetFiller.Unstyle(path, "复核", $"N{RowOf(3)}");
        var read = VerificationSheet.Read(path);
        Assert.Empty(read.Problems);
        Assert.Equal([new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7)], read.Verdicts.Select(v => v.Date));
        Assert.Equal([Verdict.Pass, Verdict.Return, Verdict.Pass, Verdict.Pass], read.Verdicts.Select(v => v.Verdict));
        Assert.Equal("民情日记不全", read.Verdicts[1].Reason);
        Assert.Equal("基本满意", read.Verdicts[2].Satisfaction);
    }

    [Fact]
    public void An_empty_sheet_still_reads_and_bad_ids_are_refused_when_writing()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "空.xlsx");
        VerificationSheet.Write(path, [], [], new VerificationCampaign("青山县委办", 2));
        var read = VerificationSheet.Read(path);
        Assert.Empty(read.Problems);
        Assert.Empty(read.Verdicts);
        Assert.Equal(2, read.Round);
        Assert.Throws<ArgumentException>(() => VerificationSheet.Write(new MemoryStream(), [Rows[0], Rows[0]], [], VerificationSamples.Campaign));
        Assert.Throws<ArgumentException>(() => VerificationSheet.Write(new MemoryStream(), [Rows[0] with { ItemId = " " }], [], VerificationSamples.Campaign));
    }
}
