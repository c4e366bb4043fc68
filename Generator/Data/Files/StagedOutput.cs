using System.Security.Cryptography;

namespace OfficeTools.Data;

/// <summary>
/// An output folder written all or nothing, without ever losing a file OfficeTools did not write: documents are
/// staged in a hidden folder inside the output, then moved in. The folder's manifest (<see cref="ManifestName"/>,
/// "sha256  path" lines) lists what earlier runs wrote; only those files, unchanged, are replaced or removed. A file
/// in the way that is not in the manifest, or was changed since (a clerk's edit), is kept under a ".kept-" name.
/// </summary>
/// <remarks>
/// The staging folder holds an owner file locked for the life of the run (flock through FileShare.None); a later run
/// removes only staging folders whose lock nobody holds, that is, of runs that died (even by kill -9).
/// </remarks>
public sealed partial class StagedOutput : IDisposable
{
    /// <summary>The manifest of the files OfficeTools wrote into an output folder.</summary>
    public const string ManifestName = ".officetools-files";
    /// <summary>The start of every staging folder's name.</summary>
    public const string StagingPrefix = ".officetools-staging-";
    const string OwnerName = ".owner";

    readonly FileStream _owner;
    readonly bool _created;
    bool _committed;

    /// <summary>The output folder, full path.</summary>
    public string Output { get; }
    /// <summary>The output folder as the user gave it, for messages.</summary>
    public string Display { get; }
    /// <summary>The staging folder: write each output at its relative path under it.</summary>
    public string Folder { get; }

    StagedOutput(string display, string output, string folder, FileStream owner, bool created)
    {
        (Display, Output, Folder, _owner, _created) = (display, output, folder, owner, created);
    }

    /// <summary>Creates <paramref name="output"/> if needed, sweeps staging left by dead runs and starts a new staging folder.</summary>
    /// <exception cref="IOException">The folder cannot be written (see <see cref="IoFailure"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static StagedOutput Begin(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var created = !Directory.Exists(full);
        Directory.CreateDirectory(full);
        var folder = Path.Combine(full, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Sweep(full);
            Directory.CreateDirectory(folder);
            var owner = new FileStream(Path.Combine(folder, OwnerName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            owner.Write(System.Text.Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
            owner.Flush();
            return new StagedOutput(Path.TrimEndingDirectorySeparator(output), full, folder, owner, created);
        }
        catch
        {
            TryDelete(folder);
            if (created) TryDeleteEmpty(full);
            throw;
        }
    }

    /// <summary>Removes the staging folders in <paramref name="output"/> (and the older beside-the-folder kinds) of runs that are no longer running; returns how many.</summary>
    public static int Sweep(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var swept = 0;
        if (Directory.Exists(full))
            foreach (var dir in Directory.EnumerateDirectories(full, StagingPrefix + "*"))
                if (Abandoned(dir) && Replay(dir) && TryDelete(dir)) swept++;
        // Earlier versions staged beside the folder without an owner file: only old ones can be known dead.
        var (parent, name) = (Path.GetDirectoryName(full), Path.GetFileName(full));
        if (parent != null && Directory.Exists(parent))
            foreach (var pattern in new[] { $".{name}.officetools-staging-*", $".{name}.staging-*", $".{name}.old-*" })
                foreach (var dir in Directory.EnumerateDirectories(parent, pattern))
                    if (Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddMinutes(-10) && TryDelete(dir)) swept++;
        return swept;
    }

    static bool Abandoned(string dir)
    {
        var owner = Path.Combine(dir, OwnerName);
        if (!File.Exists(owner)) return Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddMinutes(-10);
        try
        {
            using (new FileStream(owner, FileMode.Open, FileAccess.Read, FileShare.None)) return true;
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            return false;
        }
    }

    /// <summary>What a commit did: errors (located, nothing changed then), and files kept under another name.</summary>
    public sealed record CommitResult(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Kept);

    /// <summary>
    /// Moves the staged <paramref name="files"/> (relative paths, '/'-separated) into the output. With
    /// <paramref name="replaceSet"/>, files the manifest lists that this run did not make are removed if unchanged.
    /// On any failure every move is undone and the error names the file.
    /// </summary>
    public CommitResult Commit(IReadOnlyList<string> files, bool replaceSet)
    {
        var errors = files.Where(f => Directory.Exists(Target(f)))
            .Select(f => new Diagnostic(Shown(f), "output", "a folder has this name, so the document cannot be written")).ToList();
        if (errors.Count > 0) return new CommitResult(errors, []);
        var old = ReadManifest();
        var mine = new Dictionary<string, string>(StringComparer.Ordinal);
        var journal = new List<(string From, string To)>();
        var kept = new List<string>();
        var aside = Path.Combine(Folder, ".replaced");
        var current = ManifestName;
        using var intents = OpenJournal();
        void Move(string from, string to)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            Intend(intents, from, to);
            File.Move(from, to);
            journal.Add((from, to));
        }
        try
        {
            foreach (var (f, h) in files.Zip(HashAll(files))) mine[f] = h;
            var manifest = replaceSet ? new Dictionary<string, string>(mine, StringComparer.Ordinal)
                : new Dictionary<string, string>(old, StringComparer.Ordinal);
            foreach (var (f, h) in mine) manifest[f] = h;
            var stagedManifest = Path.Combine(Folder, ".manifest");
            NewFile.Write(stagedManifest, System.Text.Encoding.UTF8.GetBytes(
                string.Concat(manifest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value}  {p.Key}\n"))));
            var leaving = replaceSet ? old.Keys.Where(f => !mine.ContainsKey(f)) : [];
            foreach (var f in files.Concat(leaving).Append(ManifestName))
            {
                current = f;
                var target = Target(f);
                if (!File.Exists(target)) continue;
                if (f == ManifestName || (old.TryGetValue(f, out var h) && h == Hash(target))) Move(target, Path.Combine(aside, f));
                else if (mine.ContainsKey(f))
                {
                    var keptAs = KeptName(f);
                    Move(target, Target(keptAs));
                    kept.Add($"{Shown(f)} was not written by OfficeTools or was changed since; kept as {Shown(keptAs)}");
                }
            }
            foreach (var f in files)
            {
                current = f;
                Move(Path.Combine(Folder, f), Target(f));
            }
            current = ManifestName;
            Move(stagedManifest, Target(ManifestName));
            Done(intents);
            _committed = true;
            return new CommitResult([], kept);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            for (var i = journal.Count - 1; i >= 0; i--)
                try { File.Move(journal[i].To, journal[i].From); }
                catch (Exception undo) when (IoFailure.Is(undo)) { errors.Add(new Diagnostic(journal[i].From, "", $"cannot put back ({IoFailure.Reason(undo)}); it is at {journal[i].To}")); }
            errors.Insert(0, new Diagnostic(Shown(current), "", $"cannot write: {IoFailure.Reason(e)}; nothing written"));
            return new CommitResult(errors, []);
        }
    }

    /// <summary>The output's file <paramref name="relative"/> as the user would name it, for messages.</summary>
    public string Shown(string relative) => Path.Combine(Display, relative.Replace('/', Path.DirectorySeparatorChar));

    string Target(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Output, relative));
        var rel = Path.GetRelativePath(Output, full);
        if (rel == "." || rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) || rel.StartsWith(StagingPrefix, StringComparison.Ordinal))
            throw new IOException($"{relative} is not a file inside the output folder");
        return full;
    }

