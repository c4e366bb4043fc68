namespace OfficeTools.Data;

// The commit's moves, written down before each is made, so that a run killed while moving files in (kill -9, power
// cut of the process) leaves a folder the next run can put back as it was: all or nothing holds across a crash too.
public sealed partial class StagedOutput
{
    /// <summary>The journal of a commit's moves inside the staging folder: "from\tto" lines, then <see cref="DoneLine"/>.</summary>
    public const string JournalName = ".journal";
    /// <summary>The journal's last line once every move was made: nothing is then put back.</summary>
    public const string DoneLine = "done";

    StreamWriter OpenJournal() =>
        new(new FileStream(Path.Combine(Folder, JournalName), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 4096));

    static void Intend(StreamWriter journal, string from, string to)
    {
        journal.Write($"{from}\t{to}\n");
        // in the kernel before the move: a process killed after this line still leaves it for the next run
        journal.Flush();
    }

    static bool Inside(string folder, string path)
    {
        var rel = Path.GetRelativePath(folder, Path.GetFullPath(path));
        return rel != "." && !rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel);
    }

    static void Done(StreamWriter journal)
    {
        journal.Write(DoneLine + "\n");
        journal.Flush();
    }

    /// <summary>
    /// Undoes, newest first, the moves a dead run's unfinished commit made (each written down before it was made, so
    /// one that did not happen is skipped); true when the staging folder may then be removed.
    /// </summary>
    static bool Replay(string staging)
    {
        var path = Path.Combine(staging, JournalName);
        var output = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(staging))!;
        if (!File.Exists(path)) return true;
        try
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length > 0 && lines[^1] == DoneLine) return true;
            for (var i = lines.Length - 1; i >= 0; i--)
            {
                var cut = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (cut <= 0) continue;
                var (from, to) = (lines[i][..cut], lines[i][(cut + 1)..]);
                // only moves inside the output folder the staging folder belongs to are ever made or undone
                if (!Inside(output, from) || !Inside(output, to) || !File.Exists(to) || File.Exists(from)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(from)!);
                File.Move(to, from);
            }
            return true;
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            // what could not be put back stays in the staging folder rather than being deleted with it
            return false;
        }
    }
}
