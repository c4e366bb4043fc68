using System.Text.Json;
using Json.Schema;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests;

public sealed class CollectorTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "collect-c-" + Guid.NewGuid().ToString("N"));
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    // JsonSchema.Net registers a schema by its $id globally: each is built once per test run
    static readonly Lazy<JsonSchema> ReportSchema = new(() => Load("collect-report.schema.json"));
    static readonly Lazy<JsonSchema> LedgerSchema = new(() => Load("ledger.schema.json"));

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

    [Fact]
    public void Every_status_and_problem_kind_is_reported()
    {
        var ledgerPath = SampleLedger.Write(SampleLedger.Create(7), dir);
        var (ledger, errors) = LedgerView.Load(ledgerPath);
        Assert.Empty(errors);
        Put("U001/ok.docx", FormFiller.Fill(Blank(1), SampleLedger.Answers(1)));
        var partial = SampleLedger.Answers(2);
        partial.Remove("fill_date");
        partial.Remove("item.I002-2.status");
        Put("U002/partial.docx", FormFiller.Fill(Blank(2), partial));
        Put("U003/deleted.docx", FormFiller.Delete(FormFiller.Fill(Blank(3), SampleLedger.Answers(3)), "item.I003-1.note"));
        Put("U004/dup.docx", FormFiller.DuplicateRow(FormFiller.Fill(Blank(4), SampleLedger.Answers(4)), "focus.1.status"));
        Put("stray/other.docx", FormFiller.Fill(TestForms.Blank("U999", "基层党组织", 3, []), SampleLedger.Answers(9, 3, 0)));
        Put("stray/minutes.docx", OfficeTools.Testing.DocxFactory.Create(OfficeTools.Testing.DocxFactory.P("会议纪要")));
        Put("stray/broken.docx", "not a zip"u8.ToArray());
        var report = Collector.Collect(ReturnedForm.FromFolder(Path.Combine(dir, "forms")), ledger!, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), null, cancellationToken: Ct);

        var byId = report.Units.ToDictionary(u => u.Id);
        Assert.Equal(SubmissionStatus.Submitted, byId["U001"].Status);
        Assert.Empty(byId["U001"].Problems);
        Assert.Equal(SubmissionStatus.Incomplete, byId["U002"].Status);
        Assert.Equal(["fill_date", "item.I002-2.status"], byId["U002"].Problems.Select(p => p.Tag));
        Assert.Equal(SubmissionStatus.Invalid, byId["U003"].Status);
        Assert.Contains(byId["U003"].Problems, p => p.Id == FormProblem.ControlDeleted && p.Tag == "item.I003-1.note");
        Assert.Equal(SubmissionStatus.Invalid, byId["U004"].Status);
        Assert.Contains(byId["U004"].Problems, p => p.Id == FormProblem.ControlDuplicated);
        Assert.Equal(SubmissionStatus.Missing, byId["U005"].Status); // deadline 2026-12-20 not passed
        Assert.Equal(3, report.Unmatched.Count);
        Assert.Contains(report.Unmatched, u => u.Problems.Any(p => p.Id == FormProblem.UnknownUnit && p.Message.Contains("U999")));
        Assert.Contains(report.Unmatched, u => u.Problems.Any(p => p.Id == FormProblem.NotOurForm));
        Assert.Contains(report.Unmatched, u => u.Problems.Any(p => p.Id == FormProblem.NotDocx));

        var late = Collector.Collect([], ledger!, new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero), null, cancellationToken: Ct);
        Assert.All(late.Units, u => Assert.Equal(SubmissionStatus.Overdue, u.Status));
    }

    [Fact]
    public async Task The_command_writes_OUT_json_the_merged_ledger_and_a_table_and_refuses_bad_input_cleanly()
    {
        var ledgerPath = SampleLedger.Write(SampleLedger.Create(3), dir);
        Put("a.docx", FormFiller.Fill(Blank(1), SampleLedger.Answers(1)));
        var outJson = Path.Combine(dir, "out.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CollectRun.RunAsync(new CollectRequest(Path.Combine(dir, "forms"), ledgerPath, outJson) { Now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) }, stdout, stderr, Ct);
        Assert.Equal(0, code);
        Assert.Contains("U001", stdout.ToString());
        Assert.Contains("submitted 1, incomplete 0, invalid 0, missing 2, overdue 0", stdout.ToString());
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(outJson))!;
        Assert.Equal("2026-12-10", json["units"]![0]!["values"]!["fill_date"]!.ToString());
        var merged = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "out.ledger.json")))!;
        Assert.Equal("整改到位", merged["items"]![0]!["status"]!.ToString());
        Assert.Equal("部分整改到位", merged["items"]![1]!["status"]!.ToString());

        File.WriteAllText(Path.Combine(dir, "bad.json"), "{\"units\": [");
        var err = new StringWriter();
        var badOut = Path.Combine(dir, "bad-out.json");
        Assert.Equal(1, await CollectRun.RunAsync(new CollectRequest(Path.Combine(dir, "forms"), Path.Combine(dir, "bad.json"), badOut), new StringWriter(), err, Ct));
        Assert.Contains("bad.json: line 1, column", err.ToString());
        Assert.False(File.Exists(badOut));
    }

    static string Problems(EvaluationResults result) => string.Join("\n", (result.Details ?? []).Where(d => d.Errors != null)
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    // what collect writes against the published schemas: OUT.json (ReportWriter) and the merged ledger (LedgerJsonWriter)
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
        var result = Evaluate(ReportSchema.Value, report);
        Assert.True(result.IsValid, Problems(result));
        // the report has what the schema describes: statuses, a null file, a problem with a tag and one without, an unmatched file
        Assert.Contains("\"status\": \"incomplete\"", report, StringComparison.Ordinal);
        Assert.Contains("\"file\": null", report, StringComparison.Ordinal);
        Assert.Contains("\"tag\": null", report, StringComparison.Ordinal);
        Assert.Contains("\"tag\": \"fill_date\"", report, StringComparison.Ordinal);
        Assert.Contains("broken.docx", report, StringComparison.Ordinal);

        var merged = File.ReadAllText(Path.Combine(dir, "out.ledger.json"));
        var ledgerResult = Evaluate(LedgerSchema.Value, merged);
        Assert.True(ledgerResult.IsValid, Problems(ledgerResult));

        // the schemas are not vacuous: an unknown status, a missing property and a mistyped one are refused
        Assert.False(Evaluate(ReportSchema.Value, report.Replace("\"status\": \"incomplete\"", "\"status\": \"late\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(ReportSchema.Value, report.Replace("\"versions\":", "\"version\":", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(LedgerSchema.Value, merged.Replace("\"items\":", "\"item\":", StringComparison.Ordinal)).IsValid);
    }
}
