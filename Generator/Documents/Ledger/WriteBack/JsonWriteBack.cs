using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// Writes a JSON ledger again: the document as it came (the clerk's own properties, property order, a leading
/// <c>$schema</c>), with the updated properties changed in place (under the name the file uses, Chinese or key),
/// the loop's properties added and new items appended. Comments, which the reader skips, do not survive.
/// </summary>
internal static class JsonWriteBack
{
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] Write(byte[] source, UpdatePlan plan)
    {
        var bom = source.AsSpan().StartsWith("\uFEFF"u8);
        var root = JsonNode.Parse(bom ? source.AsSpan(3) : source, documentOptions: new JsonDocumentOptions
        {
            AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip,
        })!.AsObject();
        Patch(root[LedgerFields.Items.Key] as JsonArray, LedgerFields.Items, plan.Items);
        Patch(root[LedgerFields.Units.Key] as JsonArray, LedgerFields.Units, plan.Units);
        if (plan.NewLedgerItems.Count > 0)
        {
            var items = root[LedgerFields.Items.Key] as JsonArray ?? (JsonArray)(root[LedgerFields.Items.Key] = new JsonArray());
            foreach (var item in plan.NewLedgerItems) items.Add(JsonNode.Parse(LedgerJsonWriter.ItemUtf8(item)));
        }
        using var stream = new MemoryStream();
        if (bom) stream.Write("\uFEFF"u8);
        using (var w = new Utf8JsonWriter(stream, Options)) root.WriteTo(w);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    static void Patch(JsonArray? records, LedgerTable table, Dictionary<string, Dictionary<string, CellUpdate>> updates)
    {
        if (records == null || updates.Count == 0) return;
        foreach (var record in records.OfType<JsonObject>())
        {
            var names = record.Select(p => p.Key).ToList();
            string? Name(string key) => names.FirstOrDefault(n => table.Find(n)?.Key == key);
            if (Name("id") is not { } idName || record[idName] is not JsonValue idValue) continue;
            var id = idValue.GetValueKind() == JsonValueKind.String ? idValue.GetValue<string>().Trim() : idValue.ToJsonString();
            if (!updates.TryGetValue(id, out var values)) continue;
            foreach (var (key, value) in values) record[Name(key) ?? key] = JsonValue.Create(value.Text);
        }
    }
}
