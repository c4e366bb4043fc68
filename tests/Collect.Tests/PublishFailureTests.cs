using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

/// <summary>publish when some forms cannot be written: counts both ways, each failure named, exit code 1.</summary>
public class PublishFailureTests(SampleBatch batch) : IClassFixture<SampleBatch>
{
    [Fact]
    public async Task Publish_reports_how_many_succeeded_and_names_each_failure()
    {
        var root = batch.NewFolder("store");
        var (plan, _) = OfficeTools.Collect.Publishing.Publisher.Plan(batch.Dir);
        var total = plan.Count;
        var blocked = batch.Forms.Keys.Order(StringComparer.Ordinal).Take(2).ToList();
        // each blocked unit's form, and its notice where it has one
        var failing = plan.Count(f => blocked.Contains(f.UnitId));
        // A file where a unit's folder must go: the store cannot write that unit's form (a real file-system refusal).
        foreach (var id in blocked) File.WriteAllText(Path.Combine(root, StoreNames.UnitFolder(id)), "in the way");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PublishRun.RunAsync(new PublishRequest(batch.Dir) { Store = StoreChoice.Local(root) with { Kind = "local" } }, output, error, TestContext.Current.CancellationToken);
        Assert.Equal(1, code);
        Assert.Contains($"published {total - failing} of {total} file(s) ({batch.Forms.Count} form(s), {total - batch.Forms.Count} notice(s))", output.ToString());
        Assert.Contains($"; {failing} failed", output.ToString());
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(failing, lines.Count(l => l.Contains("cannot publish", StringComparison.Ordinal)));
        foreach (var id in blocked)
            Assert.Contains(lines, l => l.Contains(batch.Forms[id].Name, StringComparison.Ordinal) && l.Contains("cannot publish", StringComparison.Ordinal));
        Assert.DoesNotContain("unexpected", error.ToString());
    }

    [Fact]
    public async Task A_notice_index_json_lists_but_the_folder_lacks_stops_the_publish_before_anything_is_sent()
    {
        var dir = batch.NewFolder("batch-copy");
        foreach (var f in Directory.GetFiles(batch.Dir, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(dir, Path.GetRelativePath(batch.Dir, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        var gone = Directory.GetFiles(Path.Combine(dir, "notices"), "*.docx").Order(StringComparer.Ordinal).First();
        File.Delete(gone);
        var root = batch.NewFolder("store");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PublishRun.RunAsync(new PublishRequest(dir) { Store = StoreChoice.Local(root) with { Kind = "local" } }, output, error, TestContext.Current.CancellationToken);
        Assert.Equal(1, code);
        Assert.Contains($"{gone}: index.json lists this notice of unit", error.ToString());
        Assert.Contains("but the file is missing", error.ToString());
        // nothing went out, and no round was opened
        Assert.Empty(Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories));
        await using var store = new LocalFormStore(root);
        Assert.Empty(await store.ReadTrailAsync(TestContext.Current.CancellationToken));
    }
}
