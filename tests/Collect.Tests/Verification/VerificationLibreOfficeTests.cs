using OfficeTools.Testing;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeTools.Collect.Verification;
using static OfficeTools.Collect.Tests.Verification.VerificationSamples;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>The verification sheet through LibreOffice Calc: re-saved (its hidden signature sheet survives) and printed.</summary>
public class VerificationLibreOfficeTests
{
    static void Fill(string path)
    {
        SheetFiller.Fill(path, "复核",
            ($"J{RowOf(1)}", "通过"), ($"L{RowOf(1)}", "满意"), ($"M{RowOf(1)}", "陈督查"), ($"N{RowOf(1)}", new DateOnly(2026, 12, 5)),
            ($"J{RowOf(3)}", "退回重办"), ($"K{RowOf(3)}", "公开栏照片为旧照片"), ($"N{RowOf(3)}", "2026/12/6"));
        SheetFiller.Fill(path, "新发现问题", ("G4", "纳入台账"));
    }

    [Fact]
    public void A_sheet_resaved_by_LibreOffice_reads_back_the_same()
    {
        _ = SystemTools.Calc;
        var dir = TempDir();
        // filled, then re-saved in Calc; and re-saved blank, then filled (a clerk who gets the sheet through LibreOffice)
        var filled = Written(Directory.CreateDirectory(Path.Combine(dir, "filled")).FullName);
        Fill(filled);
        var blank = Path.Combine(dir, "blank.xlsx");
        File.Copy(Written(), blank);
        var expected = VerificationSheet.Read(filled, ItemIds);
        Assert.Empty(expected.Problems);
        Assert.Equal(2, expected.Verdicts.Count);

        var resaved = Calc.Convert("xlsx", Path.Combine(dir, "resaved"), filled, blank);
        using (var doc = SpreadsheetDocument.Open(resaved[0], false))
        {
            var signature = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "校验信息");
            Assert.Equal(SheetStateValues.Hidden, signature.State?.Value);
        }
        var again = VerificationSheet.Read(resaved[0], ItemIds);
        Assert.Empty(again.Problems);
        Assert.Equal(expected.Verdicts, again.Verdicts);
        Assert.Equal(expected.Proposals, again.Proposals);

        Fill(resaved[1]);
        var later = VerificationSheet.Read(resaved[1], ItemIds);
        Assert.Empty(later.Problems);
        Assert.Equal(expected.Verdicts, later.Verdicts);
        Assert.Equal(expected.Proposals, later.Proposals);
    }

    [Fact]
    public void The_sheet_prints_on_A4_landscape_with_every_column_on_the_page()
    {
        _ = SystemTools.Calc;
        var dir = TempDir();
        var path = Written(dir);
        Fill(path);
        OfficeTools.Testing.SystemTools.Poppler("pdftotext");
        var pdf = Calc.Convert("pdf", Path.Combine(dir, "pdf"), path)[0];
        var text = Calc.PageText(pdf, 1);
        var flat = string.Concat(text!.Where(c => !char.IsWhiteSpace(c)));
        // the last column and the last row are on the first page: nothing is cut off to the right or below
        foreach (var word in new[] { "整改事项复核表（第一轮）", "序号", "存在问题", "整改措施", "佐证材料", "复核结论", "退回原因", "复核人", "复核日期", "I0001", "I0005", "2026-12-05", "公开栏照片为旧照片" })
            Assert.Contains(word, flat, StringComparison.Ordinal);
        // the long texts wrap in their cells rather than being cut off
        Assert.Contains("公务接待超标准，存在陪餐人数过多的问题".Replace("，", "", StringComparison.Ordinal)[..6], flat, StringComparison.Ordinal);
        Assert.Contains("李明（县农业局副局长）", flat, StringComparison.Ordinal);
        Assert.Contains("第1页，共2页", flat, StringComparison.Ordinal);
        var size = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
        var box = System.Text.RegularExpressions.Regex.Match(size, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success, "the PDF has no MediaBox");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.InRange(width, 841, 843);   // A4 landscape: 297 mm wide
        Assert.InRange(height, 594, 596);  // 210 mm high
    }
}
