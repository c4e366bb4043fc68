using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>Reads JSON values into plain .NET values (ordinal dictionaries, lists, long/decimal/double).</summary>
public static class JsonValues
{
    /// <summary>
    /// Reads the value at the reader's current token (the whole value must be in the reader's buffer), straight
    /// from the tokens (no JsonDocument is built). Problems go to <paramref name="errors"/> by JSON path: duplicate
    /// keys, numbers outside the range of a double (1e400 is refused, never read as Infinity), text that is not
    /// Unicode (an unpaired \uD800–\uDFFF escape, bytes that are not UTF-8). <paramref name="locate"/> turns the
    /// byte offset of the reader's buffer start plus a token's offset into "line L:column C" for those messages.
    /// The reader is left on the value's last token.
    /// </summary>
    public static object? Read(ref Utf8JsonReader reader, string jsonPath, string file, List<Diagnostic> errors,
        Func<long, string>? locate = null, long bufferOffset = 0) =>
        Read(ref reader, new JsonPath(null, jsonPath, -1), new Sink(file, errors, locate, bufferOffset));

    /// <summary>Reads one member's value: the reader is on the value's first token and must be left on its last.</summary>
    public delegate void MemberReader(ref Utf8JsonReader reader, string name, long nameOffset);

    /// <summary>
    /// Reads the members of the object whose start the reader is on, one at a time, for a reader that streams a big
    /// document instead of building it: the names get the checks of <see cref="Read(ref Utf8JsonReader, string, string, List{Diagnostic}, Func{long, string}?, long)"/>
    /// (duplicates, Unicode) and <paramref name="member"/> reads each value (with <see cref="Read(ref Utf8JsonReader, string, string, List{Diagnostic}, Func{long, string}?, long)"/>
    /// or on its own). The reader is left on the object's end.
    /// </summary>
    public static void ReadMembers(ref Utf8JsonReader reader, string jsonPath, string file, List<Diagnostic> errors, Func<long, string>? locate,
        MemberReader member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var path = new JsonPath(null, jsonPath, -1);
        var sink = new Sink(file, errors, locate, 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Text(ref reader, path, sink) ?? "\uFFFD";
            var offset = reader.TokenStartIndex;
            if (!seen.Add(name)) sink.Add(ref reader, new JsonPath(path, name, -1), $"duplicate key \"{name}\" in one object");
            reader.Read();
            member(ref reader, name, offset);
        }
    }

    sealed record Sink(string File, List<Diagnostic> Errors, Func<long, string>? Locate, long BufferOffset)
    {
        public void Add(ref Utf8JsonReader reader, object path, string message)
        {
            var at = Locate?.Invoke(BufferOffset + reader.TokenStartIndex);
            Errors.Add(new Diagnostic(File, at == null ? $"{path}" : $"{at}, {path}", message));
        }
    }

    static object? Read(ref Utf8JsonReader reader, JsonPath path, Sink sink)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader, path, sink) ?? "\uFFFD";
                    var at = new JsonPath(path, name, -1);
                    if (dict.ContainsKey(name)) sink.Add(ref reader, at, $"duplicate key \"{name}\" in one object");
                    reader.Read();
                    dict[name] = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                        ? Read(ref reader, at, sink)
                        : Scalar(ref reader, at, sink);
                }
                return dict;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var at = new JsonPath(path, null, list.Count);
                    list.Add(reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                        ? Read(ref reader, at, sink)
                        : Scalar(ref reader, at, sink));
                }
                return list;
            default:
                return Scalar(ref reader, path, sink);
        }
    }

    static object? Scalar(ref Utf8JsonReader reader, JsonPath path, Sink sink) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader, path, sink),
        JsonTokenType.Number => Number(ref reader, path, sink),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    // System.Text.Json refuses to turn an unpaired surrogate escape or invalid UTF-8 into a string (it throws).
    static string? Text(ref Utf8JsonReader reader, JsonPath path, Sink sink)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            sink.Add(ref reader, path, "the text is not valid Unicode: an unpaired surrogate escape (\\uD800–\\uDFFF without its pair) or bytes that are not UTF-8");
            return null;
        }
    }

    static object? Number(ref Utf8JsonReader reader, JsonPath path, Sink sink)
    {
        if (reader.TryGetInt64(out var l)) return l;
        // Exponent forms and huge values are doubles; plain decimals keep their exact digits.
        var raw = reader.ValueSpan; // readers here always hold one buffer
        if (raw.IndexOfAny((byte)'e', (byte)'E') < 0 && reader.TryGetDecimal(out var d)) return d;
        if (reader.TryGetDouble(out var v) && double.IsFinite(v)) return v;
        var text = System.Text.Encoding.UTF8.GetString(raw.Length > 40 ? raw[..40] : raw) + (raw.Length > 40 ? "…" : "");
        sink.Add(ref reader, path, $"the number {text} is outside the range of numbers that can be used (about ±1.7e308)");
        return null;
    }

    /// <summary>Where a container sits ($.a.b[2]); the text is built only when an error needs it.</summary>
    sealed class JsonPath(JsonPath? parent, string? name, int index)
    {
        public override string ToString() => parent == null ? name!
            : name != null ? $"{parent}.{name}" : $"{parent}[{index}]";
    }
}
