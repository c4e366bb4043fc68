using System.Globalization;
using System.Text.Json;
using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>
/// Reads a ledger from one JSON file: <c>{ "campaign": {…}, "units": […], "items": […], "rules_made": […] }</c>, streamed in
/// one pass over the tokens (no document tree). Every value gets the checks of <see cref="JsonValues"/> (numbers beyond a
/// double, text that is not Unicode, duplicate keys); when one fails, those are the errors. Line numbers are worked out
/// only for the errors that name them (<see cref="JsonLines"/>).
/// </summary>
internal static class JsonLedgerSource
{
    static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static SourceTables? Read(string path, List<Diagnostic> errors)
    {
        var file = Path.GetFileName(path);
        if (JsonText.Utf8(File.ReadAllBytes(path), file, errors) is not { } bytes) return null;
        var reading = new Reading(file, bytes);
        try
        {
            reading.Root();
        }
        catch (JsonException e)
        {
            errors.Add(new Diagnostic(file, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}", "JSON syntax error: " + FirstSentence(e.Message)));
            return null;
        }
        // Numbers beyond a double and text that is not Unicode are refused first, where they can be placed.
        if (reading.Bad.Count > 0)
        {
            errors.AddRange(reading.Bad);
            return null;
        }
        return reading.Tables(errors);
    }

    // One pass over the file: the tables' rows, the value checks (Bad) and the ledger's own errors of each table.
    sealed class Reading(string file, byte[] bytes)
    {
        readonly JsonLines _lines = new(bytes, Options);
        readonly Dictionary<string, (List<SourceRow>? Rows, List<Diagnostic> Errors)> _tables = new(StringComparer.Ordinal);
        readonly List<Diagnostic> _unknown = [];
        // every record of a table has the same names: each is looked up once
        readonly Dictionary<(LedgerTable, string), (LedgerField? Field, LedgerField? Near)> _names = [];
        bool _notObject;
        SourceRow? _campaign;
        List<Diagnostic> _campaignErrors = [];

        public List<Diagnostic> Bad { get; } = [];

        string Locate(long offset) => JsonText.Place(bytes, offset);

        public void Root()
        {
            var reader = new Utf8JsonReader(bytes, Options);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                _notObject = true;
                JsonValues.Read(ref reader, "$", file, Bad, Locate);
            }
            else
                JsonValues.ReadMembers(ref reader, "$", file, Bad, Locate, (ref Utf8JsonReader r, string name, long offset) => Member(ref r, name, offset));
            // the rest must be nothing but space and comments (a second value is a syntax error)
            while (reader.Read()) { }
        }

        void Member(ref Utf8JsonReader reader, string name, long nameOffset)
        {
            if (name == "campaign")
            {
                _campaignErrors = [];
                if (reader.TokenType == JsonTokenType.StartObject) _campaign = Row(ref reader, "$.campaign", LedgerFields.Campaign, -1, nameOffset, _campaignErrors);
                else { _campaign = null; Skip(ref reader, "$.campaign"); }
                return;
            }
            var table = LedgerFields.All.FirstOrDefault(t => t.Key == name);
            if (table == null)
            {
                if (name != "$schema") _unknown.Add(new Diagnostic(file, "$." + name, $"unknown table '{name}'; expected campaign, units, items, rules_made"));
                Skip(ref reader, "$." + name);
                return;
            }
            var errors = new List<Diagnostic>();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                errors.Add(new Diagnostic(file, "$." + table.Key, $"{table.Key} must be an array of records"));
                _tables[table.Key] = (null, errors);
                Skip(ref reader, "$." + name);
                return;
            }
            var rows = new List<SourceRow>();
            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                    rows.Add(Row(ref reader, $"$.{table.Key}[{i}]", table, i, reader.TokenStartIndex, errors));
                else
                {
                    errors.Add(new Diagnostic(file, $"record {table.Key}[{i}]", "expected a record (JSON object)"));
                    Skip(ref reader, $"$.{table.Key}[{i}]");
                }
            }
            _tables[table.Key] = (rows, errors);
        }

        // a value the ledger does not use is still checked, as every value of the file is
        void Skip(ref Utf8JsonReader reader, string jsonPath) => JsonValues.Read(ref reader, jsonPath, file, Bad, Locate);

        SourceRow Row(ref Utf8JsonReader reader, string jsonPath, LedgerTable table, int index, long lineOffset, List<Diagnostic> errors)
        {
            var place = new JsonRowPlace(_lines, table, index, lineOffset, reader.TokenStartIndex);
            var raw = (Dictionary<string, object?>)JsonValues.Read(ref reader, jsonPath, file, Bad, Locate)!;
            var values = new Dictionary<string, object?>(raw.Count, StringComparer.Ordinal);
            foreach (var (name, value) in raw)
            {
                if (!_names.TryGetValue((table, name), out var found))
                    _names[(table, name)] = found = table.Find(name) is { } f ? (f, null) : (null, ClerkColumns.NearMiss(table, name));
                var field = found.Field;
                if (field == null)
                {
                    // A field of the clerk's own is read past (and kept by the write-back); one a typo away is an error.
                    if (found.Near is { } near)
                        errors.Add(new Diagnostic(file, $"{place.Member(name)}, field {name}", $"unknown field; did you mean {near.Key}? {table.Key} has {string.Join(", ", table.Fields.Select(f => f.Key))}"));
                    continue;
                }
                values[field.Key] = value switch
                {
                    null or string or long or double or bool => value,
                    // a plain decimal is read as a double, as the ledger's numbers always were
                    decimal d => double.Parse(d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                    _ => NotSingle(errors, place.Member(name), field),
                };
            }
            return new SourceRow(file, place, values);
        }

        object? NotSingle(List<Diagnostic> errors, string place, LedgerField field)
        {
            errors.Add(new Diagnostic(file, $"{place}, field {field.Key}", "expected a single value, not an object or array"));
            return null;
        }

        // The errors in the order of the tables (unknown tables, campaign, units, items, rules made), whatever the file's order.
        public SourceTables? Tables(List<Diagnostic> errors)
        {
            if (_notObject)
            {
                errors.Add(new Diagnostic(file, "$", "the ledger must be a JSON object with campaign, units, items and rules_made"));
                return null;
            }
            errors.AddRange(_unknown);
            errors.AddRange(_campaignErrors);
            var campaign = _campaign;
            if (campaign == null)
            {
                errors.Add(new Diagnostic(file, "$.campaign", "missing the campaign object (活动)"));
                campaign = new SourceRow(file, "campaign", new Dictionary<string, object?>());
            }
            return new SourceTables(campaign, Rows(LedgerFields.Units, true, errors), Rows(LedgerFields.Items, true, errors),
                Rows(LedgerFields.RulesMade, false, errors));
        }

        List<SourceRow> Rows(LedgerTable table, bool required, List<Diagnostic> errors)
        {
            if (!_tables.TryGetValue(table.Key, out var t))
            {
                if (required) errors.Add(new Diagnostic(file, "$." + table.Key, $"missing the {table.Key} array ({table.Sheet})"));
                return [];
            }
            errors.AddRange(t.Errors);
            return t.Rows ?? [];
        }
    }

    static string FirstSentence(string m) => m.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
}
