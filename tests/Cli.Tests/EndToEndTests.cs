using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>The real command line on real files, checking the documents it writes.</summary>
public sealed class EndToEndTests : IDisposable
{
    readonly string _dir = CliHarness.TempDir();

    /// <summary>Removes this test's folder.</summary>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Fixture(string name)
    {
        CaseFixtures.WriteAll(_dir);
        return Path.Combine(_dir, name);
    }

    string Json(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void An_object_renders_one_valid_document_at_the_output_path()
    {
        var data = Json("one.json", """{"unit":"某某县委组织部","no":17}""");
        var target = Path.Combine(_dir, "sub", "督办.docx");
        var run = CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", target);
        Assert.True(run.Code == 0, run.Err);
        var bytes = File.ReadAllBytes(target);
        DocxValidation.AssertValid(bytes);
        Assert.Equal("督办通知单\n承办单位：某某县委组织部\n编号：17", DocxText.Body(bytes));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public void An_existing_output_folder_gets_the_template_name()
    {
        var data = Json("one.json", """{"unit":"甲","no":1}""");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        Assert.Equal(0, CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", folder).Code);
        DocxValidation.AssertValidFile(Path.Combine(folder, "notice.docx"));
        var fresh = Path.Combine(_dir, "fresh") + Path.DirectorySeparatorChar;
        Assert.Equal(0, CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", fresh).Code);
        DocxValidation.AssertValidFile(Path.Combine(fresh, "notice.docx"));
    }

    [Fact]
    public void A_list_into_an_existing_folder_adds_documents_and_keeps_what_was_there()
    {
        var data = Json("list.json", """[{"unit":"甲","no":1},{"unit":"乙","no":2}]""");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, "n-1.docx"), "old");
        var run = CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", folder, "--name", "n-{{ no }}.docx");
        Assert.True(run.Code == 0, run.Err);
        // n-1.docx was not written by OfficeTools: it is kept under another name, said on stdout, and the document takes its place.
        var kept = Assert.Single(Directory.GetFiles(folder, "n-1.kept-*.docx"));
        Assert.Equal("old", File.ReadAllText(kept));
        Assert.Contains(Path.GetFileName(kept), run.Out);
        Assert.Equal([".officetools-files", "keep.txt", "n-1.docx", Path.GetFileName(kept), "n-2.docx"],
            Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "keep.txt")));
        Assert.Contains("甲", DocxText.Body(File.ReadAllBytes(Path.Combine(folder, "n-1.docx"))));
    }

