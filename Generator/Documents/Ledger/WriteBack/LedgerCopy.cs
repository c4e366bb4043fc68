using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// The bytes of a written-back ledger: one file, or the files of a CSV folder. Saving is staged: the copy is written
/// beside its target under a hidden name, loaded back with <see cref="LedgerLoader"/> (a second round must read what
/// this one wrote), and only then moved into place, so a failure leaves nothing half-written.
/// </summary>
public sealed class LedgerCopy
{
    readonly OfficeTools.Packages.PackageLimits? limits;

    internal LedgerCopy(LedgerFormat format, IReadOnlyList<(string Name, byte[] Bytes)> files, OfficeTools.Packages.PackageLimits? limits)
    {
        Format = format;
        Files = files;
        this.limits = limits;
    }

    /// <summary>The format, the source's.</summary>
    public LedgerFormat Format { get; }

    /// <summary>The content: one entry named "" for a file; for a CSV folder, each file by name.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; }

    /// <summary>Writes the copy to <paramref name="target"/> (a file, or a folder for CSV, replaced as a whole); the located problems, none on success.</summary>
    public IReadOnlyList<Diagnostic> Save(string target)
    {
        using var staged = Stage(target, out var errors);
        if (staged == null) return errors;
        return staged.Commit() is { } failure ? [failure] : [];
    }

    /// <summary>
    /// Writes the copy beside <paramref name="target"/> and checks that it loads; null (and <paramref name="errors"/>)
    /// when it could not. <see cref="StagedLedger.Commit"/> moves it in; disposing without a commit removes it.
    /// </summary>
    public StagedLedger? Stage(string target, out IReadOnlyList<Diagnostic> errors)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var name = Path.GetFileName(full);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{name}.{Guid.NewGuid().ToString("N")[..8]}.tmp{(Format == LedgerFormat.CsvFolder ? "" : Path.GetExtension(full))}");
        var staged = new StagedLedger(temp, full, Format == LedgerFormat.CsvFolder);
        try
        {
            if (Format == LedgerFormat.CsvFolder)
            {
                Directory.CreateDirectory(temp);
                foreach (var (file, bytes) in Files) NewFile.Write(Path.Combine(temp, file), bytes);
            }
            else NewFile.Write(temp, Files[0].Bytes);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            staged.Dispose();
            errors = [new Diagnostic(name, "file", $"cannot write: {IoFailure.Reason(e)}; nothing written")];
            return null;
        }
        var back = LedgerLoader.Load(temp, limits);
        if (!back.Success)
        {
            staged.Dispose();
            errors = [.. back.Errors.Select(e => new Diagnostic(name, "written ledger", $"does not load back ({e}); nothing written"))];
            return null;
        }
        errors = [];
        return staged;
    }
}

/// <summary>A written-back ledger waiting beside its target: <see cref="Commit"/> moves it in, <see cref="Dispose"/> removes what is left.</summary>
public sealed class StagedLedger(string temp, string target, bool folder) : IDisposable
{
    /// <summary>Where it goes.</summary>
    public string Target { get; } = target;

    /// <summary>Moves the copy into place (a folder replaces the old one as a whole); the located failure, or null.</summary>
    public Diagnostic? Commit()
    {
        try
        {
            if (!folder) File.Move(temp, Target, overwrite: true);
            else if (!Directory.Exists(Target)) Directory.Move(temp, Target);
            else
            {
                var old = temp + ".old";
                Directory.Move(Target, old);
                Directory.Move(temp, Target);
                Directory.Delete(old, recursive: true);
            }
            return null;
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            return new Diagnostic(Path.GetFileName(Target), "file", $"cannot write: {IoFailure.Reason(e)}");
        }
    }

    /// <summary>Removes the staged copy if it was not committed.</summary>
    public void Dispose()
    {
        try
        {
            if (folder && Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            else if (!folder && File.Exists(temp)) File.Delete(temp);
        }
        catch (Exception e) when (IoFailure.Is(e)) { }
    }
}
