using OfficeTools.Data;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// A run killed while moving its files in leaves its journal; the next run puts the folder back as it was before
/// that run, and a journal that ends in "done" (killed after the last move) is left as it is.
/// </summary>
public class StagedOutputJournalTests
{
    static string Run(string output, params (string Name, string Text)[] files)
    {
        using var staged = StagedOutput.Begin(output);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(staged.Folder, name), text);
        var commit = staged.Commit([.. files.Select(f => f.Name)], replaceSet: true);
        Assert.Empty(commit.Errors);
        return File.ReadAllText(Path.Combine(output, StagedOutput.ManifestName));
    }

    // The state a second run leaves when killed after `movesMade` of its moves: old files aside, some new ones in.
    static string Crash(string output, int movesMade, bool done = false)
    {
        var staging = Directory.CreateDirectory(Path.Combine(output, StagedOutput.StagingPrefix + "dead")).FullName;
        File.WriteAllText(Path.Combine(staging, ".owner"), "12345\n");
        File.WriteAllText(Path.Combine(staging, "a.docx"), "a2");
        File.WriteAllText(Path.Combine(staging, ".manifest"), "new manifest");
        var aside = Directory.CreateDirectory(Path.Combine(staging, ".replaced")).FullName;
        (string From, string To)[] moves =
        [
            (Path.Combine(output, "a.docx"), Path.Combine(aside, "a.docx")),
            (Path.Combine(output, StagedOutput.ManifestName), Path.Combine(aside, StagedOutput.ManifestName)),
            (Path.Combine(staging, "a.docx"), Path.Combine(output, "a.docx")),
            (Path.Combine(staging, ".manifest"), Path.Combine(output, StagedOutput.ManifestName)),
        ];
        // each move is written down before it is made; the one being made when the process died is not done
        var lines = moves.Take(movesMade + 1).Select(m => $"{m.From}\t{m.To}").ToList();
        foreach (var (from, to) in moves.Take(movesMade)) File.Move(from, to);
        if (done) lines.Add(StagedOutput.DoneLine);
        File.WriteAllLines(Path.Combine(staging, StagedOutput.JournalName), lines);
        return staging;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_commit_killed_midway_is_put_back_by_the_next_run(int movesMade)
    {
        var output = Directory.CreateTempSubdirectory("journal-").FullName;
        var manifest = Run(output, ("a.docx", "a1"), ("b.docx", "b1"));
        File.WriteAllText(Path.Combine(output, "笔记.txt"), "clerk");
        var staging = Crash(output, movesMade);

        Assert.Equal(1, StagedOutput.Sweep(output));

        Assert.False(Directory.Exists(staging));
        Assert.Equal("a1", File.ReadAllText(Path.Combine(output, "a.docx")));
        Assert.Equal("b1", File.ReadAllText(Path.Combine(output, "b.docx")));
        Assert.Equal("clerk", File.ReadAllText(Path.Combine(output, "笔记.txt")));
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(output, StagedOutput.ManifestName)));
        Directory.Delete(output, true);
    }

    [Fact]
    public void A_commit_killed_after_its_last_move_is_kept()
    {
        var output = Directory.CreateTempSubdirectory("journal-").FullName;
        Run(output, ("a.docx", "a1"));
        Crash(output, 4, done: true);

        Assert.Equal(1, StagedOutput.Sweep(output));

        Assert.Equal("a2", File.ReadAllText(Path.Combine(output, "a.docx")));
        Assert.Equal("new manifest", File.ReadAllText(Path.Combine(output, StagedOutput.ManifestName)));
        Directory.Delete(output, true);
    }

    [Fact]
    public void A_finished_commit_writes_its_journal_through_to_done()
    {
        var output = Directory.CreateTempSubdirectory("journal-").FullName;
        using (var staged = StagedOutput.Begin(output))
        {
            File.WriteAllText(Path.Combine(staged.Folder, "a.docx"), "a1");
            Assert.Empty(staged.Commit(["a.docx"], replaceSet: true).Errors);
            var lines = File.ReadAllLines(Path.Combine(staged.Folder, StagedOutput.JournalName));
            Assert.Equal(StagedOutput.DoneLine, lines[^1]);
            Assert.Contains(lines, l => l.EndsWith("\t" + Path.Combine(output, "a.docx"), StringComparison.Ordinal));
        }
        Assert.Empty(Directory.GetDirectories(output));
        Directory.Delete(output, true);
    }
}
