using System.Text.Json;
using Json.Schema;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// What collect writes against the published schemas: OUT.json (ReportWriter) against collect-report.schema.json and the
/// merged ledger (LedgerJsonWriter) against ledger.schema.json, with every status and problem kind in the report.
/// </summary>
public sealed class WrittenJsonSchemaTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "collect-schema-" + Guid.NewGuid().ToString("N"));
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    // JsonSchema.Net registers a schema by its $id globally: each is built once per test run
    static readonly Lazy<JsonSchema> Report = new(() => Load("collect-report.schema.json"));
    static readonly Lazy<JsonSchema> Ledger = new(() => Load("ledger.schema.json"));

    static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(RepoPaths.Of("Templates", "schema", name)));

    public void Dispose()
    {
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    static byte[] Blank(int u) => TestForms.Blank($"U{u:D3}", "基层党组织", 3, SampleLedger.ItemIds(u));

    void Put(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, "forms", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    static string Problems(EvaluationResults result) => string.Join("\n", (result.Details ?? []).Where(d => d.Errors != null)
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public async Task OUT_json_and_the_merged_ledger_are_valid_against_their_schemas_and_a_broken_one_is_not()
    {
        var ledgerPath = SampleLedger.Write(SampleLedger.Create(5), dir);
        Put("U001/ok.docx", FormFiller.Fill(Blank(1), SampleLedger.Answers(1)));
        var partial = SampleLedger.Answers(2);
        partial.Remove("fill_date");
        Put("U002/partial.docx", FormFiller.Fill(Blank(2), partial));
        Put("U003/deleted.docx", FormFiller.Delete(FormFiller.Fill(Blank(3), SampleLedger.Answers(3)), "item.I003-1.note"));
        Put("stray/broken.docx", "not a zip"u8.ToArray());
        var outJson = Path.Combine(dir, "out.json");
        var code = await CollectRun.RunAsync(new CollectRequest(Path.Combine(dir, "forms"), ledgerPath, outJson) { Now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) },
            new StringWriter(), new StringWriter(), Ct);
        Assert.Equal(0, code);

        var report = File.ReadAllText(outJson);
        var result = Evaluate(Report.Value, report);
        Assert.True(result.IsValid, Problems(result));
        // the report has what the schema describes: statuses, a null file, a problem with a tag and one without, an unmatched file
        Assert.Contains("\"status\": \"incomplete\"", report, StringComparison.Ordinal);
        Assert.Contains("\"file\": null", report, StringComparison.Ordinal);
        Assert.Contains("\"tag\": null", report, StringComparison.Ordinal);
        Assert.Contains("\"tag\": \"fill_date\"", report, StringComparison.Ordinal);
        Assert.Contains("broken.docx", report, StringComparison.Ordinal);

        var merged = File.ReadAllText(Path.Combine(dir, "out.ledger.json"));
        var ledgerResult = Evaluate(Ledger.Value, merged);
        Assert.True(ledgerResult.IsValid, Problems(ledgerResult));

        // the schemas are not vacuous: an unknown status, a missing property and a mistyped one are refused
        Assert.False(Evaluate(Report.Value, report.Replace("\"status\": \"incomplete\"", "\"status\": \"late\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(Report.Value, report.Replace("\"versions\":", "\"version\":", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(Ledger.Value, merged.Replace("\"items\":", "\"item\":", StringComparison.Ordinal)).IsValid);
    }
}
