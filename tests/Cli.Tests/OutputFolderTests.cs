using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>render into folders that hold more than it wrote, runs killed outright, and writes the file system refuses.</summary>
public sealed class OutputFolderTests : IDisposable
{
    readonly string _dir = CliHarness.TempDir();

    /// <summary>Removes this test's folder.</summary>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Template()
    {
        CaseFixtures.WriteAll(_dir);
        return Path.Combine(_dir, "notice.docx");
    }

    string List(string name, int count)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, JsonSerializer.Serialize(Enumerable.Range(1, count).Select(i => new Dictionary<string, object> { ["unit"] = $"单位{i}", ["no"] = i })));
        return path;
    }

    static string[] Entries(string dir) => [.. Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    static Dictionary<string, byte[]> Snapshot(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void A_render_killed_outright_leaves_staging_that_the_next_render_sweeps()
    {
        var template = Template();
        var big = List("big.json", 50000);
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "officetools.dll"));
        foreach (var a in new[] { "render", template, big, "-o", outDir, "--name", "n-{{ no }}", "--jobs", "1" }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        string? staging = null;
        TimeSpan? seen = null;
        var clock = Stopwatch.StartNew();
        while (!p.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            staging = Directory.GetDirectories(outDir, ".officetools-staging-*").FirstOrDefault();
            seen ??= staging != null ? clock.Elapsed : null;
            // Cheap checks only: the run writes thousands of documents a second.
            if (staging != null && Directory.EnumerateFiles(staging, "*.docx").Skip(20).Any()) break;
            Thread.Sleep(5);
        }
        Assert.False(p.HasExited, "the render ended before it could be killed");
        using (var kill = Process.Start("kill", ["-KILL", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit(); // no finally, no cleanup
        p.WaitForExit();
        Assert.NotNull(staging);
        Assert.True(Directory.Exists(staging), $"a killed run leaves its staging folder; seen at {seen}, killed after {clock.Elapsed}: {string.Join(", ", Entries(outDir).Take(5))}");
        Assert.Equal([Path.GetFileName(staging), "notes.txt"], Entries(outDir));

        var small = List("small.json", 2);
        var run = CliHarness.Exec("render", template, small, "-o", outDir, "--name", "n-{{ no }}");
        Assert.True(run.Code == 0, run.Err);
        Assert.False(Directory.Exists(staging));
        Assert.Equal([".officetools-files", "n-1.docx", "n-2.docx", "notes.txt"], Entries(outDir));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
    }

    [Fact]
    public void A_render_into_a_folder_also_sweeps_a_dead_runs_staging_but_not_a_live_one()
    {
        var template = Template();
        var outDir = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        var dead = Directory.CreateDirectory(Path.Combine(outDir, ".officetools-staging-dead")).FullName;
        File.WriteAllText(Path.Combine(dead, ".owner"), "1\n");
        var live = Directory.CreateDirectory(Path.Combine(outDir, ".officetools-staging-live")).FullName;
        using (new FileStream(Path.Combine(live, ".owner"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
        {
            var run = CliHarness.Exec("render", template, List("one.json", 1), "-o", outDir, "--name", "n-{{ no }}");
            Assert.True(run.Code == 0, run.Err);
        }
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
    }

    [Fact]
    public void Rerun_replaces_its_own_documents_and_keeps_an_edited_one()
    {
        var template = Template();
        var data = List("two.json", 2);
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, CliHarness.Exec("render", template, data, "-o", outDir, "--name", "n-{{ no }}").Code);
        File.WriteAllText(Path.Combine(outDir, "n-2.docx"), "edited");
        var run = CliHarness.Exec("render", template, data, "-o", outDir, "--name", "n-{{ no }}");
        Assert.True(run.Code == 0, run.Err);
        var kept = Assert.Single(Directory.GetFiles(outDir, "n-2.kept-*.docx"));
        Assert.Equal("edited", File.ReadAllText(kept));
        Assert.Contains("was not written by OfficeTools or was changed since", run.Out);
        Assert.Empty(Directory.GetFiles(outDir, "n-1.kept-*"));
        DocxValidation.AssertValidFile(Path.Combine(outDir, "n-2.docx"));
    }

    [Fact]
    public void A_full_disk_during_a_parallel_list_render_names_the_document_and_changes_nothing()
    {
        using var disk = SmallDisk.TryMount("2m", out var why);
        Assert.SkipWhen(disk == null, why);
        var template = Template();
        var outDir = Path.Combine(disk.Path, "out");
        Assert.Equal(0, CliHarness.Exec("render", template, List("two.json", 2), "-o", outDir, "--name", "n-{{ no }}").Code);
        var before = Snapshot(outDir);
        disk.Fill(leftBytes: 48 * 1024);
        var run = CliHarness.Exec("render", template, List("many.json", 200), "-o", outDir, "--name", "n-{{ no }}", "--jobs", "2");
        Assert.Equal(1, run.Code);
        Assert.Matches(@"out[/\\]n-\d+\.docx: cannot write: the disk is full", run.Err);
        Assert.Contains("nothing written", run.Err);
        Assert.DoesNotContain("unexpected", run.Err);
        var after = Snapshot(outDir);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (f, bytes) in before) Assert.Equal(bytes, after[f]);
    }

    [Fact]
    public void A_full_disk_for_one_document_names_it_and_leaves_no_temporary_file()
    {
        using var disk = SmallDisk.TryMount("1m", out var why);
        Assert.SkipWhen(disk == null, why);
        var template = Template();
        File.WriteAllText(Path.Combine(_dir, "one.json"), """{"unit":"甲","no":1}""");
        disk.Fill(leftBytes: 0);
        var target = Path.Combine(disk.Path, "one.docx");
        var run = CliHarness.Exec("render", template, Path.Combine(_dir, "one.json"), "-o", target);
        Assert.Equal(1, run.Code);
        Assert.Contains($"{target}: cannot write: the disk is full", run.Err);
        Assert.Equal(["filler.bin"], Entries(disk.Path));
    }

    [Fact]
    public void A_read_only_folder_is_a_located_message_for_a_list_and_for_one_document()
    {
        using var disk = SmallDisk.TryMount("2m", out var why);
        Assert.SkipWhen(disk == null, why);
        var template = Template();
        var outDir = Path.Combine(disk.Path, "out");
        Assert.Equal(0, CliHarness.Exec("render", template, List("two.json", 2), "-o", outDir, "--name", "n-{{ no }}").Code);
        var before = Entries(outDir);
        Assert.SkipUnless(disk.TryMakeReadOnly(out why), why);
        var list = CliHarness.Exec("render", template, List("two.json", 2), "-o", outDir, "--name", "n-{{ no }}");
        Assert.Equal(1, list.Code);
        Assert.Contains(outDir, list.Err);
        Assert.Contains("read-only", list.Err);
        Assert.DoesNotContain("unexpected", list.Err);
        File.WriteAllText(Path.Combine(_dir, "one.json"), """{"unit":"甲","no":1}""");
        var one = CliHarness.Exec("render", template, Path.Combine(_dir, "one.json"), "-o", Path.Combine(outDir, "one.docx"));
        Assert.Equal(1, one.Code);
        Assert.Contains(outDir, one.Err);
        Assert.DoesNotContain("unexpected", one.Err);
        Assert.Equal(before, Entries(outDir));
    }

    [Fact]
    public void A_path_too_long_is_a_located_message()
    {
        var template = Template();
        File.WriteAllText(Path.Combine(_dir, "one.json"), """{"unit":"甲","no":1}""");
        var longName = Path.Combine(_dir, new string('长', 90) + ".docx");
        var one = CliHarness.Exec("render", template, Path.Combine(_dir, "one.json"), "-o", longName);
        Assert.Equal(1, one.Code);
        Assert.Contains("the path is too long", one.Err);
        Assert.DoesNotContain("unexpected", one.Err);
        var deep = Path.Combine(_dir, string.Join('/', Enumerable.Repeat(new string('d', 250), 17)));
        var list = CliHarness.Exec("render", template, List("two.json", 2), "-o", deep, "--name", "n-{{ no }}");
        Assert.Equal(1, list.Code);
        Assert.Contains("the path is too long", list.Err);
        Assert.DoesNotContain("unexpected", list.Err);
    }

    [Fact]
    public void Bidi_controls_are_removed_from_names_and_nfc_nfd_names_are_one_name()
    {
        var template = Template();
        var path = Path.Combine(_dir, "names.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object> { ["unit"] = "甲", ["no"] = 1, ["n"] = "invoice\u202Excod.exe" },
            new Dictionary<string, object> { ["unit"] = "乙", ["no"] = 2, ["n"] = "\u2067报告\u2069\u200F\u061C" },
        }));
        var outDir = Path.Combine(_dir, "bidi");
        var run = CliHarness.Exec("render", template, path, "-o", outDir, "--name", "{{ n }}");
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(["invoicexcod.exe.docx", "报告.docx"], Directory.GetFiles(outDir, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        File.WriteAllText(path, JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object> { ["unit"] = "甲", ["no"] = 1, ["n"] = "caf\u00E9" },
            new Dictionary<string, object> { ["unit"] = "乙", ["no"] = 2, ["n"] = "cafe\u0301" },
        }));
        var clash = CliHarness.Exec("render", template, path, "-o", Path.Combine(_dir, "nfc"), "--name", "{{ n }}");
        Assert.Equal(1, clash.Code);
        Assert.Contains("records 1 and 2: --name: error: both give the file name \"caf\u00E9.docx\"", clash.Err);
    }
}
