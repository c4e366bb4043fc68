using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>Reads JSON values into plain .NET values (ordinal dictionaries, lists, long/decimal/double).</summary>
public static class JsonValues
{
    /// <summary>
    /// Reads the value at the reader's current token (the whole value must be in the reader's buffer), straight
    /// from the tokens (no JsonDocument is built); duplicate keys are reported in <paramref name="errors"/> by JSON
    /// path. The reader is left on the value's last token.
    /// </summary>
    public static object? Read(ref Utf8JsonReader reader, string jsonPath, string file, List<DataError> errors) =>
        Read(ref reader, new JsonPath(null, jsonPath, -1), file, errors);

    static object? Read(ref Utf8JsonReader reader, JsonPath path, string file, List<DataError> errors)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    if (dict.ContainsKey(name))
                        errors.Add(new DataError(file, $"{path}.{name}", $"duplicate key \"{name}\" in one object"));
                    dict[name] = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                        ? Read(ref reader, new JsonPath(path, name, -1), file, errors)
                        : Scalar(ref reader);
                }
                return dict;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                        ? Read(ref reader, new JsonPath(path, null, list.Count), file, errors)
                        : Scalar(ref reader));
                }
                return list;
            default:
                return Scalar(ref reader);
        }
    }

    static object? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Number(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    static object Number(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var l)) return l;
        // Exponent forms and huge values are doubles; plain decimals keep their exact digits.
        var raw = reader.ValueSpan; // readers here always hold one buffer

        if (raw.IndexOfAny((byte)'e', (byte)'E') < 0 && reader.TryGetDecimal(out var d)) return d;
        return reader.GetDouble();
    }

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
