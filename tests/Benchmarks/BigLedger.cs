using System.Text.Json;

namespace OfficeTools.Benchmarks;

/// <summary>
/// A ledger of at least <c>units</c> units (a whole number of copies of the sample's 46): its units, items and rules copied, each copy's
/// ids (and the parents and units they point to) suffixed with the copy's number. Streamed out, as a clerk's big file would be.
/// </summary>
static class BigLedger
{
    public static string Write(string root, string folder, int units)
    {
        var path = Path.Combine(folder, $"ledger-{units}.json");
        if (File.Exists(path)) return path;
        using var sample = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "Templates", "samples", "ledger.json")));
        var s = sample.RootElement;
        var sampleUnits = s.GetProperty("units").GetArrayLength();
        var copies = (units + sampleUnits - 1) / sampleUnits;
        var partial = path + ".part";
        using (var stream = File.Create(partial))
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WritePropertyName("campaign");
            s.GetProperty("campaign").WriteTo(w);
            Table(w, s, "units", copies, ["id", "parent"]);
            Table(w, s, "items", copies, ["id", "unit"]);
            Table(w, s, "rules_made", copies, ["unit"]);
            w.WriteEndObject();
        }
        File.Move(partial, path);
        return path;
    }

    // Copies the table's records `copies` times, suffixing the named fields' non-null values with "-k" (k from 1).
    static void Table(Utf8JsonWriter w, JsonElement sample, string table, int copies, string[] ids)
    {
        w.WriteStartArray(table);
        for (var k = 1; k <= copies; k++)
            foreach (var record in sample.GetProperty(table).EnumerateArray())
            {
                w.WriteStartObject();
                foreach (var p in record.EnumerateObject())
                {
                    if (ids.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String) w.WriteString(p.Name, $"{p.Value.GetString()}-{k}");
                    else p.WriteTo(w);
                }
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }
}
