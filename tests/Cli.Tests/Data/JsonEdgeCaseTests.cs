using System.Text;
using OfficeTools.Data;

namespace OfficeTools.Cli.Tests.Data;

/// <summary>Numbers beyond a double, unpaired surrogates and UTF-16 files: located errors, or read as written.</summary>
public class JsonEdgeCaseTests
{
    static string WriteBytes(byte[] bytes, string name = "d.json")
    {
        var path = Path.Combine(CliHarness.TempDir(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static string Write(string json) => WriteBytes(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1E+309")]
    public void Number_beyond_a_double_is_refused_with_its_place(string number)
    {
        var path = Write("{\n  \"单位\": \"某某\",\n  \"金额\": " + number + "\n}");
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Equal(path, error.File);
        Assert.Equal("line 3:column 9, $.金额", error.Location);
        Assert.Contains($"the number {number} is outside the range", error.Message);
        Assert.DoesNotContain("Infinity", error.ToString());
    }

    [Fact]
    public void Number_with_400_digits_is_refused_not_rounded_to_infinity()
    {
        var error = Assert.Single(DataLoader.Load(Write("{\"n\": 1" + new string('0', 400) + "}")).Errors);
        Assert.Equal("line 1:column 7, $.n", error.Location);
        Assert.Contains("outside the range", error.Message);
    }

    [Fact]
    public void Number_beyond_a_double_in_a_streamed_list_names_the_record_and_line_past_the_first_buffer()
    {
        // 3,000 records of ~40 bytes: the bad one lies well past the reader's first 64 KiB buffer.
        var lines = Enumerable.Range(1, 3000).Select(i => $"  {{\"no\": {i}, \"单位\": \"第{i}个单位\"}},").ToList();
        lines[2499] = "  {\"no\": 2500, \"单位\": \"坏\", \"x\": 1e999},";
        lines[^1] = lines[^1].TrimEnd(',');
        using var set = DataLoader.Open(WriteBytes(Encoding.UTF8.GetBytes("\uFEFF[\n" + string.Join("\n", lines) + "\n]")));
        Assert.Empty(set.Errors);
        var records = set.Records.ToList();
        var bad = records[^1];
        Assert.Equal(2500, bad.Number);
        Assert.NotNull(bad.Error);
        Assert.Equal("line 2501:column 32, $[2499].x", bad.Error!.Location);
        Assert.Contains("the number 1e999 is outside the range", bad.Error.Message);
    }

    [Theory]
    [InlineData("\"某某\\uD800乡\"")]
    [InlineData("\"\\uDC00\"")]
    [InlineData("\"\\uD83D\\u0041\"")]
    public void Unpaired_surrogate_escape_is_an_error_naming_the_file_and_line(string text)
    {
        var path = Write("{\n  \"单位\": " + text + "\n}");
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Equal(path, error.File);
        Assert.Equal("line 2:column 9, $.单位", error.Location);
        Assert.Contains("not valid Unicode", error.Message);
    }

    [Fact]
    public void Unpaired_surrogate_in_a_key_is_an_error_too()
    {
        var error = Assert.Single(DataLoader.Load(Write("[\n{\"a\\uDBFF\": 1}\n]")).Errors);
        Assert.StartsWith("line 2:column 2", error.Location);
        Assert.Contains("not valid Unicode", error.Message);
    }

    [Fact]
    public void A_paired_surrogate_escape_is_the_character()
    {
        var result = DataLoader.Load(Write("{\"e\": \"\\uD83D\\uDE00\"}"));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("😀", Assert.IsType<Dictionary<string, object?>>(result.Value)["e"]);
    }

    public static TheoryData<string, byte[]> Utf16Files() => new()
    {
        { "LE with BOM (Notepad's Unicode)", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Utf16Json)] },
        { "BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Utf16Json)] },
        { "LE without BOM", Encoding.Unicode.GetBytes(Utf16Json) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Utf16Json)] },
    };

    const string Utf16Json = "[\r\n  {\"单位\": \"某某乡党委😀\", \"no\": 17},\r\n  {\"单位\": \"第二\", \"no\": 2.5}\r\n]\r\n";

    [Theory]
    [MemberData(nameof(Utf16Files))]
    public void Utf16_and_bom_files_are_read_as_written(string kind, byte[] bytes)
    {
        var path = WriteBytes(bytes);
        var result = DataLoader.Load(path);
        Assert.True(result.Success, kind + ": " + string.Join("\n", result.Errors));
        var list = Assert.IsType<List<object?>>(result.Value);
        Assert.Equal("某某乡党委😀", Assert.IsType<Dictionary<string, object?>>(list[0])["单位"]);
        Assert.Equal(2.5m, Assert.IsType<Dictionary<string, object?>>(list[1])["no"]);
        using var set = DataLoader.Open(path);
        Assert.Empty(set.Errors);
        Assert.Equal(["某某乡党委😀", "第二"], set.Records.Select(r => ((IDictionary<string, object?>)r.Value!)["单位"]));
    }

    [Fact]
    public void Utf16_file_with_a_lone_surrogate_is_an_error_naming_its_line()
    {
        var text = Encoding.Unicode.GetBytes("[\r\n  {\"单位\": \"某").Concat(new byte[] { 0x00, 0xD8 })
            .Concat(Encoding.Unicode.GetBytes("\"}\r\n]")).ToArray();
        var path = WriteBytes([0xFF, 0xFE, .. text]);
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Equal(path, error.File);
        Assert.Equal("line 2:column 12", error.Location);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void Utf16_syntax_errors_are_placed_in_characters()
    {
        var path = WriteBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\n  \"单位\": \"某某\",\n  \"编号\" 17\n}")]);
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Equal("line 3:column 8", error.Location);
    }
}
