using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>Turns a JsonElement into plain .NET values (ordinal dictionaries, lists, long/decimal/double).</summary>
public static class JsonValues
{
    /// <summary>Converts <paramref name="element"/>; duplicate keys are reported in <paramref name="errors"/> by JSON path.</summary>
    public static object? Convert(JsonElement element, string jsonPath, string file, List<DataError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in element.EnumerateObject())
                {
                    var childPath = $"{jsonPath}.{p.Name}";
                    if (dict.ContainsKey(p.Name))
                        errors.Add(new DataError(file, childPath, $"duplicate key \"{p.Name}\" in one object"));
                    dict[p.Name] = Convert(p.Value, childPath, file, errors);
                }
                return dict;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                var i = 0;
                foreach (var item in element.EnumerateArray()) list.Add(Convert(item, $"{jsonPath}[{i++}]", file, errors));
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return Number(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var l)) return l;
        var raw = element.GetRawText();
        // Exponent forms and huge values are doubles; plain decimals keep their exact digits.
        if (raw.IndexOfAny(['e', 'E']) < 0 && element.TryGetDecimal(out var d)) return d;
        return element.GetDouble();
    }
}
