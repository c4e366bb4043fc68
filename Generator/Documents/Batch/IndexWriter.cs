using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Batch;

/// <summary>Writes index.json: every file with its unit, and every unit's outcomes with their reasons.</summary>
internal static class IndexWriter
{
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(string path, string ledgerPath, BatchPlan plan, ModelBuilder models, bool pdf)
    {
        string? Pdf(string docx) => pdf ? Path.ChangeExtension(docx, ".pdf") : null;
        var forms = plan.Documents.Where(d => d.Kind == DocumentKind.Form).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
        var notices = plan.Documents.Where(d => d.Kind == DocumentKind.Notice).ToDictionary(d => d.Unit!.Id, StringComparer.Ordinal);
        var units = models.Ledger.Units.Select(u => new Dictionary<string, object?>
        {
            ["id"] = u.Id, ["name"] = u.Name, ["kind"] = u.Kind,
            ["form"] = forms[u.Id].Path,
            ["notice"] = notices.TryGetValue(u.Id, out var n)
                ? new Dictionary<string, object?> { ["file"] = n.Path, ["number"] = n.Number } : null,
            ["outcomes"] = models.OutcomesOf(u.Id).Select(o => new Dictionary<string, object?>
            {
                ["rule"] = o.RuleId, ["kind"] = o.Kind, ["category"] = o.Category, ["reason"] = o.ReasonText, ["action"] = o.Action,
                ["items"] = o.Items.Select(i => new Dictionary<string, object?> { ["id"] = i.Id, ["text"] = i.Text }).ToList(),
            }).ToList(),
        }).ToList();
        var files = plan.Documents.Select(d => new Dictionary<string, object?>
        {
            ["path"] = d.Path, ["pdf"] = Pdf(d.Path), ["type"] = d.Kind.ToString().ToLowerInvariant(), ["template"] = d.Template,
            ["unit_id"] = d.Unit?.Id, ["unit_name"] = d.Unit?.Name, ["number"] = d.Number,
        }).ToList();
        var c = models.Ledger.Campaign;
        var index = new Dictionary<string, object?>
        {
            ["ledger"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(ledgerPath)),
            ["campaign"] = new Dictionary<string, object?> { ["office"] = c.Office, ["year"] = c.Year, ["as_of"] = Gw.Iso(c.AsOf) },
            ["summary"] = new Dictionary<string, object?>
            {
                ["units"] = models.Ledger.Units.Count, ["items"] = models.Ledger.Items.Count, ["forms"] = plan.Forms,
                ["notices"] = plan.Notices, ["briefing"] = DocumentCatalogue.Briefing.PathFor(null), ["pdf"] = pdf,
            },
            ["files"] = files,
            ["units"] = units,
        };
        using (var stream = File.Create(path))
        using (var w = new Utf8JsonWriter(stream, Options)) Value(w, index);
        File.AppendAllText(path, "\n");
    }

    // Written by hand rather than with reflection-based serialisation, so trimmed builds work.
    static void Value(Utf8JsonWriter w, object? v)
    {
        switch (v)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case IEnumerable<KeyValuePair<string, object?>> d:
                w.WriteStartObject();
                foreach (var (k, x) in d) { w.WritePropertyName(k); Value(w, x); }
                w.WriteEndObject();
                break;
            case System.Collections.IEnumerable e:
                w.WriteStartArray();
                foreach (var x in e) Value(w, x);
                w.WriteEndArray();
                break;
            default: throw new ArgumentException($"cannot write {v.GetType()} to index.json");
        }
    }
}
