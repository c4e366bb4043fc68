using System.Text.Json.Nodes;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Publishing;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests;

/// <summary>batch → publish → fill as a person would → submit as the unit → collect → briefing, through both stores.</summary>
public class RoundTripTests(SampleBatch batch) : IClassFixture<SampleBatch>
{
    static readonly string[] Filled = ["U001", "U005", "U020", "U030", "U040"];

    [Theory]
    [InlineData("local")]
    [InlineData("sharepoint")]
    public async Task Forms_go_out_come_back_and_the_briefing_is_made_from_them(string kind)
    {
        using var emulator = kind == "sharepoint" ? new Emulated() : null;
        // As SharePoint may: every Office file stored is rewritten, so no hash of ours ever equals the server's.
        if (emulator is not null) emulator.Server.State.Habits.RewriteOfficeFiles = true;
        var localRoot = batch.NewFolder("store");
        IFormStore Open() => emulator is null ? new LocalFormStore(localRoot) : emulator.Store();

        // publish, then publish again: the second sends nothing; each unit's notice goes beside its form
        var (plan, planErrors) = Publisher.Plan(batch.Dir);
        Assert.Empty(planErrors);
        var notices = JsonNode.Parse(File.ReadAllText(Path.Combine(batch.Dir, BatchIndex.FileName)))!["units"]!.AsArray()
            .Where(u => u!["notice"] is not null).ToDictionary(u => (string)u!["id"]!, u => Path.Combine(batch.Dir, (string)u!["notice"]!["file"]!));
        Assert.NotEmpty(notices);
        Assert.Equal(batch.Forms.Count + notices.Count, plan.Count);
        Assert.Equal(notices.Values.Order(), plan.Where(f => f.Kind == OfficeTools.Documents.Catalogue.DocumentKind.Notice).Select(f => f.Path).Order());
        await using (var store = Open())
        {
            var first = await Publisher.PublishAsync(plan, store, 4, null, TestContext.Current.CancellationToken);
            Assert.Equal((plan.Count, 0, 0), (first.Uploaded, first.Replaced, first.Unchanged));
        }
        var uploadsBefore = emulator?.Server.Counters.Uploads;
        await using (var store = Open())
        {
            var again = await Publisher.PublishAsync(plan, store, 4, null, TestContext.Current.CancellationToken);
            Assert.Equal((0, 0, plan.Count), (again.Uploaded, again.Replaced, again.Unchanged));
        }
        if (emulator is not null)
        {
            Assert.Equal(uploadsBefore, emulator.Server.Counters.Uploads);
            Assert.Equal(plan.Count, emulator.Library.Files.Count());
            Assert.Contains("Bearer " + Emulated.Token, emulator.Server.Authorizations);
        }

        // fill and submit: U005 twice (an incomplete first version, then the full one), U040 invalid
        var expected = new Dictionary<string, Dictionary<string, object?>>();
        await using (var store = Open())
        {
            var at = new DateTimeOffset(2014, 12, 18, 9, 0, 0, TimeSpan.FromHours(8));
            foreach (var (unit, n) in Filled.Select((u, n) => (u, n)))
            {
                var (name, blank) = batch.Forms[unit];
                var answers = GenericAnswers.For(blank, n);
                var filled = FormFiller.Fill(blank, answers);
                DocxValidation.AssertValid(filled, "filled " + name);
                if (unit == "U030") _ = SystemTools.Soffice;
                if (unit == "U005")
                {
                    var partial = FormFiller.Fill(blank, new Dictionary<string, object?> { ["filler"] = "先交一半" });
                    await store.SubmitAsync(unit, name, partial, "unit-" + unit, at.AddHours(-2), TestContext.Current.CancellationToken);
                }
                // U030 fills in Word, then re-saves with LibreOffice (which strips the tags): read back by place
                if (unit == "U030") filled = LibreOffice.Resave(filled);
                if (unit == "U040") filled = FormFiller.ForceText(filled, answers.Keys.First(k => k.StartsWith("item.", StringComparison.Ordinal) && k.EndsWith(".status", StringComparison.Ordinal)), "快好了");
                var record = await store.SubmitAsync(unit, name, filled, "unit-" + unit, at.AddMinutes(n), TestContext.Current.CancellationToken);
                Assert.Equal(unit == "U005" ? 2 : 1, record.Version);
                expected[unit] = answers;
            }
            // a notice's return slip, sent back into its unit's folder of the store: never one of the unit's form versions
            var slipUnit = Filled.First(notices.ContainsKey);
            await store.SubmitAsync(slipUnit, "办理结果.docx", FormFiller.Fill(File.ReadAllBytes(notices[slipUnit]), new Dictionary<string, object?> { ["signature"] = "承办人" }),
                "unit-" + slipUnit, at.AddHours(1), TestContext.Current.CancellationToken);
        }

        // collect, after the reporting deadline (2014-12-20): units without a form are overdue
        var outDir = batch.NewFolder("collect");
        var outJson = Path.Combine(outDir, "collected.json");
        var request = new CollectRequest(emulator is null ? localRoot : "sharepoint", batch.Ledger, outJson)
        {
            Store = kind, Now = new DateTimeOffset(2014, 12, 26, 10, 0, 0, TimeSpan.FromHours(8)),
            Overrides = emulator?.Overrides ?? new Dictionary<string, string?>(),
        };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await CollectRun.RunAsync(request, stdout, stderr, TestContext.Current.CancellationToken));
        Assert.Equal("", stderr.ToString());
        Assert.Contains("submitted 4, incomplete 0, invalid 1, missing 0, overdue " + (batch.Forms.Count - 5), stdout.ToString());

