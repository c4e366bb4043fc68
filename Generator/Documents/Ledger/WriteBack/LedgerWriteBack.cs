using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// Writes a ledger back in the clerk's own format: the original .xlsx, .json or CSV folder with the updates merged in
/// and nothing else of it lost. <c>LedgerWriteBack.Render(source, updates)</c> → <see cref="WriteBackResult.Errors"/> →
/// <see cref="LedgerCopy.Save"/> (or <see cref="LedgerCopy.Stage"/> to commit together with other files). The source
/// is only read.
/// </summary>
public static class LedgerWriteBack
{
    /// <summary>
    /// The ledger at <paramref name="source"/> with <paramref name="updates"/> merged in, in its own format; every
    /// problem at once (an unknown item or unit, a value outside its list, a source that does not load), each located.
    /// </summary>
    public static WriteBackResult Render(string source, LedgerUpdates updates, OfficeTools.Packages.PackageLimits? limits = null)
    {
        var loaded = LedgerLoader.Load(source, limits);
        if (!loaded.Success) return new WriteBackResult(null, loaded.Errors);
        var format = LedgerFormats.Of(source)!.Value;
        var file = Path.GetFileName(Path.TrimEndingDirectorySeparator(source));
        var errors = new List<Diagnostic>();
        var plan = UpdatePlan.Build(loaded.Ledger!, updates, file, errors);
        if (errors.Count > 0) return new WriteBackResult(null, errors);
        IReadOnlyList<(string Name, byte[] Bytes)> files = format switch
        {
            LedgerFormat.Xlsx => [("", XlsxWriteBack.Write(File.ReadAllBytes(source), plan))],
            LedgerFormat.Json => [("", JsonWriteBack.Write(File.ReadAllBytes(source), plan))],
            _ => CsvWriteBack.Write(source, plan),
        };
        return new WriteBackResult(new LedgerCopy(format, files, limits), []);
    }
}

/// <summary>A written-back ledger, or the located problems that stopped it.</summary>
public sealed record WriteBackResult(LedgerCopy? Copy, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when there is a copy to save.</summary>
    public bool Success => Copy != null && Errors.Count == 0;
}
