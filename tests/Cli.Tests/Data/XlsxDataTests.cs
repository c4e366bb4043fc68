using OfficeTools.Data;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests.Data;

public class XlsxDataTests
{
    static string Save(byte[] bytes, string name = "book.xlsx")
    {
        var path = Path.Combine(CliHarness.TempDir(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static string ExcelLike(bool date1904 = false) => Save(XlsxFixtures.Workbook(
        ["单位", "Sheet2"],
        [
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>完成</t></is></c><c r=\"E1\" t=\"s\"><v>3</v></c><c r=\"F1\" t=\"s\"><v>4</v></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" s=\"1\"><v>42063</v></c><c r=\"C2\" s=\"2\"><v>42063.5</v></c><c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\"><v>85.299999999999997</v></c><c r=\"F2\"><v>17</v></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>6</v></c></row>" +
            "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>7</v></c></row>",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>",
        ],
        ["<t>单位名称</t>", "<t>期限</t>", "<t>时间</t>", "<t>比例</t>", "<t>编号</t>",
         "<r><t>某某</t></r><r><t>县委</t></r><rPh sb=\"0\" eb=\"1\"><t>ぼう</t></rPh>", "<t>乡政府</t>", "<t>街道</t>"],
        [(176, "[$-804]yyyy\"年\"m\"月\"d\"日\";@"), (177, "0.00\"d\"")],
        [0, 176, 22, 177], date1904));

    [Fact]
    public void First_sheet_reads_shared_and_inline_strings_dates_numbers_and_booleans()
    {
        var result = DataLoader.Load(ExcelLike());
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var rows = ((List<object?>)result.Value!).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("某某县委", rows[0]["单位名称"]);
        Assert.Equal(new DateTime(2015, 2, 28), rows[0]["期限"]);
        Assert.Equal(new DateTime(2015, 2, 28, 12, 0, 0), rows[0]["时间"]);
        Assert.Equal(true, rows[0]["完成"]);
        Assert.Equal(85.3m, rows[0]["比例"]);
        Assert.Equal(17L, rows[0]["编号"]);
        Assert.Null(rows[1]["期限"]);
        Assert.Null(rows[1]["编号"]);
        Assert.Equal("街道", rows[2]["单位名称"]);
    }

    [Fact]
    public void Cells_holding_excel_errors_are_located_errors_all_at_once()
    {
        var path = Save(XlsxFixtures.Workbook(["台账", "名单"],
            ["<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>责任人</t></is></c></row>" +
             "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"B2\" t=\"e\"><f>VLOOKUP(A2,名单!A:B,2,0)</f><v>#N/A</v></c></row>" +
             "<row r=\"3\"><c r=\"A3\" t=\"e\"><v>#REF!</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>张三</t></is></c></row>",
             "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#DIV/0!</v></c></row>"],
            [], [], [0]));
        var result = DataLoader.Load(path);
        Assert.False(result.Success);
        Assert.Equal(["sheet 台账, cell B2", "sheet 台账, cell A3"], result.Errors.Select(e => e.Location));
        Assert.Contains("#N/A", result.Errors[0].Message);
        Assert.Contains("#REF!", result.Errors[1].Message);
        Assert.All(result.Errors, e => Assert.Equal(path, e.File));
        // A sheet that is never read as a table (here the second one) does not stop the data being read.
        var book = XlsxReader.ReadWorkbook(path);
        Assert.True(book.Success);
        Assert.Single(book.Workbook!["名单"]!.CellErrors);
    }

    [Fact]
    public void Date_1904_workbooks_shift_dates()
    {
        var rows = (List<object?>)DataLoader.Load(ExcelLike(date1904: true)).Value!;
        Assert.Equal(new DateTime(2019, 3, 1), ((Dictionary<string, object?>)rows[0]!)["期限"]);
    }

    [Fact]
    public void Workbook_api_keeps_every_sheet_and_excel_row_numbers()
    {
        var book = XlsxReader.ReadWorkbook(ExcelLike());
        Assert.True(book.Success);
        Assert.Equal(["单位", "Sheet2"], book.Workbook!.Sheets.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 5], book.Workbook["单位"]!.Rows.Select(r => r.Number));
        var table = book.Workbook["单位"]!.ToTable();
        Assert.Equal([2, 3, 5], table.Records.Select(r => r.RowNumber));
        Assert.Equal(1L, book.Workbook["Sheet2"]!.ToTable().Records[0].Values["x"]);
    }

    [Fact]
    public void No_header_row_is_an_error_naming_the_sheet_and_row()
    {
        var path = Save(XlsxFixtures.Workbook(["台账"], ["<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"], [], [], [0]));
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Equal("sheet 台账, row 1", error.Location);
        Assert.Contains("header row", error.Message);
        var empty = Save(XlsxFixtures.Workbook(["空"], [""], [], [], [0]));
        Assert.Contains("empty", Assert.Single(DataLoader.Load(empty).Errors).Message);
    }

    [Fact]
    public void Duplicate_header_names_are_an_error_naming_both_columns()
    {
        var path = Save(XlsxFixtures.Workbook(["s"],
            ["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>0</v></c></row>"],
            ["<t>单位</t>", "<t>编号</t>"], [], [0]));
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Contains("columns A and C are both named \"单位\"", error.Message);
    }

    [Fact]
    public void Corrupt_and_legacy_workbooks_get_clear_messages()
    {
        var valid = XlsxFixtures.Workbook(["s"], ["<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"], [], [], [0]);
        var truncated = Save(valid[..(valid.Length / 2)]);
        Assert.Contains("not a readable .xlsx", Assert.Single(DataLoader.Load(truncated).Errors).Message);
        var renamed = Save(CliHarness.OleHeader());
        Assert.Contains("legacy binary Excel", Assert.Single(DataLoader.Load(renamed).Errors).Message);
    }

    [Fact]
    public void Writer_output_reads_back_with_types_and_is_valid()
    {
        var path = Path.Combine(CliHarness.TempDir(), "out.xlsx");
        XlsxWriter.Write(path, [
            new XlsxSheetData("单位", [["名称", "日期", "数", "是否", "小数"], ["甲\u0001乙", new DateTime(2014, 12, 15), 3L, false, 1.25m]]),
            new XlsxSheetData("事项", [["id"], ["I1"]]),
        ]);
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false))
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken));
        var book = XlsxReader.ReadWorkbook(path).Workbook!;
        var rec = book["单位"]!.ToTable().Records.Single().Values;
        Assert.Equal("甲乙", rec["名称"]);
        Assert.Equal(new DateTime(2014, 12, 15), rec["日期"]);
        Assert.Equal(3L, rec["数"]);
        Assert.Equal(false, rec["是否"]);
        Assert.Equal(1.25m, rec["小数"]);
        Assert.Equal("I1", book["事项"]!.ToTable().Records[0].Values["id"]);
        Assert.Throws<ArgumentException>(() => XlsxWriter.Write(Path.Combine(CliHarness.TempDir(), "x.xlsx"), [new XlsxSheetData("a/b", [])]));
        _ = RepoPaths.Root;
    }
}
