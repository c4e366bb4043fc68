using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>The ledger JSON writer: what it writes loads back to an equal ledger.</summary>
public class LedgerJsonWriterTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("xlsx")]
    public void Written_sample_loads_back_equal(string from)
    {
        var ledger = TestLedgers.LoadOk(from == "json" ? TestLedgers.SampleJson : TestLedgers.SampleXlsx);
        var path = Path.Combine(TestLedgers.TempDir("writer"), "ledger.json");
        File.WriteAllBytes(path, LedgerJsonWriter.ToUtf8(ledger));
        TestLedgers.AssertEqual(ledger, TestLedgers.LoadOk(path));
    }

    [Fact]
    public void Escaped_text_missing_optionals_and_booleans_survive_the_round_trip()
    {
        var sample = TestLedgers.LoadOk(TestLedgers.SampleJson);
        var unit = sample.Units[0];
        var first = sample.Items[0] with
        {
            Evidence = "引号\"、反斜杠\\、换行\n与 <b>&amp;</b>", Offender = "张三", Relapse = true, Formalism = true, NewlyFound = true,
            Satisfaction = "", Task = 7,
        };
        var ledger = sample with
        {
            Items = [first, .. sample.Items.Skip(1)],
            RulesMade = [.. sample.RulesMade, new RuleMade(unit.Id, "无日期的制度", null)],
        };
        var json = LedgerJsonWriter.ToJson(ledger);
        Assert.Contains("\"无日期的制度\"", json); // Chinese kept readable, not \u-escaped
        var path = Path.Combine(TestLedgers.TempDir("writer"), "ledger.json");
        File.WriteAllText(path, json);
        var back = TestLedgers.LoadOk(path);
        TestLedgers.AssertEqual(ledger, back);
        Assert.Null(back.RulesMade[^1].Date);
        Assert.Equal(first.Evidence, back.Items[0].Evidence);
    }
}
