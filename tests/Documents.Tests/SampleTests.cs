using System.Text.Json;
using Json.Schema;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;
using OfficeTools.Documents.Tests.Sample;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>The sample ledger: generated deterministically, the same in JSON, .xlsx and CSV, valid against the schema.</summary>
public class SampleTests
{
    // Set OFFICETOOLS_REGENERATE=1 to rewrite Templates/samples/ledger.json and ledger.xlsx from the generator.
    static bool Regenerate => Environment.GetEnvironmentVariable("OFFICETOOLS_REGENERATE") == "1";

    [Fact]
    public void Committed_sample_matches_the_generator()
    {
        var tables = SampleLedger.Build();
        var json = SampleWriters.Json(tables);
        if (Regenerate)
        {
            File.WriteAllText(TestLedgers.SampleJson, json);
            SampleWriters.Xlsx(tables, TestLedgers.SampleXlsx);
        }
        Assert.Equal(json, File.ReadAllText(TestLedgers.SampleJson).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Json_xlsx_and_csv_load_to_equal_ledgers()
    {
        var fromJson = TestLedgers.LoadOk(TestLedgers.SampleJson);
        TestLedgers.AssertEqual(fromJson, TestLedgers.LoadOk(TestLedgers.SampleXlsx));
        var csv = TestLedgers.TempDir("csv");
        SampleWriters.Csv(SampleLedger.Build(), csv);
        TestLedgers.AssertEqual(fromJson, TestLedgers.LoadOk(csv));
    }

    [Fact]
    public void Sample_has_all_kinds_enough_items_and_every_kind_of_progress()
    {
        var ledger = TestLedgers.LoadOk(TestLedgers.SampleJson);
        Assert.True(ledger.Units.Count >= 40, $"{ledger.Units.Count} units");
        Assert.True(ledger.Items.Count >= 150, $"{ledger.Items.Count} items");
        foreach (var kind in UnitKinds.All) Assert.Contains(ledger.Units, u => u.Kind == kind);
        Assert.All(ledger.Units, u => Assert.NotEmpty(ledger.ItemsOf(u.Id)));
        var outcomes = RuleSet.Default().RuleSet!.Evaluate(ledger).Outcomes;
        string[] Kinds(string id) => [.. outcomes[id].Select(o => o.Kind)];
        var asOf = ledger.Campaign.AsOf;
        // exemplary, overdue, lagging (not done but not overdue) and on time (all due items done) units all exist
        Assert.Contains(ledger.Units, u => Kinds(u.Id).Contains("表扬"));
        Assert.Contains(ledger.Units, u => ledger.ItemsOf(u.Id).Count(i => UnitStats.IsOverdue(i, asOf)) >= 2);
        Assert.Contains(ledger.Units, u => ledger.ItemsOf(u.Id).All(i => !UnitStats.IsOverdue(i, asOf)) && ledger.ItemsOf(u.Id).Any(i => i.State == "not_started"));
        Assert.Contains(ledger.Units, u => ledger.ItemsOf(u.Id).All(i => i.State == "done" || i.Due >= asOf) && !Kinds(u.Id).Contains("表扬"));
        foreach (var rung in new[] { "追究责任", "诫勉批评", "约谈提醒", "督办通知单", "不列入评先选优", "表扬", "巩固提高", "逐项明确", "纳入整改" })
            Assert.Contains(ledger.Units, u => Kinds(u.Id).Contains(rung));
    }

    // The library registers a schema by its $id globally, so it is built once per test run.
    static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepoPaths.Of("Templates", "schema", "ledger.schema.json"))));

    [Fact]
    public void Sample_json_is_valid_against_the_published_schema()
    {
        var schema = Schema.Value;
        using var doc = JsonDocument.Parse(File.ReadAllText(TestLedgers.SampleJson));
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors != null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_rejects_what_the_loader_rejects()
    {
        var schema = Schema.Value;
        var json = File.ReadAllText(TestLedgers.SampleJson).Replace("\"status\": \"整改到位\"", "\"status\": \"差不多\"");
        using var doc = JsonDocument.Parse(json);
        Assert.False(schema.Evaluate(doc.RootElement).IsValid);
    }
}
