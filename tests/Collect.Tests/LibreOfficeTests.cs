using OfficeTools.Testing;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

public class LibreOfficeTests
{
    [Fact]
    public void A_form_resaved_by_LibreOffice_reads_back_the_same_values()
    {
        _ = SystemTools.Soffice;
        var answers = SampleLedger.Answers(1);
        var blank = TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1));
        var filled = FormFiller.Fill(blank, answers);
        var resaved = LibreOffice.Resave(filled);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "collect-lo-resaved.docx"), resaved);
        var layouts = new FormLayouts();
        Assert.True(layouts.Add(blank));
        Assert.True(layouts.Add(TestForms.Blank("U002", "基层党组织", 3, SampleLedger.ItemIds(2))));
        var r = FormReader.Read(resaved, "resaved.docx", layouts);
        Assert.Equal("U001", r.UnitId);
        var missing = answers.Keys.Where(t => !r.Values.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "tags lost by LibreOffice: " + string.Join(", ", missing));
        var different = answers.Where(kv => !Equals(kv.Value is "" ? null : kv.Value, r.Values[kv.Key]))
            .Select(kv => $"{kv.Key}: «{kv.Value}» → «{r.Values[kv.Key]}»").ToList();
        Assert.True(different.Count == 0, "values changed by LibreOffice:\n" + string.Join("\n", different));
        Assert.Empty(r.Problems);
    }

    [Fact]
    public async Task Collect_reads_a_re_saved_form_from_a_folder_given_the_blank_forms()
    {
        _ = SystemTools.Soffice;
        var dir = Path.Combine(Path.GetTempPath(), "collect-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ledger = SampleLedger.Write(SampleLedger.Create(2), dir);
            var blanks = Directory.CreateDirectory(Path.Combine(dir, "blank")).FullName;
            var returned = Directory.CreateDirectory(Path.Combine(dir, "returned")).FullName;
            for (var u = 1; u <= 2; u++)
                File.WriteAllBytes(Path.Combine(blanks, $"U00{u}.docx"), TestForms.Blank($"U00{u}", "基层党组织", 3, SampleLedger.ItemIds(u)));
            var filled = FormFiller.Fill(File.ReadAllBytes(Path.Combine(blanks, "U002.docx")), SampleLedger.Answers(2));
            File.WriteAllBytes(Path.Combine(returned, "U002-libreoffice.docx"), LibreOffice.Resave(filled));
            var outJson = Path.Combine(dir, "out.json");

            var without = new StringWriter();
            Assert.Equal(0, await OfficeTools.Collect.Commands.CollectRun.RunAsync(new(returned, ledger, outJson), without, new StringWriter(), TestContext.Current.CancellationToken));
            Assert.Contains("--forms", File.ReadAllText(outJson));

            var with = new StringWriter();
            Assert.Equal(0, await OfficeTools.Collect.Commands.CollectRun.RunAsync(new(returned, ledger, outJson) { Forms = blanks }, with, new StringWriter(), TestContext.Current.CancellationToken));
            Assert.Contains("submitted 1, incomplete 0, invalid 0, missing 1", with.ToString());
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task Collect_from_a_store_reads_a_re_saved_submission_against_the_unit_s_published_form()
    {
        _ = SystemTools.Soffice;
        var dir = Path.Combine(Path.GetTempPath(), "collect-lo-store-" + Guid.NewGuid().ToString("N"));
        var ct = TestContext.Current.CancellationToken;
        try
        {
            var ledger = SampleLedger.Write(SampleLedger.Create(2), dir);
            var root = Path.Combine(dir, "store");
            await using (var store = new OfficeTools.Collect.Stores.LocalFormStore(root))
            {
                for (var u = 1; u <= 2; u++)
                    await store.UploadFormAsync($"U00{u}", $"U00{u}.docx", TestForms.Blank($"U00{u}", "基层党组织", 3, SampleLedger.ItemIds(u)), ct);
                var published = Assert.Single(await store.PublishedFormsAsync("U002", ct));
                var filled = FormFiller.Fill(published, SampleLedger.Answers(2));
                await store.SubmitAsync("U002", "U002.docx", LibreOffice.Resave(filled), "clerk@example.cn", DateTimeOffset.UtcNow, ct);
                await store.SubmitAsync("U001", "U001.docx", FormFiller.Fill(TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1)), SampleLedger.Answers(1)), "clerk@example.cn", DateTimeOffset.UtcNow, ct);
            }
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.True(await OfficeTools.Collect.Commands.CollectRun.RunAsync(new(root, ledger, Path.Combine(dir, "out.json")), output, error, ct) == 0, error.ToString());
            Assert.Contains("submitted 2, incomplete 0, invalid 0, missing 0", output.ToString());
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
