using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>Reads a ledger from a folder of CSV files named after the sheets: 活动.csv, 单位.csv, 整改事项.csv, 制度建设.csv.</summary>
internal static class CsvLedgerSource
{
    public static SourceTables? Read(string folder, List<Diagnostic> errors)
    {
        var before = errors.Count;
        var sheets = new List<Sheet>();
        foreach (var table in LedgerFields.All)
        {
            var path = new[] { table.Sheet, table.Key }.Select(n => Path.Combine(folder, n + ".csv")).FirstOrDefault(File.Exists);
            if (path == null) continue;
            var result = DataLoader.Load(path);
            if (!result.Success) { errors.AddRange(result.Errors); continue; }
            var rows = (result.Value as IEnumerable<object?> ?? []).OfType<IDictionary<string, object?>>()
                .Select((r, i) => (Row: i + 2, Values: r)).ToList();
            sheets.Add(new Sheet(Path.GetFileName(path), table.Sheet, rows));
        }
        if (errors.Count > before) return null;
        return TabularLedgerSource.Read(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), sheets, errors);
    }
}
