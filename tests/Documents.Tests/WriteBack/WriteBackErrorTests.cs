using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>Bad updates are located errors, all at once, and nothing is written; a bad target is a usage problem.</summary>
public class WriteBackErrorTests
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("json")]
    public void Unknown_ids_and_values_outside_the_lists_are_located_and_nothing_is_written(string format)
    {
        var source = format == "xlsx" ? TestLedgers.SampleXlsx : TestLedgers.SampleJson;
        var ledger = TestLedgers.LoadOk(source);
        var updates = new LedgerUpdates
        {
            Items = [new ItemUpdate("I9999") { Status = "整改到位" }, new ItemUpdate(ledger.Items[0].Id) { Status = "差不多" }],
            Units = [new UnitUpdate("U999", Reporting.Reported)],
            NewItems = [ledger.Items[3] with { Problem = "重复" }],
        };
        var result = LedgerWriteBack.Render(source, updates);
        Assert.False(result.Success);
        Assert.Null(result.Copy);
        var text = string.Join("\n", result.Errors);
        var file = Path.GetFileName(source);
        Assert.Contains($"{file}: update of item 'I9999': no item 'I9999' in the ledger (sheet 整改事项)", text);
        Assert.Contains($"{file}: update of item '{ledger.Items[0].Id}', field 整改状态 (status): '差不多' is not one of", text);
        Assert.Contains($"{file}: update of unit 'U999': no unit 'U999'", text);
        Assert.Contains($"{file}: new item '{ledger.Items[3].Id}': the ledger already has an item", text);
    }

    [Fact]
    public void A_copy_that_would_not_load_back_is_not_written()
    {
        var dir = TestLedgers.TempDir("wb-bad");
        var ledger = TestLedgers.LoadOk(TestLedgers.SampleJson);
        // a new item due before the campaign starts passes the update checks but not the loader's
        var updates = new LedgerUpdates { NewItems = [ledger.Items[0] with { Id = "I9001", Due = new DateOnly(2000, 1, 1) }] };
        var result = LedgerWriteBack.Render(TestLedgers.SampleJson, updates);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var target = Path.Combine(dir, "merged.json");
        var errors = string.Join("\n", result.Copy!.Save(target));
        Assert.Contains("merged.json: written ledger: does not load back", errors);
        Assert.Contains("is before the campaign start", errors);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Theory]
    [InlineData("ledger.xlsx", "out.ledger.json", "give a path ending in .xlsx")]
    [InlineData("ledger.json", "out.ledger.xlsx", "give a path ending in .json")]
    [InlineData("ledger.json", "ledger.json", "is the ledger itself")]
    [InlineData("ledger.xlsx", "out.ledger.xlsx", null)]
    public void The_target_must_be_of_the_ledgers_format_and_not_the_ledger(string source, string target, string? problem)
    {
        var dir = TestLedgers.TempDir("wb-target");
        var from = Path.Combine(dir, source);
        File.Copy(source.EndsWith(".xlsx") ? TestLedgers.SampleXlsx : TestLedgers.SampleJson, from);
        var found = LedgerFormats.TargetProblem(from, Path.Combine(dir, target));
        if (problem == null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    [Fact]
    public void A_csv_folder_goes_to_a_folder()
    {
        var dir = TestLedgers.TempDir("wb-target-csv");
        Sample.SampleWriters.Csv(Sample.SampleLedger.Build(), Path.Combine(dir, "台账"));
        Assert.Contains("a folder path", LedgerFormats.TargetProblem(Path.Combine(dir, "台账"), Path.Combine(dir, "out.ledger.json")));
        Assert.Null(LedgerFormats.TargetProblem(Path.Combine(dir, "台账"), Path.Combine(dir, "out.ledger")));
        Assert.Equal(Path.Combine(dir, "out.ledger"), LedgerFormats.DefaultName(Path.Combine(dir, "out"), LedgerFormat.CsvFolder));
    }
}
