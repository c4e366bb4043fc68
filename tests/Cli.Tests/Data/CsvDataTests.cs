using System.Text;
using OfficeTools.Data;

namespace OfficeTools.Cli.Tests.Data;

public class CsvDataTests
{
    static List<Dictionary<string, object?>> Records(string csv)
    {
        var result = CsvData.Parse(csv, "t.csv");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return [.. ((List<object?>)result.Value!).Cast<Dictionary<string, object?>>()];
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_newlines()
    {
        var rows = Records("no,unit,note\r\n1,\"某某县委, 组织部\",\"他说\"\"好\"\"\"\r\n2,乡政府,\"第一行\r\n第二行\"\r\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal("某某县委, 组织部", rows[0]["unit"]);
        Assert.Equal("他说\"好\"", rows[0]["note"]);
        Assert.Equal("第一行\r\n第二行", rows[1]["note"]);
    }

    [Fact]
    public void Numbers_stay_strings_and_empty_fields_are_no_value_like_empty_xlsx_cells()
    {
        var rows = Records("no,amount,empty,quoted\n007,1.50,,\"\"\n");
        Assert.Equal("007", rows[0]["no"]);
        Assert.Equal("1.50", rows[0]["amount"]);
        Assert.True(rows[0].ContainsKey("empty"));
        Assert.Null(rows[0]["empty"]);
        Assert.Null(rows[0]["quoted"]);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_files_with_a_byte_order_mark_are_decoded(string encoding)
    {
        var e = Encoding.GetEncoding(encoding);
        var path = Path.Combine(CliHarness.TempDir(), "u16.csv");
        File.WriteAllBytes(path, [.. e.GetPreamble(), .. e.GetBytes("单位,编号\r\n某某乡,3\r\n")]);
        var result = DataLoader.Load(path);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("某某乡", ((Dictionary<string, object?>)((List<object?>)result.Value!)[0]!)["单位"]);
    }

    [Fact]
    public void Bom_and_blank_trailing_lines_are_accepted()
    {
        var path = Path.Combine(CliHarness.TempDir(), "bom.csv");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("单位,编号\n甲,1\n\n\n")]);
        var result = DataLoader.Load(path);
        Assert.True(result.Success);
        var row = (Dictionary<string, object?>)((List<object?>)result.Value!)[0]!;
        Assert.Equal("甲", row["单位"]);
        Assert.Single((List<object?>)result.Value!);
    }

    [Fact]
    public void Gb18030_files_from_chinese_excel_are_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(CliHarness.TempDir(), "gbk.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("单位,编号\r\n某某乡,3\r\n"));
        var result = DataLoader.Load(path);
        Assert.True(result.Success);
        Assert.Equal("某某乡", ((Dictionary<string, object?>)((List<object?>)result.Value!)[0]!)["单位"]);
    }

    [Fact]
    public void Every_ragged_row_is_reported_with_expected_and_actual_counts()
    {
        var result = CsvData.Parse("a,b,c\n1,2,3\n1,2\n1,2,3,4\n", "t.csv");
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("row 3 (line 3)", result.Errors[0].Location);
        Assert.Contains("expected 3 fields", result.Errors[0].Message);
        Assert.Contains("found 2", result.Errors[0].Message);
        Assert.Contains("found 4", result.Errors[1].Message);
    }

    [Fact]
    public void Row_numbers_count_records_while_lines_count_embedded_newlines()
    {
        var result = CsvData.Parse("a,b\n\"x\ny\",1\n1\n", "t.csv");
        Assert.Equal("row 3 (line 4)", Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void Unclosed_quote_and_bad_header_are_errors()
    {
        Assert.Contains("never closed", Assert.Single(CsvData.Parse("a,b\n\"open,1\n", "t.csv").Errors).Message);
        var dup = CsvData.Parse("a,b,a\n1,2,3\n", "t.csv");
        Assert.Contains("duplicate field name \"a\"", Assert.Single(dup.Errors).Message);
        Assert.Contains("empty", Assert.Single(CsvData.Parse("a,,c\n1,2,3\n", "t.csv").Errors).Message);
        Assert.Contains("empty file", Assert.Single(CsvData.Parse("", "t.csv").Errors).Message);
    }
}
