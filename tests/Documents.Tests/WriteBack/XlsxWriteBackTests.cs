using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>An .xlsx ledger comes back as the clerk's own workbook: only the updated cells change, loop columns are appended.</summary>
public class XlsxWriteBackTests
{
    static readonly string[] LoopHeaders = ["阶段", "复核结论", "退回原因", "销号时间", "销号人"];

    [Fact]
    public void The_clerks_workbook_keeps_its_sheets_columns_styles_and_formulas_and_loads_back_with_the_updates()
    {
        var dir = TestLedgers.TempDir("wb-xlsx");
        var source = Path.Combine(dir, "台账.xlsx");
        var headerStyle = ClerkWorkbook(source);
        var original = TestLedgers.LoadOk(source);
        var updates = WriteBackCases.RoundOne(original);
        var target = Path.Combine(dir, "合并台账.xlsx");
        var sourceBytes = File.ReadAllBytes(source);

        WriteBackCases.WriteOk(source, updates, target);

        Assert.Equal(sourceBytes, File.ReadAllBytes(source));
        AssertValid(target);
        TestLedgers.AssertEqual(WriteBackCases.Apply(original, updates), TestLedgers.LoadOk(target));
        using (var before = SpreadsheetDocument.Open(source, false))
        using (var after = SpreadsheetDocument.Open(target, false))
        {
            Assert.Equal(SheetNames(before), SheetNames(after));
            Assert.Equal(["活动", "单位", "整改事项", "制度建设", "说明"], SheetNames(after));
            var items = Rows(after, "整改事项");
            Assert.Equal([.. Headers(before, "整改事项"), .. LoopHeaders], Headers(after, "整改事项"));
            Assert.All(items[0].Elements<Cell>(), c => Assert.Equal(headerStyle, c.StyleIndex?.Value));
            Assert.Equal("C2+1", Cell(items[1], "Q").CellFormula?.Text);
            Assert.Equal("已电话核实", Cell(items[1], "P").InlineString?.InnerText);
            // 完成时限 stays a date-formatted number, in the updated rows too
            Assert.Null(Cell(items[1], "H").DataType);
            Assert.Equal(1u, Cell(items[1], "H").StyleIndex?.Value);
            // untouched rows are the very same XML
            var old = Rows(before, "整改事项");
            for (var r = 3; r < old.Count; r++) Assert.Equal(old[r].OuterXml, items[r].OuterXml);
            // the appended row looks like the one above: its date formatted as a date
            Assert.Equal(old.Count + 1, items.Count);
            Assert.Equal(1u, Cell(items[^1], "H").StyleIndex?.Value);
            Assert.Null(Cell(items[^1], "H").DataType);
            Assert.Equal("COUNTA(整改事项!A:A)", Rows(after, "说明")[1].Descendants<CellFormula>().Single().Text);
            Assert.True(after.WorkbookPart!.Workbook.CalculationProperties?.FullCalculationOnLoad?.Value);
            var cols = Part(after, "整改事项").Worksheet.GetFirstChild<Columns>()!;
            Assert.Equal(14, cols.Elements<Column>().First().Width!.Value);
        }

        // a second round reads the first's output and appends nothing twice
        var loaded = TestLedgers.LoadOk(target);
        var second = Path.Combine(dir, "第二轮.xlsx");
        WriteBackCases.WriteOk(target, WriteBackCases.RoundTwo(loaded), second);
        AssertValid(second);
        TestLedgers.AssertEqual(WriteBackCases.Apply(loaded, WriteBackCases.RoundTwo(loaded)), TestLedgers.LoadOk(second));
        using (var first = SpreadsheetDocument.Open(target, false))
        using (var again = SpreadsheetDocument.Open(second, false))
            Assert.Equal(Headers(first, "整改事项"), Headers(again, "整改事项"));
    }

    [Fact]
    public void The_sample_written_back_with_no_update_loads_equal()
    {
        var dir = TestLedgers.TempDir("wb-xlsx-none");
        var target = Path.Combine(dir, "same.xlsx");
        WriteBackCases.WriteOk(TestLedgers.SampleXlsx, LedgerUpdates.None, target);
        AssertValid(target);
        TestLedgers.AssertEqual(TestLedgers.LoadOk(TestLedgers.SampleXlsx), TestLedgers.LoadOk(target));
    }

