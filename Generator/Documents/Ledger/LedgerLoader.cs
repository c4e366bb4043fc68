using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>A loaded ledger, or every error that prevented it.</summary>
public sealed record LedgerResult(Ledger? Ledger, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the ledger loaded without errors.</summary>
    public bool Success => Ledger != null && Errors.Count == 0;
}

/// <summary>Loads a ledger from a .json file, an .xlsx workbook or a folder of CSV files, and checks it.</summary>
public static class LedgerLoader
{
    /// <summary>Loads and validates; all errors at once, each naming file, sheet/record, row and field.</summary>
    public static LedgerResult Load(string path, OfficeTools.Packages.PackageLimits? limits = null)
    {
        var errors = new List<Diagnostic>();
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        SourceTables? tables = null;
        if (Directory.Exists(path)) tables = CsvLedgerSource.Read(path, errors);
        else if (!File.Exists(path)) errors.Add(new Diagnostic(name, "file", $"not found: {path}"));
        else
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".json": tables = JsonLedgerSource.Read(path, errors); break;
                case ".xlsx": tables = XlsxLedgerSource.Read(path, errors, limits); break;
                case ".csv":
                    errors.Add(new Diagnostic(name, "file", "a CSV ledger is a folder of 活动.csv, 单位.csv, 整改事项.csv and 制度建设.csv; pass the folder"));
                    break;
                default:
                    errors.Add(new Diagnostic(name, "file", "unknown ledger format; use .json, .xlsx or a folder of CSV files"));
                    break;
            }
        }
        if (tables == null) return new LedgerResult(null, errors);
        var ledger = LedgerParser.Parse(tables, errors);
        return new LedgerResult(errors.Count == 0 ? ledger : null, errors);
    }
}
