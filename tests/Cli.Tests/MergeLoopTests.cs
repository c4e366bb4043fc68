using System.IO.Compression;
using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`batch --merge` and `render --merge`: one print file per kind, every document in it, bad input refused whole.</summary>
public sealed class MergeLoopTests : LoopTest
{
    [Fact]
    public void Batch_merge_writes_the_forms_and_the_notices_each_into_one_valid_print_file_in_order()
    {
        var run = Ok("batch", Sample, "-o", P("out"), "--merge");
        Assert.Contains("print files: print/forms.docx, print/notices.docx", run.Out);
        using var index = JsonDocument.Parse(File.ReadAllText(P("out", "index.json")));
        foreach (var (name, folder) in new[] { ("forms.docx", "forms"), ("notices.docx", "notices") })
        {
            var print = File.ReadAllBytes(P("out", "print", name));
            DocxValidation.AssertValid(print, name);
            var singles = Directory.GetFiles(P("out", folder), "*.docx");
            Assert.NotEmpty(singles);
            var sections = DocxText.Body(print);
            using var zip = new ZipArchive(new MemoryStream(print));
            var starts = System.Text.RegularExpressions.Regex.Matches(
                new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd(), "w:start=\"1\"").Count;
            Assert.True(starts >= singles.Length, $"{name}: {starts} sections numbered from 1 for {singles.Length} documents");
            Assert.False(string.IsNullOrWhiteSpace(sections));
        }
    }

    [Fact]
    public void Render_merge_puts_the_records_in_order_and_refuses_bad_records_writing_nothing()
    {
        var records = Enumerable.Range(1, 4).Select(i => new Dictionary<string, object> { ["name"] = $"第{i}号单位" }).ToList();
        File.WriteAllText(P("data.json"), JsonSerializer.Serialize(records));
        File.WriteAllBytes(P("t.docx"), DocxFactory.Create(DocxFactory.P("单位：{{ name }}"), headerXml: DocxFactory.P("页眉 {{ name }}")));
        Ok("render", P("t.docx"), P("data.json"), "--merge", P("print.docx"));
        var merged = File.ReadAllBytes(P("print.docx"));
        DocxValidation.AssertValid(merged);
        var body = DocxText.Body(merged);
        var at = Enumerable.Range(1, 4).Select(i => body.IndexOf($"第{i}号单位", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);

        File.WriteAllText(P("bad.json"), """[{"name":"甲"},{"nome":"乙"}]""");
        var run = CliHarness.Exec("render", P("t.docx"), P("bad.json"), "--merge", P("bad.docx"));
        Assert.Equal(1, run.Code);
        Assert.Contains("record 2", run.Err);
        Assert.Contains("nothing written", run.Err);
        Assert.False(File.Exists(P("bad.docx")));
        Assert.Empty(Directory.GetFiles(P(), "*.tmp"));
    }
}
