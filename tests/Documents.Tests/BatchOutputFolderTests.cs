using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>Reruns over a folder that holds more than the batch wrote, and writes the file system refuses.</summary>
public class BatchOutputFolderTests
{
    static BatchResult Run(string ledger, string output) =>
        BatchRunner.Run(new BatchOptions { Ledger = ledger, Output = output }, null, TestContext.Current.CancellationToken);

    static string Ledger(string dir, params (string Id, string Name, string Kind)[] units) =>
        MiniLedgerFile.Write(dir, units, MiniLedgerFile.DoneAndUnsatisfied);

    static Dictionary<string, byte[]> Snapshot(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void A_clerks_files_and_folders_survive_a_rerun()
    {
        var dir = TestLedgers.TempDir("keep");
        var ledger = Ledger(dir, ("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots));
        var output = Path.Combine(dir, "out");
        Assert.True(Run(ledger, output).Success);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "call 乙村 on Monday");
        Directory.CreateDirectory(Path.Combine(output, "returned"));
        File.WriteAllText(Path.Combine(output, "returned", "甲单位-U1.docx"), "returned form");
        File.WriteAllText(Path.Combine(output, "forms", "clerk-copy.docx"), "mine");
        var second = Run(ledger, output);
        Assert.True(second.Success, string.Join("\n", second.Errors));
        Assert.Equal("call 乙村 on Monday", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal("returned form", File.ReadAllText(Path.Combine(output, "returned", "甲单位-U1.docx")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "forms", "clerk-copy.docx")));
        DocxValidation.AssertValidFile(Path.Combine(output, "forms", "甲单位-U1.docx"));
        Assert.Empty(second.Summary!.Kept);
        Assert.DoesNotContain(Directory.GetDirectories(output), d => Path.GetFileName(d).StartsWith(".officetools-staging-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_form_the_clerk_edited_is_kept_under_another_name_not_overwritten()
    {
        var dir = TestLedgers.TempDir("edited");
        var ledger = Ledger(dir, ("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, "out");
        Assert.True(Run(ledger, output).Success);
        var form = Path.Combine(output, "forms", "甲单位-U1.docx");
        File.WriteAllText(form, "edited by the clerk");
        var second = Run(ledger, output);
        Assert.True(second.Success, string.Join("\n", second.Errors));
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(output, "forms"), "甲单位-U1.kept-*.docx"));
        Assert.Equal("edited by the clerk", File.ReadAllText(kept));
        Assert.Contains(Path.GetFileName(kept), Assert.Single(second.Summary!.Kept));
        DocxValidation.AssertValidFile(form);
        // A third run finds nothing edited: the kept copy is the clerk's and stays, the form is replaced silently.
        var third = Run(ledger, output);
        Assert.Empty(third.Summary!.Kept);
        Assert.True(File.Exists(kept));
    }

    [Fact]
    public void A_full_disk_is_a_located_message_and_the_previous_output_stays()
    {
        using var disk = SmallDisk.TryMount("2m", out var why);
        Assert.SkipWhen(disk == null, why);
        var dir = TestLedgers.TempDir("full");
        var ledger = Ledger(dir, ("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(disk.Path, "out");
        Assert.True(Run(ledger, output).Success);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var before = Snapshot(output);
        var bigger = Ledger(TestLedgers.TempDir("full2"), [.. Enumerable.Range(1, 40).Select(i => ($"U{i}", $"单位{i}", UnitKinds.Leadership))]);
        disk.Fill(leftBytes: 64 * 1024);
        var r = Run(bigger, output);
        Assert.False(r.Success);
        Assert.Contains(r.Errors.Select(d => d.ToString()), e => e.Contains("cannot write: the disk is full", StringComparison.Ordinal) && e.Contains(output, StringComparison.Ordinal));
        Assert.DoesNotContain(r.Errors.Select(d => d.ToString()), e => e.Contains("unexpected", StringComparison.Ordinal));
        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (f, bytes) in before) Assert.Equal(bytes, after[f]);
    }

    [Fact]
    public void A_read_only_folder_is_a_located_message_and_nothing_changes()
    {
        using var disk = SmallDisk.TryMount("4m", out var why);
        Assert.SkipWhen(disk == null, why);
        var dir = TestLedgers.TempDir("ro");
        var ledger = Ledger(dir, ("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(disk.Path, "out");
        Assert.True(Run(ledger, output).Success);
        var before = Snapshot(output);
        Assert.SkipUnless(disk.TryMakeReadOnly(out why), why);
        var r = Run(ledger, output);
        Assert.False(r.Success);
        Assert.Contains(r.Errors.Select(d => d.ToString()), e => e.StartsWith(output, StringComparison.Ordinal) && e.Contains("read-only", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(), Snapshot(output).Keys.Order());
    }

    [Fact]
    public void A_name_too_long_for_the_file_system_is_a_located_message()
    {
        var dir = TestLedgers.TempDir("long");
        var ledger = Ledger(dir, ("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, new string('长', 100));
        var r = Run(ledger, output);
        Assert.False(r.Success);
        Assert.Contains("the path is too long", Assert.Single(r.Errors).ToString());
        Assert.Equal(["ledger.json"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_running_staging_is_not_swept_but_a_dead_ones_is()
    {
        var dir = TestLedgers.TempDir("sweep");
        using (var live = StagedOutput.Begin(dir))
        {
            Assert.Equal(0, StagedOutput.Sweep(dir));
            Assert.True(Directory.Exists(live.Folder));
        }
        // A staging folder whose owner file nobody holds (its process died) goes.
        var dead = Directory.CreateDirectory(Path.Combine(dir, StagedOutput.StagingPrefix + "dead"));
        File.WriteAllText(Path.Combine(dead.FullName, ".owner"), "12345\n");
        Assert.Equal(1, StagedOutput.Sweep(dir));
        Assert.False(dead.Exists && Directory.Exists(dead.FullName));
    }

    [Fact]
    public void A_manifest_naming_files_outside_the_folder_is_ignored()
    {
        var dir = TestLedgers.TempDir("manifest");
        var output = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var victim = Path.Combine(dir, "victim.txt");
        File.WriteAllText(victim, "outside");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(victim)));
        File.WriteAllText(Path.Combine(output, StagedOutput.ManifestName), $"{hash}  ../victim.txt\n");
        using (var staged = StagedOutput.Begin(output))
        {
            File.WriteAllText(Path.Combine(staged.Folder, "a.txt"), "new");
            var commit = staged.Commit(["a.txt"], replaceSet: true);
            Assert.Empty(commit.Errors);
        }
        Assert.Equal("outside", File.ReadAllText(victim));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "a.txt")));
    }
}
