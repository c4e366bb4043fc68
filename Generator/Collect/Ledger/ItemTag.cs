namespace OfficeTools.Collect.Ledger;

/// <summary>Splits the per-item tags of a form (<c>item.ID.field</c>) into the item id and field.</summary>
public static class ItemTag
{
    /// <summary>The fields a form carries per ledger item.</summary>
    public static readonly string[] Fields = ["status", "satisfaction", "note"];

    /// <summary>True for <c>item.ID.field</c>; the id may itself contain dots.</summary>
    public static bool TryParse(string tag, out string itemId, out string field)
    {
        itemId = field = "";
        if (!tag.StartsWith("item.", StringComparison.Ordinal)) return false;
        var last = tag.LastIndexOf('.');
        if (last <= 5) return false;
        itemId = tag[5..last];
        field = tag[(last + 1)..];
        return true;
    }

    /// <summary>The tag of one item field.</summary>
    public static string Of(string itemId, string field) => $"item.{itemId}.{field}";
}