    [Fact]
    public void A_list_into_a_new_folder_appears_whole_or_not_at_all()
    {
        var good = Json("good.json", """[{"unit":"甲","no":1},{"unit":"乙","no":2}]""");
        var target = Path.Combine(_dir, "new", "out");
        var run = CliHarness.Exec("render", Fixture("notice.docx"), good, "-o", target + Path.DirectorySeparatorChar, "--name", "n-{{ no }}.docx");
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal([".officetools-files", "n-1.docx", "n-2.docx"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Path.Combine(_dir, "new")).Select(Path.GetFileName));

        var bad = Json("bad.json", """[{"unit":"甲","no":1},{"no":2}]""");
        var other = Path.Combine(_dir, "new", "other");
        Assert.Equal(1, CliHarness.Exec("render", Fixture("notice.docx"), bad, "-o", other, "--name", "n-{{ no }}.docx").Code);
        // Neither the folder nor its hidden staging folder is left beside it.
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Path.Combine(_dir, "new")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_dotx_template_yields_a_docx_document()
    {
        var data = Json("one.json", """{"unit":"甲","no":1}""");
        var target = Path.Combine(_dir, "from-template.docx");
        var run = CliHarness.Exec("render", Fixture("notice.dotx"), data, "-o", target);
        Assert.True(run.Code == 0, run.Err);
        var bytes = File.ReadAllBytes(target);
        DocxValidation.AssertValid(bytes);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(WordprocessingDocumentType.Document, doc.DocumentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", doc.MainDocumentPart!.ContentType);
    }

    [Fact]
    public void Many_records_render_in_parallel_each_valid_with_its_own_data()
    {
        var records = Enumerable.Range(1, 48).Select(i => new Dictionary<string, object> { ["unit"] = $"单位{i}", ["no"] = i });
        var data = Json("many.json", JsonSerializer.Serialize(records));
        var outDir = Path.Combine(_dir, "many");
        var run = CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", outDir, "--name", "n-{{ no }}", "--jobs", "4");
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("rendered 48 documents", run.Out);
        Assert.Equal("", run.Err);
        var files = Directory.GetFiles(outDir, "*.docx");
        Assert.Equal(48, files.Length);
        foreach (var i in new[] { 1, 17, 48 })
        {
            var bytes = File.ReadAllBytes(Path.Combine(outDir, $"n-{i}.docx"));
            Assert.Contains($"承办单位：单位{i}", DocxText.Body(bytes));
        }
        foreach (var f in files) DocxValidation.AssertValidFile(f);
        Assert.Empty(Directory.GetDirectories(outDir));
    }

    [Fact]
    public void Csv_and_xlsx_rows_become_documents()
    {
        var csv = Path.Combine(_dir, "units.csv");
        File.WriteAllText(csv, "unit,no\n\"某某县委, 组织部\",007\n");
        var run = CliHarness.Exec("render", Fixture("notice.docx"), csv, "-o", Path.Combine(_dir, "c"), "--name", "{{ no }}");
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("承办单位：某某县委, 组织部\n编号：007", DocxText.Body(File.ReadAllBytes(Path.Combine(_dir, "c", "007.docx"))));

        run = CliHarness.Exec("render", Fixture("notice.docx"), Fixture("units.xlsx"), "-o", Path.Combine(_dir, "x"));
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("编号：18", DocxText.Body(File.ReadAllBytes(Path.Combine(_dir, "x", "notice-0002.docx"))));
    }

    [Fact]
    public void Lenient_renders_unknown_variables_as_empty_where_strict_fails()
    {
        var data = Json("one.json", """{"unit":"甲"}""");
        var strict = CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", Path.Combine(_dir, "s.docx"));
        Assert.Equal(1, strict.Code);
        Assert.Contains("no", strict.Err);
        Assert.False(File.Exists(Path.Combine(_dir, "s.docx")));
        var lenient = CliHarness.Exec("render", Fixture("notice.docx"), data, "-o", Path.Combine(_dir, "l.docx"), "--lenient");
        Assert.True(lenient.Code == 0, lenient.Err);
        Assert.Contains("编号：", DocxText.Body(File.ReadAllBytes(Path.Combine(_dir, "l.docx"))));
    }

    [Fact]
    public void Fields_lists_variables_with_part_and_location_as_table_and_json()
    {
        var table = CliHarness.Exec("fields", Fixture("notice.docx"));
        Assert.True(table.Code == 0, table.Err);
        Assert.StartsWith("KIND", table.Out);
        Assert.Contains("unit", table.Out);
        Assert.Contains("paragraph", table.Out);

        var json = CliHarness.Exec("fields", Fixture("notice.docx"), "--json");
        Assert.Equal(0, json.Code);
        using var doc = JsonDocument.Parse(json.Out);
        var names = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("unit", names);
        Assert.Contains("no", names);
        var unit = doc.RootElement.EnumerateArray().First(e => e.GetProperty("name").GetString() == "unit");
        Assert.Equal("variable", unit.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(unit.GetProperty("part").GetString()));
        Assert.False(string.IsNullOrEmpty(unit.GetProperty("location").GetString()));
    }

    [Fact]
    public void Lint_reports_every_error_with_its_location_or_says_no_problems()
    {
        var ok = CliHarness.Exec("lint", Fixture("notice.docx"));
        Assert.True(ok.Code == 0, ok.Err);
        Assert.Contains("no problems", ok.Out);

        var bad = Path.Combine(_dir, "bad.docx");
        File.WriteAllBytes(bad, CliHarness.Template("{{ 1 + }}", "正文", "{{ for x in items }}", "{{ unit | }}"));
        var run = CliHarness.Exec("lint", bad);
        Assert.Equal(1, run.Code);
        var errorLines = run.Err.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.True(errorLines.Count >= 2, run.Err);
        Assert.All(errorLines, l => Assert.StartsWith("bad.docx: body, paragraph ", l));
        Assert.DoesNotContain("   at ", run.Err);
    }
}
