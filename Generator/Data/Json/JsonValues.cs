using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>Turns a JsonElement into plain .NET values (ordinal dictionaries, lists, long/decimal/double).</summary>
public static class JsonValues
{
    /// <summary>Converts <paramref name="element"/>; duplicate keys are reported in <paramref name="errors"/> by JSON path.</summary>
    public static object? Convert(JsonElement element, string jsonPath, string file, List<DataError> errors) =>
        Convert(element, new JsonPath(null, jsonPath, -1), file, errors);

    static object? Convert(JsonElement element, JsonPath path, string file, List<DataError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in element.EnumerateObject())
                {
                    var name = p.Name;
                    if (dict.ContainsKey(name))
                        errors.Add(new DataError(file, $"{path}.{name}", $"duplicate key \"{name}\" in one object"));
                    dict[name] = IsContainer(p.Value)
                        ? Convert(p.Value, new JsonPath(path, name, -1), file, errors)
                        : Scalar(p.Value);
                }
                return dict;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(IsContainer(item) ? Convert(item, new JsonPath(path, null, i), file, errors) : Scalar(item));
                    i++;
                }
                return list;
            default:
                return Scalar(element);
        }
    }

    static bool IsContainer(JsonElement e) => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    static object? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var l)) return l;
        var raw = element.GetRawText();
        // Exponent forms and huge values are doubles; plain decimals keep their exact digits.
        if (raw.IndexOfAny(['e', 'E']) < 0 && element.TryGetDecimal(out var d)) return d;
        return element.GetDouble();
    }

    /// <summary>Where a container sits ($.a.b[2]); the text is built only when an error needs it.</summary>
    sealed class JsonPath(JsonPath? parent, string? name, int index)
    {
        public override string ToString() => parent == null ? name!
            : name != null ? $"{parent}.{name}" : $"{parent}[{index}]";
    }
}