    [Fact]
    public void A_workbook_with_shared_strings_gets_its_new_text_there_and_loads_back()
    {
        var dir = TestLedgers.TempDir("wb-xlsx-sst");
        var source = Path.Combine(dir, "台账.xlsx");
        File.Copy(TestLedgers.SampleXlsx, source);
        int before;
        // as Excel and LibreOffice save: every text in the shared-string table
        using (var doc = SpreadsheetDocument.Open(source, true))
        {
            var sst = doc.WorkbookPart!.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            foreach (var cell in doc.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Where(c => c.DataType?.Value == CellValues.InlineString).ToList())
            {
                var text = cell.InlineString!.InnerText;
                if (!index.TryGetValue(text, out var i)) { index[text] = i = index.Count; sst.SharedStringTable.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text))); }
                cell.InlineString = null;
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            before = index.Count;
        }
        var original = TestLedgers.LoadOk(source);
        var updates = WriteBackCases.RoundOne(original);
        var target = Path.Combine(dir, "合并台账.xlsx");
        WriteBackCases.WriteOk(source, updates, target);
        AssertValid(target);
        TestLedgers.AssertEqual(WriteBackCases.Apply(original, updates), TestLedgers.LoadOk(target));
        using var after = SpreadsheetDocument.Open(target, false);
        var table = after.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
        Assert.True(table.Elements<SharedStringItem>().Count() > before);
        Assert.Equal((uint)table.Elements<SharedStringItem>().Count(), table.UniqueCount?.Value);
        Assert.DoesNotContain(Part(after, "整改事项").Worksheet.Descendants<Cell>(), c => c.DataType?.Value == CellValues.InlineString);
    }

    // The sample as a clerk keeps it: a bold header, column widths, a note column, a formula column and a sheet of their own.
    static uint ClerkWorkbook(string path)
    {
        File.Copy(TestLedgers.SampleXlsx, path);
        using var doc = SpreadsheetDocument.Open(path, true);
        var wb = doc.WorkbookPart!;
        var styles = wb.WorkbookStylesPart!.Stylesheet;
        styles.Fonts!.AppendChild(new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }));
        styles.Fonts.Count = (uint)styles.Fonts.ChildElements.Count;
        styles.CellFormats!.AppendChild(new CellFormat { NumberFormatId = 0, FontId = styles.Fonts.Count - 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
        styles.CellFormats.Count = (uint)styles.CellFormats.ChildElements.Count;
        var headerStyle = styles.CellFormats.Count.Value - 1;
        var sheet = Part(doc, "整改事项").Worksheet;
        var data = sheet.GetFirstChild<SheetData>()!;
        sheet.InsertBefore(new Columns(new Column { Min = 1, Max = 16, Width = 14, CustomWidth = true }), data);
        var rows = data.Elements<Row>().ToList();
        rows[0].Append(Text("P1", "备注"), Text("Q1", "重点加一"));
        rows[1].Append(Text("P2", "已电话核实"), new Cell(new CellFormula("C2+1"), new CellValue("2")) { CellReference = "Q2" });
        foreach (var c in rows[0].Elements<Cell>()) c.StyleIndex = headerStyle;
        var notes = wb.AddNewPart<WorksheetPart>();
        notes.Worksheet = new Worksheet(new SheetData(
            new Row(Text("A1", "本台账由县纪委办公室维护")) { RowIndex = 1 },
            new Row(new Cell(new CellFormula("COUNTA(整改事项!A:A)"), new CellValue("188")) { CellReference = "A2" }) { RowIndex = 2 }));
        var sheets = wb.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(notes), SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Name = "说明" });
        return headerStyle;
    }

    static Cell Text(string reference, string text) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    static WorksheetPart Part(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    static List<Row> Rows(SpreadsheetDocument doc, string name) => [.. Part(doc, name).Worksheet.Descendants<Row>()];

    static Cell Cell(Row row, string column) => row.Elements<Cell>().Single(c => c.CellReference == column + row.RowIndex!.Value);

    static string[] SheetNames(SpreadsheetDocument doc) => [.. doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    static string[] Headers(SpreadsheetDocument doc, string name) => [.. Rows(doc, name)[0].Elements<Cell>().Select(c => c.InnerText)];

    static void AssertValid(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