    // A manifest line that is malformed or names a path outside the folder is ignored: such a file is then foreign and kept.
    Dictionary<string, string> ReadManifest()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(Output, ManifestName);
        if (!File.Exists(path)) return map;
        foreach (var line in File.ReadLines(path))
        {
            var cut = line.IndexOf("  ", StringComparison.Ordinal);
            if (cut != 64) continue;
            var rel = line[(cut + 2)..];
            try { _ = Target(rel); }
            catch (IOException) { continue; }
            map[rel] = line[..cut];
        }
        return map;
    }

    string KeptName(string relative)
    {
        var dir = Path.GetDirectoryName(relative.Replace('/', Path.DirectorySeparatorChar)) ?? "";
        var stem = Path.GetFileNameWithoutExtension(relative);
        var ext = Path.GetExtension(relative);
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var name = Path.Combine(dir, $"{stem}.kept-{stamp}{(n > 1 ? $"-{n}" : "")}{ext}").Replace(Path.DirectorySeparatorChar, '/');
            if (!File.Exists(Target(name)) && !Directory.Exists(Target(name))) return name;
        }
    }

    // a 64 KB buffer: SHA256 asks for 4 KB at a time, which unbuffered is a system call per 4 KB
    static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // The staged files' hashes, on every core: a batch is thousands of documents, read back once here, and on one
    // core this was a tenth of a 1,000-document render. The first I/O failure is thrown as itself.
    string[] HashAll(IReadOnlyList<string> files)
    {
        var hashes = new string[files.Count];
        try
        {
            Parallel.For(0, files.Count, i => hashes[i] = Hash(Path.Combine(Folder, files[i])));
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return hashes;
    }

    static bool TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
            return true;
        }
        catch (Exception e) when (IoFailure.Is(e)) { return false; }
    }

    static void TryDeleteEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        catch (Exception e) when (IoFailure.Is(e)) { }
    }

    /// <summary>Removes the staging folder; a folder this run created and did not fill is removed too.</summary>
    public void Dispose()
    {
        TryDelete(Folder);
        _owner.Dispose();
        if (_created && !_committed) TryDeleteEmpty(Output);
    }
}
