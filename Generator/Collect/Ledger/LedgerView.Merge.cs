using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Encodings.Web;

namespace OfficeTools.Collect.Ledger;

public sealed partial class LedgerView
{
    /// <summary>
    /// Writes each returned item answer (<c>item.ID.status</c>, <c>item.ID.satisfaction</c>) into the ledger's
    /// item; returns how many item fields changed. Empty answers leave the ledger's value alone.
    /// </summary>
    public int Merge(IReadOnlyDictionary<string, object?> values)
    {
        var changed = 0;
        foreach (var (tag, value) in values)
        {
            if (value is not string text || text.Length == 0) continue;
            if (!ItemTag.TryParse(tag, out var itemId, out var field)) continue;
            if (field is not ("status" or "satisfaction")) continue;
            if (!items.TryGetValue(itemId, out var item)) continue;
            if (item[field] is JsonValue old && old.ToString() == text) continue;
            item[field] = text;
            changed++;
        }
        return changed;
    }

    /// <summary>The ledger JSON with whatever was merged, indented, Chinese kept readable.</summary>
    public string ToJson() => root.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
