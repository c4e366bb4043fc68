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
        var result = DataLoader.Load(Write("""{"s":"文","i":17,"big":12345678901234,"d":85.3,"e":1e400,"t":true,"n":null,"a":[1,"x"],"o":{"k":"v"}}"""));
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
        Assert.Equal("$.a.x", Assert.Single(result.Errors).Location);
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
