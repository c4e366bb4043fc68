namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// Writes a CSV ledger folder again: every file of the folder as it came, 整改事项.csv and 单位.csv with the updated
/// fields changed, missing columns appended at the right (an empty field in every row) and new items as rows at the end.
/// </summary>
internal static class CsvWriteBack
{
    /// <summary>The files of the new folder by name (the source folder's own files, not its subfolders).</summary>
    public static List<(string Name, byte[] Bytes)> Write(string folder, UpdatePlan plan)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        var items = Find(folder, LedgerFields.Items);
        var units = Find(folder, LedgerFields.Units);
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            if (path == items) bytes = Patch(bytes, LedgerFields.Items, plan.Items, plan.NewItems, plan.ItemColumns);
            else if (path == units) bytes = Patch(bytes, LedgerFields.Units, plan.Units, [], plan.UnitColumns);
            files.Add((name, bytes));
        }
        return files;
    }

    // The same file the reader takes for the table.
    static string? Find(string folder, LedgerTable table) =>
        new[] { table.Sheet, table.Key }.Select(n => Path.Combine(folder, n + ".csv")).FirstOrDefault(File.Exists);

    static byte[] Patch(byte[] bytes, LedgerTable table, Dictionary<string, Dictionary<string, CellUpdate>> updates,
        IReadOnlyList<Dictionary<string, CellUpdate>> added, IReadOnlyList<LedgerField> needed)
    {
        if (updates.Count == 0 && added.Count == 0) return bytes;
        var csv = CsvText.Parse(bytes);
        var records = csv.Records;
        var header = records.FirstOrDefault(r => !r.IsBlank);
        if (header == null) return bytes;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Fields.Count; c++)
            if (table.Find(header.Fields[c].Value) is { } f) columns.TryAdd(f.Key, c);
        var width = header.Fields.Count;
        foreach (var field in needed.Prepend(table.Find("id")!).Where(f => !columns.ContainsKey(f.Key)).Distinct())
        {
            columns[field.Key] = width++;
            header.Fields.Add(CsvText.Field(field.Header));
        }
        var data = records.SkipWhile(r => r != header).Skip(1).Where(r => !r.IsBlank).ToList();
        foreach (var record in data)
        {
            while (record.Fields.Count < width) record.Fields.Add(new CsvField("", ""));
            if (updates.TryGetValue(record.Fields[columns["id"]].Value.Trim(), out var values))
                foreach (var (key, value) in values) record.Fields[columns[key]] = CsvText.Field(value.Text);
        }
        var finalEnding = records[^1].Ending;
        if (added.Count > 0 && finalEnding.Length == 0) records[^1].Ending = csv.Newline;
        foreach (var values in added)
        {
            var fields = Enumerable.Range(0, width).Select(_ => new CsvField("", "")).ToList();
            foreach (var (key, value) in values)
                if (columns.TryGetValue(key, out var c)) fields[c] = CsvText.Field(value.Text);
            records.Add(new CsvRecord(fields, csv.Newline));
        }
        // A file that ended without a line break still does.
        if (added.Count > 0 && finalEnding.Length == 0) records[^1].Ending = "";
        return csv.ToBytes();
    }
}
