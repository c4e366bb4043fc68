using System.Text.Json.Nodes;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// The archive caps reach batch (its templates) and collect (every returned form) through the same --max-* options
/// as render: a crossed cap is a located error naming the option, and raising it lets the run through.
/// </summary>
public class BatchCollectLimitTests
{
    static string Sample => RepoPaths.Of("Templates", "samples", "ledger.json");

    [Fact]
    public void Batch_refuses_templates_past_max_parts_naming_the_template_and_writes_nothing()
    {
        var dir = CliHarness.TempDir();
        var output = Path.Combine(dir, "out");
        var run = CliHarness.Exec("batch", Sample, "-o", output, "--max-parts", "3");
        Assert.Equal(1, run.Code);
        Assert.Contains("notice.docx", run.Err, StringComparison.Ordinal);
        Assert.Contains("raise it with --max-parts", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Collect_refuses_a_form_whose_part_passes_max_part_mb_and_counts_it_for_no_unit()
    {
        var dir = CliHarness.TempDir();
        var batch = CliHarness.Exec("batch", Sample, "-o", Path.Combine(dir, "out"));
        Assert.True(batch.Code == 0, batch.Err);
        var form = Directory.GetFiles(Path.Combine(dir, "out", "forms")).Order(StringComparer.Ordinal).First();
        var returned = Directory.CreateDirectory(Path.Combine(dir, "returned")).FullName;
        // the form with a 3 MB part added: fine under the defaults, over a 2 MB cap
        File.WriteAllBytes(Path.Combine(returned, "big.docx"),
            ZipEdits.AddBomb(File.ReadAllBytes(form), "customXml/item9.xml", 3L * 1024 * 1024, "<a>填充</a>"u8.ToArray()));

        JsonNode Collect(params string[] extra)
        {
            var outJson = Path.Combine(dir, $"collected-{extra.Length}.json");
            var run = CliHarness.Exec(["collect", returned, "--ledger", Sample, "-o", outJson, .. extra]);
            Assert.True(run.Code == 0, run.Err);
            return JsonNode.Parse(File.ReadAllText(outJson))!;
        }

        var capped = Collect("--max-part-mb", "2");
        Assert.DoesNotContain(capped["units"]!.AsArray(), u => u!["file"] is not null);
        var problem = Assert.Single(capped["unmatched"]!.AsArray())!["problems"]![0]!;
        Assert.Equal("refused-package", problem["code"]!.ToString());
        Assert.Contains("--max-part-mb", problem["message"]!.ToString(), StringComparison.Ordinal);

        var raised = Collect();
        Assert.Single(raised["units"]!.AsArray(), u => u!["file"] is not null);
    }
}