        var units = JsonNode.Parse(File.ReadAllText(outJson))!["units"]!.AsArray().ToDictionary(u => (string)u!["id"]!, u => u!.AsObject());
        Assert.Equal(batch.Forms.Count, units.Count);
        foreach (var unit in Filled)
        {
            var u = units[unit];
            Assert.Equal(unit == "U040" ? "invalid" : "submitted", (string)u["status"]!);
            if (unit == "U040") continue;
            Assert.Equal(unit == "U005" ? 2 : 1, (int)u["versions"]!);
            var values = u["values"]!.AsObject();
            foreach (var (tag, value) in expected[unit])
            {
                var want = value switch { DateTime d => d.ToString("yyyy-MM-dd"), bool b => b ? "true" : "false", _ => (string?)value };
                Assert.True(want == values[tag]?.ToString(), $"{unit} {tag}: want «{want}», got «{values[tag]}»");
            }
        }
        Assert.All(units.Values.Where(u => !Filled.Contains((string)u["id"]!)), u => Assert.Equal("overdue", (string)u["status"]!));
        Assert.Contains("not-a-choice", units["U040"]["problems"]!.ToJsonString());

        // the merged ledger carries the answers, and the briefing is made from it
        var merged = Path.Combine(outDir, "collected.ledger.json");
        var ledger = JsonNode.Parse(File.ReadAllText(merged))!;
        foreach (var unit in Filled.Where(u => u != "U040"))
            foreach (var item in ledger["items"]!.AsArray().Where(i => (string)i!["unit"]! == unit))
            {
                Assert.Equal(expected[unit][$"item.{item!["id"]}.status"], (string)item["status"]!);
                Assert.Equal(expected[unit][$"item.{item["id"]}.satisfaction"], (string)item["satisfaction"]!);
            }
        var briefingDir = Path.Combine(outDir, "briefing");
        var result = BatchRunner.Run(new BatchOptions { Ledger = merged, Output = briefingDir, MaxParallelism = 2 }, null, TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        DocxValidation.AssertValidFile(Path.Combine(briefingDir, "briefing.docx"));

        // the store's list now says what happened to each submission
        await using (var store = Open())
        {
            var subs = await store.ListSubmissionsAsync(TestContext.Current.CancellationToken);
            Assert.Equal(7, subs.Count);
            Assert.Equal(4, subs.Count(s => s.Status == "Collected"));
            Assert.Single(subs, s => s.Status == OfficeTools.Collect.Submissions.StoredStatus.Slip && s.UnitId == Filled.First(notices.ContainsKey));
            Assert.Single(subs, s => s.Status == "Invalid");
            Assert.Single(subs, s => s.Status == OfficeTools.Collect.Submissions.StoredStatus.Recorded && s.UnitId == "U005" && s.Version == 1);
        }
    }

