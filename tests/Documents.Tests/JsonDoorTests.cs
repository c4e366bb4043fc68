using System.Text;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>The ledger and rules files go through the same JSON door as data: UTF-16 is read, bad values are placed.</summary>
public class JsonDoorTests
{
    static string SampleLedger => RepoPaths.Of("Templates", "samples", "ledger.json");

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-8-bom")]
    public void A_ledger_saved_as_unicode_reads_like_the_utf8_one(string encoding)
    {
        var text = File.ReadAllText(SampleLedger, Encoding.UTF8);
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        };
        var path = Path.Combine(TestLedgers.TempDir("enc"), "ledger.json");
        File.WriteAllBytes(path, bytes);
        var expected = LedgerLoader.Load(SampleLedger);
        var actual = LedgerLoader.Load(path);
        Assert.True(actual.Success, string.Join("\n", actual.Errors));
        Assert.Equal(expected.Ledger!.Units.Select(u => u.Name), actual.Ledger!.Units.Select(u => u.Name));
        Assert.Equal(expected.Ledger.Items.Select(i => i.Problem), actual.Ledger.Items.Select(i => i.Problem));
        Assert.Equal(expected.Ledger.Campaign.Office, actual.Ledger.Campaign.Office);
    }

    [Fact]
    public void A_ledger_error_in_a_utf16_file_keeps_its_line()
    {
        var text = File.ReadAllText(SampleLedger, Encoding.UTF8);
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("\"year\"", StringComparison.Ordinal));
        lines[at] = "    \"year\": 1e400,";
        var path = Path.Combine(TestLedgers.TempDir("enc"), "ledger.json");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(string.Join('\n', lines))]);
        var error = Assert.Single(LedgerLoader.Load(path).Errors);
        Assert.Equal($"line {at + 1}:column 13, $.campaign.year", error.Location);
        Assert.Contains("outside the range", error.Message);
    }

    [Theory]
    [InlineData("\"reason\": \"原因\\uD800\"", "not valid Unicode")]
    [InlineData("\"weight\": 1e400", "the number 1e400 is outside the range")]
    public void A_rules_file_with_bad_values_is_refused_with_the_place(string member, string expected)
    {
        var json = "{\n  \"rules\": [\n    {\"id\": \"r1\", " + member + "}\n  ]\n}";
        var result = RuleSet.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "rules.json");
        var error = Assert.Single(result.Errors);
        Assert.Equal("rules.json", error.File);
        Assert.StartsWith("line 3:column ", error.Location);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_rules_file_saved_as_unicode_is_read()
    {
        var path = RepoPaths.Of("Templates", "rules", "default-rules.json");
        var text = File.ReadAllText(path, Encoding.UTF8);
        var result = RuleSet.Parse(new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]), "rules.json");
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Equal(RuleSet.Load(path).RuleSet!.Rules.Count, result.RuleSet!.Rules.Count);
    }
}
