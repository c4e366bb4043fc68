using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeTools.Collect.Ledger;

/// <summary>
/// The ledger (整改台账) JSON read for collecting: units, their items, the reporting deadline; and the same
/// document with collected answers merged in, written back so <c>officetools batch</c> works from it.
/// Items are found either in a top-level <c>items</c> array (each naming its <c>unit</c>) or nested under a unit.
/// </summary>
public sealed partial class LedgerView
{
    static readonly string[] UnitKeys = ["unit", "unit_id", "unitId"];
    static readonly string[] DeadlineKeys = ["report_deadline", "reporting_deadline", "reportDeadline"];
    readonly JsonObject root;
    readonly Dictionary<string, JsonObject> items = new(StringComparer.Ordinal);

    LedgerView(JsonObject root, string file)
    {
        this.root = root;
        File = file;
        var units = new List<LedgerUnit>();
        var byUnit = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (root["items"] is JsonArray flat)
        {
            foreach (var item in flat.OfType<JsonObject>())
            {
                var id = Str(item, "id");
                var unit = UnitKeys.Select(k => Str(item, k)).FirstOrDefault(v => v.Length > 0) ?? "";
                if (id.Length == 0) continue;
                items[id] = item;
                if (!byUnit.TryGetValue(unit, out var list)) byUnit[unit] = list = [];
                list.Add(id);
            }
        }
        foreach (var unit in (root["units"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = Str(unit, "id");
            if (id.Length == 0) continue;
            var ids = byUnit.TryGetValue(id, out var l) ? l : [];
            foreach (var nested in (unit["items"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var itemId = Str(nested, "id");
                if (itemId.Length == 0) continue;
                items[itemId] = nested;
                ids.Add(itemId);
            }
            units.Add(new LedgerUnit(id, Str(unit, "name"), Str(unit, "kind"), ids));
        }
        Units = units;
        var campaign = root["campaign"] as JsonObject;
        var deadline = campaign is null ? "" : DeadlineKeys.Select(k => Str(campaign, k)).FirstOrDefault(v => v.Length > 0) ?? "";
        if (DateTime.TryParse(deadline, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) ReportDeadline = d.Date;
    }

    /// <summary>The file the ledger came from.</summary>
    public string File { get; }

    /// <summary>The units in ledger order.</summary>
    public IReadOnlyList<LedgerUnit> Units { get; }

    /// <summary>The campaign's reporting deadline (date), when the ledger gives one.</summary>
    public DateTime? ReportDeadline { get; }

    /// <summary>Loads a ledger JSON file; errors are returned as located messages, never thrown.</summary>
    public static (LedgerView? Ledger, IReadOnlyList<string> Errors) Load(string path)
    {
        if (!System.IO.File.Exists(path)) return (null, [$"{path}: the ledger file does not exist"]);
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return (null, [$"{path}: collecting reads the ledger as JSON (.json); convert the workbook with the ledger's JSON export"]);
        try
        {
            var node = JsonNode.Parse(System.IO.File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (node is not JsonObject obj || obj["units"] is not JsonArray)
                return (null, [$"{path}: 1:1: a ledger is a JSON object with a \"units\" array"]);
            var view = new LedgerView(obj, path);
            var dup = view.Units.GroupBy(u => u.Id).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null) return (null, [$"{path}: units: the unit id «{dup.Key}» occurs {dup.Count()} times"]);
            return (view, []);
        }
        catch (JsonException e)
        {
            return (null, [$"{path}: {(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: {e.Message}"]);
        }
    }

    static string Str(JsonObject o, string key) => o[key] is JsonValue v ? v.ToString().Trim() : "";
}