    [Fact]
    public async Task Collecting_reads_the_ledger_as_a_workbook_and_writes_the_merged_ledger_as_a_workbook()
    {
        var xlsx = RepoPaths.Of("Templates", "samples", "ledger.xlsx");
        var original = LedgerLoader.Load(xlsx);
        Assert.True(original.Success, string.Join("\n", original.Errors));
        var formsDir = batch.NewFolder("xlsx-forms");
        var expected = new Dictionary<string, Dictionary<string, object?>>();
        foreach (var (unit, n) in new[] { "U001", "U020" }.Select((u, n) => (u, n)))
        {
            var (name, blank) = batch.Forms[unit];
            expected[unit] = GenericAnswers.For(blank, n);
            Directory.CreateDirectory(Path.Combine(formsDir, unit));
            File.WriteAllBytes(Path.Combine(formsDir, unit, name), FormFiller.Fill(blank, expected[unit]));
        }
        var outDir = batch.NewFolder("xlsx-collect");
        var outJson = Path.Combine(outDir, "collected.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new CollectRequest(formsDir, xlsx, outJson) { Now = new DateTimeOffset(2014, 12, 26, 10, 0, 0, TimeSpan.FromHours(8)) };
        Assert.Equal(0, await CollectRun.RunAsync(request, stdout, stderr, TestContext.Current.CancellationToken));
        Assert.Equal("", stderr.ToString());
        Assert.Contains("submitted 2, incomplete 0, invalid 0, missing 0, overdue " + (original.Ledger!.Units.Count - 2), stdout.ToString());

        // units come in ledger order; the merged ledger is the clerk's workbook again (same sheets), loading with the forms' answers in it
        var ids = JsonNode.Parse(File.ReadAllText(outJson))!["units"]!.AsArray().Select(u => (string)u!["id"]!);
        Assert.Equal(original.Ledger.Units.Select(u => u.Id), ids);
        Assert.False(File.Exists(Path.Combine(outDir, "collected.ledger.json")));
        var mergedPath = Path.Combine(outDir, "collected.ledger.xlsx");
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(mergedPath, false))
        using (var source = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false))
            Assert.Equal(source.WorkbookPart!.Workbook.Sheets!.InnerText, book.WorkbookPart!.Workbook.Sheets!.InnerText);
        Assert.Contains($"wrote {outJson} and {mergedPath}", stdout.ToString());
        var merged = LedgerLoader.Load(mergedPath);
        Assert.True(merged.Success, string.Join("\n", merged.Errors));
        Assert.Equal(original.Ledger.Campaign, merged.Ledger!.Campaign);
        // the merged ledger differs from the original only in each unit's 报送情况 (the two returned forms count)
        Assert.Equal(original.Ledger.Units, merged.Ledger.Units.Select(u => u with { Reported = "" }));
        Assert.Equal(2, merged.Ledger.Units.Count(u => u.Reported == "已报送"));
        Assert.All(merged.Ledger.Units, u => Assert.NotEqual("", u.Reported));
        Assert.Equal(original.Ledger.RulesMade, merged.Ledger.RulesMade);
        foreach (var (before, after) in original.Ledger.Items.Zip(merged.Ledger.Items))
        {
            if (!expected.TryGetValue(before.Unit, out var answers)) { Assert.Equal(before, after); continue; }
            Assert.Equal(before with { Status = (string)answers[$"item.{before.Id}.status"]!, Satisfaction = (string)answers[$"item.{before.Id}.satisfaction"]! }, after);
        }
        Assert.Contains(expected.Keys, u => original.Ledger.ItemsOf(u).Any());
    }

    [Fact]
    public async Task A_merged_path_of_another_format_than_the_ledger_is_refused_naming_the_option_and_nothing_written()
    {
        var dir = batch.NewFolder("xlsx-merged-json");
        var outJson = Path.Combine(dir, "out.json");
        var stderr = new StringWriter();
        var request = new CollectRequest(dir, RepoPaths.Of("Templates", "samples", "ledger.xlsx"), outJson) { Merged = Path.Combine(dir, "m.json") };
        Assert.Equal(1, await CollectRun.RunAsync(request, new StringWriter(), stderr, TestContext.Current.CancellationToken));
        Assert.Contains("--merged ", stderr.ToString());
        Assert.Contains("give a path ending in .xlsx", stderr.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public async Task A_bad_workbook_ledger_is_refused_with_located_errors_and_nothing_written()
    {
        var dir = batch.NewFolder("xlsx-bad");
        var bad = Path.Combine(dir, "台账.xlsx");
        File.WriteAllText(bad, "not a workbook");
        var outJson = Path.Combine(dir, "out.json");
        var stderr = new StringWriter();
        Assert.Equal(1, await CollectRun.RunAsync(new CollectRequest(dir, bad, outJson), new StringWriter(), stderr, TestContext.Current.CancellationToken));
        Assert.Contains("台账.xlsx: ", stderr.ToString()); // the workbook reader names the file with its path
        Assert.False(File.Exists(outJson));
    }
}
