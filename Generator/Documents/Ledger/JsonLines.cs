using System.Text.Json;

namespace OfficeTools.Documents.Ledger;

/// <summary>Line numbers of the ledger's records and fields in a JSON file, so errors can say where to look.</summary>
internal static class JsonLines
{
    /// <summary>Keys: "campaign", "campaign.office", "items[3]", "items[3].due" → 1-based line.</summary>
    public static Dictionary<string, int> Of(byte[] json)
    {
        var newlines = new List<long>();
        for (var i = 0; i < json.Length; i++) if (json[i] == (byte)'\n') newlines.Add(i);
        int Line(long offset)
        {
            var n = newlines.BinarySearch(offset);
            return (n < 0 ? ~n : n) + 1;
        }
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        string? table = null;
        var index = -1;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (depth == 1) { table = name; index = -1; if (name == "campaign") map["campaign"] = Line(reader.TokenStartIndex); }
                else if (depth == 2 && table == "campaign") map[$"campaign.{name}"] = Line(reader.TokenStartIndex);
                else if (depth == 3 && table != null && index >= 0) map[$"record {table}[{index}].{name}"] = Line(reader.TokenStartIndex);
            }
            else if (reader.TokenType == JsonTokenType.StartObject && depth == 2 && table != "campaign")
                map[$"record {table}[{++index}]"] = Line(reader.TokenStartIndex);
        }
        return map;
    }
}
