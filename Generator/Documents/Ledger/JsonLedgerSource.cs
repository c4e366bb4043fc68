using System.Text.Json;
using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>Reads a ledger from one JSON file: <c>{ "campaign": {…}, "units": […], "items": […], "rules_made": […] }</c>.</summary>
internal static class JsonLedgerSource
{
    public static SourceTables? Read(string path, List<Diagnostic> errors)
    {
        var file = Path.GetFileName(path);
        JsonDocument doc;
        if (JsonText.Utf8(File.ReadAllBytes(path), file, errors) is not { } bytes) return null;
        Dictionary<string, int> lines;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            lines = JsonLines.Of(bytes);
        }
        catch (JsonException e)
        {
            errors.Add(new Diagnostic(file, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}", "JSON syntax error: " + FirstSentence(e.Message)));
            return null;
        }
        using (doc)
        {
            // Numbers beyond a double and text that is not Unicode are refused here, where they can be placed.
            var bad = JsonText.Check(bytes, file, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (bad.Count > 0)
            {
                errors.AddRange(bad);
                return null;
            }
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new Diagnostic(file, "$", "the ledger must be a JSON object with campaign, units, items and rules_made"));
                return null;
            }
            foreach (var p in root.EnumerateObject())
                if (LedgerFields.All.All(t => t.Key != p.Name) && p.Name != "$schema")
                    errors.Add(new Diagnostic(file, "$." + p.Name, $"unknown table '{p.Name}'; expected campaign, units, items, rules_made"));
            SourceRow campaign;
            if (root.TryGetProperty("campaign", out var c) && c.ValueKind == JsonValueKind.Object)
                campaign = Row(file, "campaign", c, LedgerFields.Campaign, errors, lines);
            else
            {
                errors.Add(new Diagnostic(file, "$.campaign", "missing the campaign object (活动)"));
                campaign = new SourceRow(file, "campaign", new Dictionary<string, object?>());
            }
            return new SourceTables(campaign, Rows(root, file, LedgerFields.Units, true, errors, lines),
                Rows(root, file, LedgerFields.Items, true, errors, lines), Rows(root, file, LedgerFields.RulesMade, false, errors, lines));
        }
    }

    static List<SourceRow> Rows(JsonElement root, string file, LedgerTable table, bool required, List<Diagnostic> errors, Dictionary<string, int> lines)
    {
        var rows = new List<SourceRow>();
        if (!root.TryGetProperty(table.Key, out var arr))
        {
            if (required) errors.Add(new Diagnostic(file, "$." + table.Key, $"missing the {table.Key} array ({table.Sheet})"));
            return rows;
        }
        if (arr.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new Diagnostic(file, "$." + table.Key, $"{table.Key} must be an array of records"));
            return rows;
        }
        var i = 0;
        foreach (var el in arr.EnumerateArray())
        {
            var place = $"record {table.Key}[{i}]";
            if (el.ValueKind != JsonValueKind.Object) errors.Add(new Diagnostic(file, place, "expected a record (JSON object)"));
            else rows.Add(Row(file, place, el, table, errors, lines));
            i++;
        }
        return rows;
    }

    static SourceRow Row(string file, string path, JsonElement obj, LedgerTable table, List<Diagnostic> errors, Dictionary<string, int> lines)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        string At(string key, string fallback) => lines.TryGetValue(key, out var n) ? $"line {n}, {path}" : fallback;
        var place = At(path, path);
        foreach (var p in obj.EnumerateObject())
        {
            var field = table.Find(p.Name);
            var fieldPlace = At($"{path}.{p.Name}", place);
            if (field == null)
            {
                // A field of the clerk's own is read past (and kept by the write-back); one a typo away is an error.
                if (ClerkColumns.NearMiss(table, p.Name) is { } near)
                    errors.Add(new Diagnostic(file, $"{fieldPlace}, field {p.Name}", $"unknown field; did you mean {near.Key}? {table.Key} has {string.Join(", ", table.Fields.Select(f => f.Key))}"));
                continue;
            }
            places[field.Key] = fieldPlace;
            values[field.Key] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.TryGetInt64(out var l) ? l : p.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => Bad(errors, file, fieldPlace, field),
            };
        }
        return new SourceRow(file, place, values) { FieldPlaces = places };
    }

    static object? Bad(List<Diagnostic> errors, string file, string place, LedgerField field)
    {
        errors.Add(new Diagnostic(file, $"{place}, field {field.Key}", "expected a single value, not an object or array"));
        return null;
    }

    static string FirstSentence(string m) => m.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
}
