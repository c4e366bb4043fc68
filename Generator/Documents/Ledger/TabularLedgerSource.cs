using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>One sheet (or CSV file) of rows keyed by header, with the spreadsheet row number of each.</summary>
internal sealed record Sheet(string File, string Name, IReadOnlyList<(int Row, IDictionary<string, object?> Values)> Rows);

/// <summary>Reads the ledger tables from sheets named 活动/单位/整改事项/制度建设 (or campaign/units/items/rules_made).</summary>
internal static class TabularLedgerSource
{
    public static SourceTables? Read(string file, IReadOnlyList<Sheet> sheets, List<Diagnostic> errors)
    {
        Sheet? Find(LedgerTable t) => sheets.FirstOrDefault(s => s.Name == t.Sheet || s.Name.Equals(t.Key, StringComparison.OrdinalIgnoreCase));
        foreach (var t in LedgerFields.All.Take(3))
            if (Find(t) == null) errors.Add(new Diagnostic(file, $"sheet {t.Sheet}", $"missing the sheet {t.Sheet} ({t.Key}); the ledger needs 活动, 单位, 整改事项 and optionally 制度建设"));
        var campaignSheet = Find(LedgerFields.Campaign);
        var campaign = campaignSheet == null ? new SourceRow(file, "sheet 活动", new Dictionary<string, object?>()) : Campaign(campaignSheet, errors);
        return new SourceTables(campaign, Rows(Find(LedgerFields.Units), LedgerFields.Units, errors),
            Rows(Find(LedgerFields.Items), LedgerFields.Items, errors), Rows(Find(LedgerFields.RulesMade), LedgerFields.RulesMade, errors));
    }

    static SourceRow Campaign(Sheet sheet, List<Diagnostic> errors)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        var where = $"sheet {sheet.Name}";
        foreach (var (row, cells) in sheet.Rows)
        {
            var key = cells.FirstOrDefault(c => c.Key.Trim() is LedgerFields.CampaignKeyHeader or "key").Value?.ToString()?.Trim();
            var value = cells.FirstOrDefault(c => c.Key.Trim() is LedgerFields.CampaignValueHeader or "value").Value;
            if (string.IsNullOrEmpty(key)) continue;
            var field = LedgerFields.Campaign.Find(key);
            var place = $"{where}, row {row}";
            if (field == null && ClerkColumns.NearMiss(LedgerFields.Campaign, key) == null) continue;
            if (field == null) { errors.Add(new Diagnostic(sheet.File, $"{place}, field {LedgerFields.CampaignKeyHeader}", $"unknown item '{key}'; the campaign sheet lists {string.Join("、", LedgerFields.Campaign.Fields.Select(f => f.Header))}")); continue; }
            if (places.TryGetValue(field.Key, out var first)) { errors.Add(new Diagnostic(sheet.File, $"{place}, field {LedgerFields.CampaignKeyHeader}", $"'{key}' given twice (first at {first})")); continue; }
            values[field.Key] = value;
            places[field.Key] = place;
        }
        if (sheet.Rows.Count > 0 && !sheet.Rows[0].Values.Keys.Any(k => k.Trim() is LedgerFields.CampaignKeyHeader or "key"))
            errors.Add(new Diagnostic(sheet.File, where, $"the campaign sheet needs two columns headed {LedgerFields.CampaignKeyHeader} and {LedgerFields.CampaignValueHeader}"));
        return new SourceRow(sheet.File, where, values) { FieldPlaces = places };
    }

    static List<SourceRow> Rows(Sheet? sheet, LedgerTable table, List<Diagnostic> errors)
    {
        var rows = new List<SourceRow>();
        if (sheet == null) return rows;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, cells) in sheet.Rows)
        {
            if (cells.Values.All(v => v == null || v is string s && s.Trim().Length == 0)) continue;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (header, value) in cells)
            {
                var field = table.Find(header);
                if (field != null) values[field.Key] = value;
                else if (header.Trim().Length > 0 && ClerkColumns.NearMiss(table, header) is { } near && reported.Add(header))
                    errors.Add(new Diagnostic(sheet.File, $"sheet {sheet.Name}, header '{header}'", $"unknown column; did you mean {near.Header}? {table.Sheet} has {string.Join("、", table.Fields.Select(f => f.Header))} (a clerk's own column must not be one character away from these)"));
            }
            rows.Add(new SourceRow(sheet.File, $"sheet {sheet.Name}, row {row}", values));
        }
        return rows;
    }
}
