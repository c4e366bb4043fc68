namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>The three shapes a ledger comes in.</summary>
public enum LedgerFormat
{
    /// <summary>One .json file.</summary>
    Json,
    /// <summary>One .xlsx workbook.</summary>
    Xlsx,
    /// <summary>A folder of CSV files (活动.csv, 单位.csv, 整改事项.csv, 制度建设.csv).</summary>
    CsvFolder,
}

/// <summary>Which format a ledger path is, and where a written-back copy of it may go.</summary>
public static class LedgerFormats
{
    /// <summary>The format of an existing ledger path (a folder is CSV), or null for anything else.</summary>
    public static LedgerFormat? Of(string path) =>
        Directory.Exists(path) ? LedgerFormat.CsvFolder
        : Path.GetExtension(path).ToLowerInvariant() switch { ".json" => LedgerFormat.Json, ".xlsx" => LedgerFormat.Xlsx, _ => null };

    /// <summary>The default name of the copy beside <paramref name="stem"/> (OUT → OUT.ledger.json, OUT.ledger.xlsx, or the folder OUT.ledger).</summary>
    public static string DefaultName(string stem, LedgerFormat format) => format switch
    {
        LedgerFormat.Json => stem + ".ledger.json",
        LedgerFormat.Xlsx => stem + ".ledger.xlsx",
        _ => stem + ".ledger",
    };

    /// <summary>Why <paramref name="target"/> cannot take the write-back of <paramref name="source"/>, or null when it can.</summary>
    public static string? TargetProblem(string source, string target)
    {
        if (Of(source) is not { } format) return null;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (string.Equals(full, Path.TrimEndingDirectorySeparator(Path.GetFullPath(source)), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            return "is the ledger itself; the merged ledger is written beside it, never over it";
        var ext = Path.GetExtension(full).ToLowerInvariant();
        return format switch
        {
            LedgerFormat.Json when ext != ".json" => "the ledger is a .json file, so the merged ledger is one too: give a path ending in .json",
            LedgerFormat.Xlsx when ext != ".xlsx" => "the ledger is an .xlsx workbook, so the merged ledger is one too: give a path ending in .xlsx",
            LedgerFormat.CsvFolder when ext is ".json" or ".xlsx" or ".csv" || File.Exists(full) =>
                "the ledger is a folder of CSV files, so the merged ledger is a folder too: give a folder path (not a file)",
            _ => null,
        };
    }
}
