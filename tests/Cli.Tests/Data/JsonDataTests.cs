using OfficeTools.Data;

namespace OfficeTools.Cli.Tests.Data;

public class JsonDataTests
{
    static string Write(string json, string name = "d.json")
    {
        var path = Path.Combine(CliHarness.TempDir(), name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Values_become_plain_dotnet_types()
    {
        var result = DataLoader.Load(Write("""{"s":"文","i":17,"big":12345678901234,"d":85.3,"e":1e300,"t":true,"n":null,"a":[1,"x"],"o":{"k":"v"}}"""));
        Assert.True(result.Success);
        var o = Assert.IsType<Dictionary<string, object?>>(result.Value);
        Assert.Equal("文", o["s"]);
        Assert.Equal(17L, o["i"]);
        Assert.Equal(12345678901234L, o["big"]);
        Assert.Equal(85.3m, o["d"]);
        Assert.True(o["t"] is true);
        Assert.Null(o["n"]);
        Assert.Equal([1L, "x"], Assert.IsType<List<object?>>(o["a"]));
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(o["o"])["k"]);
    }

    [Fact]
    public void Syntax_error_is_located_by_line_and_character_column()
    {
        var result = DataLoader.Load(Write("{\n  \"单位\": \"某某\",\n  \"编号\" 17\n}"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("line 3:column 8", error.Location);
        Assert.Contains("JSON syntax error", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Duplicate_keys_are_errors_with_their_path()
    {
        var result = DataLoader.Load(Write("""{"a":{"x":1,"x":2}}"""));
        Assert.Equal("line 1:column 13, $.a.x", Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void Arrays_stream_record_by_record_and_a_late_syntax_error_is_located()
    {
        using (var set = DataLoader.Open(Write("[{\"no\":1},{\"no\":2}]")))
        {
            Assert.True(set.IsList);
            Assert.Equal([1L, 2L], set.Records.Select(r => ((Dictionary<string, object?>)r.Value!)["no"]));
        }
        using var bad = DataLoader.Open(Write("[{\"no\":1},\n{\"no\":2,}]"));
        var records = bad.Records.ToList();
        Assert.Equal("line 2:column 9", records[^1].Error!.Location);
    }

    [Fact]
    public void A_syntax_error_deep_in_a_large_streamed_list_is_located_from_the_start_of_the_file()
    {
        // Well past the reader's first buffer, so the position must survive refills; Chinese text makes bytes ≠ characters.
        var lines = Enumerable.Range(1, 3000).Select(i => $"{{\"no\":{i},\"单位\":\"某某县委组织部第{i}科\"}},").ToList();
        lines[2499] = "{\"no\":2500,\"单位\":\"某某\" \"x\":1},";
        lines[^1] = lines[^1].TrimEnd(',');
        using var set = DataLoader.Open(Write("\uFEFF[\n" + string.Join("\n", lines) + "\n]"));
        var records = set.Records.ToList();
        Assert.Equal(2500, records.Count);
        Assert.All(records.Take(2499), r => Assert.Null(r.Error));
        Assert.Equal(2499L, ((Dictionary<string, object?>)records[2498].Value!)["no"]);
        Assert.Equal("line 2501:column 22", records[^1].Error!.Location);
    }

    [Theory]
    [InlineData("[{\"no\":1}] x", 1, "line 1:column 12")]
    [InlineData("[{\"no\":1},\n{\"no\":2", 1, "line 2:column 8")]
    [InlineData("[{\"no\":1},", 1, "line 1:column 10")]
    public void Trailing_text_and_truncated_lists_are_errors(string json, int good, string location)
    {
        using var set = DataLoader.Open(Write(json));
        var records = set.Records.ToList();
        Assert.Equal(good, records.Count(r => r.Error == null));
        Assert.Equal(location, records[^1].Error!.Location);
    }

    [Fact]
    public void A_streamed_list_of_many_records_reads_every_record_in_order()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"no\":{i},\"items\":[{{\"x\":\"{new string('文', i % 50)}\"}}]}}")) + "]";
        using var set = DataLoader.Open(Write(json));
        var numbers = set.Records.Select(r => ((Dictionary<string, object?>)r.Value!)["no"]).ToList();
        Assert.Equal(Enumerable.Range(0, 20_000).Select(i => (object?)(long)i), numbers);
    }

    [Fact]
    public void An_object_is_a_single_record()
    {
        using var set = DataLoader.Open(Write("\uFEFF{\"no\":1}"));
        Assert.Empty(set.Errors);
        Assert.False(set.IsList);
        Assert.Equal(1L, ((Dictionary<string, object?>)set.Single!)["no"]);
    }

    [Theory]
    [InlineData("ledger.xls", "legacy binary Excel")]
    [InlineData("data.txt", "unknown data file type")]
    [InlineData("missing.json", "file not found")]
    public void Unusable_files_get_a_clear_message(string name, string message)
    {
        var dir = CliHarness.TempDir();
        var path = Path.Combine(dir, name);
        if (!name.StartsWith("missing", StringComparison.Ordinal)) File.WriteAllBytes(path, CliHarness.OleHeader());
        var error = Assert.Single(DataLoader.Load(path).Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(path, error.File);
    }
}
