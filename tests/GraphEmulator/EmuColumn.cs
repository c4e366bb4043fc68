using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>
/// A list column as Graph's columnDefinition describes it
/// (https://learn.microsoft.com/graph/api/resources/columndefinition): a name, one type facet, indexed or not.
/// Writing a value checks it against the column, as SharePoint does.
/// </summary>
public sealed class EmuColumn
{
    /// <summary>The writable columns every list has (Title), and every library has (FileLeafRef, the file name).</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal) { "Title", "FileLeafRef" };

    /// <summary>Column id.</summary>
    public string Id { get; } = Guid.NewGuid().ToString();
    /// <summary>The API name (internal name).</summary>
    public required string Name { get; init; }
    /// <summary>text, note, number, dateTime, boolean or choice.</summary>
    public required string Type { get; init; }
    /// <summary>Indexed columns can be filtered on in lists past the view threshold.</summary>
    public bool Indexed { get; set; }
    /// <summary>The allowed values of a choice column.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A column from a columnDefinition body, or an error text when its type facet is missing or unknown.</summary>
    public static (EmuColumn? Column, string? Error) From(JsonObject body)
    {
        var name = body["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name)) return (null, "A column needs a name");
        string[] facets = ["text", "number", "dateTime", "boolean", "choice"];
        var type = facets.FirstOrDefault(f => body[f] is JsonObject);
        if (type is null) return (null, $"The column «{name}» has no type facet (text, number, dateTime, boolean, choice)");
        if (type == "text" && body["text"]?["allowMultipleLines"]?.GetValue<bool>() == true) type = "note";
        var choices = (body["choice"]?["choices"] as JsonArray)?.Select(c => c?.GetValue<string>() ?? "").ToList() ?? [];
        return (new EmuColumn { Name = name, Type = type, Indexed = body["indexed"]?.GetValue<bool>() == true, Choices = choices }, null);
    }

    /// <summary>The columnDefinition JSON.</summary>
    public JsonObject Json()
    {
        var o = new JsonObject
        {
            ["id"] = Id, ["name"] = Name, ["displayName"] = Name, ["indexed"] = Indexed, ["hidden"] = false, ["readOnly"] = false,
        };
        o[Type == "note" ? "text" : Type] = Type switch
        {
            "text" => new JsonObject { ["allowMultipleLines"] = false, ["maxLength"] = 255 },
            "note" => new JsonObject { ["allowMultipleLines"] = true },
            "dateTime" => new JsonObject { ["format"] = "dateTime" },
            "choice" => new JsonObject { ["choices"] = new JsonArray(Choices.Select(c => (JsonNode)c).ToArray()) },
            _ => new JsonObject(),
        };
        return o;
    }

    /// <summary>Why <paramref name="value"/> cannot be stored in this column, or null when it can.</summary>
    public string? Refuses(JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonValue v) return $"The value of field '{Name}' must be a single value";
        var kind = v.GetValueKind();
        return Type switch
        {
            "text" when kind != JsonValueKind.String => Literal(v, "Edm.String"),
            "text" when v.GetValue<string>().Length > 255 => $"The value of field '{Name}' is longer than 255 characters",
            "note" when kind != JsonValueKind.String => Literal(v, "Edm.String"),
            "number" when kind != JsonValueKind.Number => Literal(v, "Edm.Double"),
            "boolean" when kind is not (JsonValueKind.True or JsonValueKind.False) => Literal(v, "Edm.Boolean"),
            "dateTime" when kind != JsonValueKind.String || !DateTimeOffset.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                Literal(v, "Edm.DateTimeOffset"),
            "choice" when kind != JsonValueKind.String || !Choices.Contains(v.GetValue<string>()) =>
                $"The value '{v}' of field '{Name}' is not one of its choices",
            _ => null,
        };
    }

    static string Literal(JsonValue v, string type) => $"Cannot convert the literal '{v.ToJsonString()}' to the expected type '{type}'.";
}
