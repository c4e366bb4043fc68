namespace OfficeTools.Data;

/// <summary>
/// Reads data files (.json, .csv, .xlsx) into plain values: IDictionary&lt;string, object?&gt; for objects and
/// records, List&lt;object?&gt; for arrays and tables, string, long, double, decimal, bool, DateTime or null.
/// </summary>
public static class DataLoader
{
    /// <summary>Loads a file by its extension; errors (all at once) are located by line:column or row/field.</summary>
    public static DataResult Load(string path, OfficeTools.Packages.PackageLimits? limits = null)
    {
        if (Check(path) is { } error) return new DataResult(null, [error]);
        return Extension(path) switch
        {
            ".json" => JsonData.Load(path),
            ".csv" => CsvData.Load(path),
            _ => XlsxData.LoadFirstSheet(path, limits),
        };
    }

    /// <summary>
    /// Opens a file for record-by-record reading: a JSON array is streamed (memory stays bounded for huge files),
    /// other inputs are loaded whole. Check <see cref="RecordSet.Errors"/> before reading records.
    /// </summary>
    public static RecordSet Open(string path, OfficeTools.Packages.PackageLimits? limits = null)
    {
        if (Check(path) is { } error) return RecordSet.Failed([error]);
        if (Extension(path) == ".json" && JsonData.StartsWithArray(path)) return JsonData.OpenArray(path);
        var result = Load(path, limits);
        return result.Success ? RecordSet.FromValue(result.Value) : RecordSet.Failed(result.Errors);
    }

    static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();

    static Diagnostic? Check(string path)
    {
        var ext = Extension(path);
        if (ext is ".xls")
            return new Diagnostic(path, "file", "legacy binary Excel workbook (.xls) is not supported: open it in Excel and save it as .xlsx");
        if (ext is not (".json" or ".csv" or ".xlsx" or ".xlsm"))
            return new Diagnostic(path, "file", $"unknown data file type '{ext}': use .json, .csv or .xlsx");
        if (Directory.Exists(path)) return new Diagnostic(path, "file", "is a folder, not a data file");
        if (!File.Exists(path)) return new Diagnostic(path, "file", "file not found");
        return null;
    }
}

/// <summary>A loaded value, or the errors that prevented it.</summary>
public sealed record DataResult(object? Value, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when there are no errors.</summary>
    public bool Success => Errors.Count == 0;
}
