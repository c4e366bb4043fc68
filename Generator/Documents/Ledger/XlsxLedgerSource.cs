using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>Reads a ledger from an .xlsx workbook with the sheets 活动, 单位, 整改事项 and 制度建设.</summary>
internal static class XlsxLedgerSource
{
    public static SourceTables? Read(string path, List<Diagnostic> errors, OfficeTools.Packages.PackageLimits? limits)
    {
        var result = XlsxReader.ReadWorkbook(path, limits: limits);
        if (!result.Success || result.Workbook == null) { errors.AddRange(result.Errors); return null; }
        var sheets = new List<Sheet>();
        var before = errors.Count;
        foreach (var sheet in result.Workbook.Sheets)
        {
            if (LedgerFields.All.All(t => t.Sheet != sheet.Name && !t.Key.Equals(sheet.Name, StringComparison.OrdinalIgnoreCase))) continue;
            var table = sheet.ToTable();
            if (!table.Success) { errors.AddRange(table.Errors); continue; }
            sheets.Add(new Sheet(result.Workbook.File, sheet.Name,
                [.. table.Records.Select(r => (r.RowNumber, (IDictionary<string, object?>)r.Values))]));
        }
        return errors.Count > before ? null : TabularLedgerSource.Read(result.Workbook.File, sheets, errors);
    }
}
