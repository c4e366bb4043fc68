using System.IO.Compression;
using OfficeTools.Data;
using OfficeTools.Packages;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// Package caps at the CLI's doors: .xlsx data through the shared inspector (a shared-strings bomb is a located
/// error), templates with too many parts, and the --max-* options that raise the caps.
/// </summary>
public class PackageLimitTests
{
    static string Xlsx(string dir, IEnumerable<IReadOnlyList<object?>> rows, string name = "data.xlsx")
    {
        var path = Path.Combine(dir, name);
        XlsxWriter.Write(path, [new XlsxSheetData("单位", rows)]);
        return path;
    }

    static IEnumerable<IReadOnlyList<object?>> Table(int rows, int columns)
    {
        yield return [.. Enumerable.Range(1, columns).Select(c => (object?)$"字段{c}")];
        for (var r = 1; r <= rows; r++)
            yield return [.. Enumerable.Range(1, columns).Select(c => (object?)$"某某县第{r}号单位关于第{c}项整改事项的落实情况说明")];
    }

    // A shared-strings part that inflates to `size` bytes of plain items: highly compressible, as a bomb is.
    static string WithSharedStrings(string xlsx, long size)
    {
        var item = "<si><t>重复的共享字符串</t></si>"u8.ToArray();
        var bytes = ZipEdits.AddBomb(File.ReadAllBytes(xlsx), "xl/sharedStrings.xml", size, item);
        File.WriteAllBytes(xlsx, bytes);
        return xlsx;
    }

    [Fact]
    public void The_default_limits_fit_a_20000_row_table_of_chinese_text_with_margin()
    {
        var dir = CliHarness.TempDir();
        var path = Xlsx(dir, Table(20_000, 20));
        using (var zip = ZipFile.OpenRead(path))
        {
            var largest = zip.Entries.Max(e => e.Length);
            var total = zip.Entries.Sum(e => e.Length);
            Assert.True(largest * 4 < PackageLimits.Default.MaxPartBytes, $"largest part {largest} bytes");
            Assert.True(total * 4 < PackageLimits.Default.MaxTotalBytes, $"total {total} bytes");
        }
        var book = XlsxReader.ReadWorkbook(path);
        Assert.True(book.Success, string.Join("\n", book.Errors));
        Assert.Equal(20_001, book.Workbook!.Sheets[0].Rows.Count);
    }

    [Fact]
    public void A_shared_strings_bomb_is_a_located_error_naming_the_option_never_an_out_of_memory()
    {
        var dir = CliHarness.TempDir();
        var path = WithSharedStrings(Xlsx(dir, Table(3, 2)), 300L * 1024 * 1024);
        var book = XlsxReader.ReadWorkbook(path);
        var error = Assert.Single(book.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal("xl/sharedStrings.xml", error.Location);
        Assert.Contains("expands beyond 256 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-part-mb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_oversized_data_with_exit_1_and_nothing_written_and_the_option_raises_the_cap()
    {
        var dir = CliHarness.TempDir();
        var template = Path.Combine(dir, "t.docx");
        File.WriteAllBytes(template, CliHarness.Template("{{ 字段1 }}"));
        var data = WithSharedStrings(Xlsx(dir, Table(3, 2)), 3L * 1024 * 1024);
        var output = Path.Combine(dir, "out");
        var run = CliHarness.Exec("render", template, data, "-o", output, "--max-part-mb", "2");
        Assert.Equal(1, run.Code);
        Assert.Contains("data.xlsx: xl/sharedStrings.xml: the part expands beyond 2 MB", run.Err, StringComparison.Ordinal);
        Assert.Contains("--max-part-mb", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
        var raised = CliHarness.Exec("render", template, data, "-o", output, "--max-part-mb", "4");
        Assert.True(raised.Code == 0, raised.Err);
        Assert.Equal(3, Directory.GetFiles(output, "*.docx").Length);
    }

    [Fact]
    public void Lint_refuses_a_template_with_too_many_parts_naming_it_and_the_option()
    {
        var dir = CliHarness.TempDir();
        var template = Path.Combine(dir, "多部件模板.docx");
        File.WriteAllBytes(template, ZipEdits.Edit(CliHarness.Template("{{ a }}"), z =>
        {
            for (var i = 0; i < 20; i++) z.CreateEntry($"customXml/item{i}.xml");
        }));
        var run = CliHarness.Exec("lint", template, "--max-parts", "10");
        Assert.Equal(1, run.Code);
        Assert.Contains("多部件模板.docx", run.Err, StringComparison.Ordinal);
        Assert.Contains("limit of 10; raise it with --max-parts", run.Err, StringComparison.Ordinal);
        Assert.Equal(0, CliHarness.Exec("lint", template).Code);
    }

    [Fact]
    public void Lint_refuses_a_template_with_a_traversal_part_name()
    {
        var dir = CliHarness.TempDir();
        var template = Path.Combine(dir, "t.docx");
        File.WriteAllBytes(template, ZipEdits.Add(CliHarness.Template("{{ a }}"), "../../evil.sh", "echo owned"));
        var run = CliHarness.Exec("lint", template);
        Assert.Equal(1, run.Code);
        Assert.Contains("'../../evil.sh' is unsafe", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-part-mb")]
    [InlineData("--max-total-mb")]
    [InlineData("--max-parts")]
    public void A_limit_below_one_is_a_usage_error(string option)
    {
        var run = CliHarness.Exec("fields", "t.docx", option, "0");
        Assert.Equal(2, run.Code);
        Assert.Contains($"{option} must be 1 or more", run.Err, StringComparison.Ordinal);
    }
}
