using System.Collections;
using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;

namespace OfficeTools.Engine.Rendering;

/// <summary>
/// Copies the caller's model into Scriban objects (ScriptObject/ScriptArray/scalars), so templates never touch
/// .NET objects, reflection or the caller's own collections.
/// </summary>
internal static class ModelConverter
{
    const int MaxDepth = 64;

    /// <summary>The global object of a render: the model's members, or <c>model</c> when it is not an object.</summary>
    public static ScriptObject Root(object? model)
    {
        var value = Convert(model, 0);
        if (value is ScriptObject so) return so;
        var root = new ScriptObject();
        if (value != null) root["model"] = value;
        return root;
    }

    /// <summary>Converts one value.</summary>
    public static object? Convert(object? value, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (value)
        {
            case null: return null;
            case string or bool or long or int or double or decimal or DateTime: return value;
            case short or byte or sbyte or ushort or uint: return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong u: return u <= long.MaxValue ? (long)u : (decimal)u;
            case float f: return (double)f;
            case DateTimeOffset dto: return dto.DateTime;
            case DateOnly d: return d.ToDateTime(TimeOnly.MinValue);
            case JsonElement je: return Json(je, depth);
            case IDictionary<string, object?> dict:
                var so = new ScriptObject(dict.Count);
                foreach (var (k, v) in dict) so[k] = Convert(v, depth + 1);
                return so;
            case IDictionary d2:
                var so2 = new ScriptObject();
                foreach (DictionaryEntry e in d2) so2[System.Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? ""] = Convert(e.Value, depth + 1);
                return so2;
            case IEnumerable list:
                var arr = new ScriptArray();
                foreach (var item in list) arr.Add(Convert(item, depth + 1));
                return arr;
            case Enum or Guid or char: return value.ToString();
            default: return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    static object? Json(JsonElement e, int depth)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var so = new ScriptObject();
                foreach (var p in e.EnumerateObject()) so[p.Name] = Json(p.Value, depth + 1);
                return so;
            case JsonValueKind.Array:
                var arr = new ScriptArray();
                foreach (var item in e.EnumerateArray()) arr.Add(depth > MaxDepth ? null : Json(item, depth + 1));
                return arr;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number:
                if (e.TryGetInt64(out var l)) return l;
                if (e.TryGetDecimal(out var m)) return m;
                return e.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }
}
