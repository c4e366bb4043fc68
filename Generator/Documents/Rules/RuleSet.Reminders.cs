using System.Text.Json;
using OfficeTools.Data;
using OfficeTools.Documents.Reminders;

namespace OfficeTools.Documents.Rules;

public sealed partial class RuleSet
{
    /// <summary>The 催办 thresholds (<c>reminders</c> of the rules file: within, deputy_after, head_after), or the shipped ones.</summary>
    public ReminderSettings Reminders { get; private init; } = ReminderSettings.Default;

    // "reminders": { "within": 3, "deputy_after": 3, "head_after": 10 }; each optional, whole days 0–365, head_after ≥ deputy_after
    static ReminderSettings? ReadReminders(JsonElement root, string file, List<Diagnostic> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("reminders", out var r) || r.ValueKind == JsonValueKind.Null)
            return ReminderSettings.Default;
        if (r.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new Diagnostic(file, "reminders", "expected an object with \"within\", \"deputy_after\" and \"head_after\" (days)"));
            return null;
        }
        var before = errors.Count;
        int Days(string name, int fallback)
        {
            if (!r.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return fallback;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n is >= 0 and <= ReminderSettings.MaxDays) return n;
            errors.Add(new Diagnostic(file, $"reminders, {name}", $"expected a whole number of days from 0 to {ReminderSettings.MaxDays}, not {(v.ValueKind == JsonValueKind.String ? $"«{v.GetString()}»" : v.GetRawText())}"));
            return fallback;
        }
        var d = ReminderSettings.Default;
        var settings = new ReminderSettings
        {
            Within = Days("within", d.Within), DeputyAfter = Days("deputy_after", d.DeputyAfter), HeadAfter = Days("head_after", d.HeadAfter),
        };
        foreach (var p in r.EnumerateObject())
            if (p.Name is not ("within" or "deputy_after" or "head_after" or "description"))
                errors.Add(new Diagnostic(file, $"reminders, {p.Name}", "unknown setting: use within, deputy_after or head_after"));
        if (errors.Count == before && settings.HeadAfter < settings.DeputyAfter)
            errors.Add(new Diagnostic(file, "reminders, head_after", $"{settings.HeadAfter} is less than deputy_after {settings.DeputyAfter}: the 主要负责人 is reached after the 分管领导"));
        return errors.Count > before ? null : settings;
    }
}
