namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// The values the task pane writes into a form's content controls, by tag (Templates/README.md): the unit's
/// identity and contact, and each ledger item's status, satisfaction and evidence as the ledger has them.
/// </summary>
public static class ControlValues
{
    /// <summary>Tag → text for a form or notice model.</summary>
    public static IReadOnlyDictionary<string, string> For(IDictionary<string, object?> model)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (model.TryGetValue("unit", out var u) && u is IDictionary<string, object?> unit)
        {
            values["unit.id"] = Text(unit, "id");
            if (Text(unit, "contact") is { Length: > 0 } contact) values["filler"] = contact;
            if (Text(unit, "phone") is { Length: > 0 } phone) values["filler_phone"] = phone;
        }
        if (model.TryGetValue("form", out var f) && f is IDictionary<string, object?> form) values["form.kind"] = Text(form, "kind");
        if (model.TryGetValue("items", out var i) && i is IEnumerable<object?> items)
        {
            foreach (var item in items.OfType<IDictionary<string, object?>>())
            {
                var id = Text(item, "id");
                if (id.Length == 0) continue;
                if (OfficeTools.Documents.Ledger.Statuses.Progress.Contains(Text(item, "status"))) values[$"item.{id}.status"] = Text(item, "status");
                if (Text(item, "satisfaction") is { Length: > 0 } s) values[$"item.{id}.satisfaction"] = s;
                if (Text(item, "evidence") is { Length: > 0 } e) values[$"item.{id}.note"] = e;
            }
        }
        return values;
    }

    static string Text(IDictionary<string, object?> o, string key) => o.TryGetValue(key, out var v) ? v?.ToString() ?? "" : "";
}
