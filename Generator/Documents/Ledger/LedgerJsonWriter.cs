using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OfficeTools.Documents.Ledger;

/// <summary>Writes a <see cref="Ledger"/> in the ledger JSON format that <see cref="LedgerLoader"/> reads back.</summary>
public static class LedgerJsonWriter
{
    // Chinese stays readable in the file; written by hand rather than with reflection-based serialisation, so trimmed builds work.
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The ledger as indented UTF-8 JSON (campaign, units, items, rules_made), ending with a newline.</summary>
    public static byte[] ToUtf8(Ledger ledger)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            WriteCampaign(w, ledger.Campaign);
            w.WriteStartArray("units");
            foreach (var u in ledger.Units)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("name", u.Name);
                w.WriteString("kind", u.Kind);
                if (u.Parent != null) w.WriteString("parent", u.Parent);
                w.WriteString("head", u.Head);
                if (u.Deputy.Length > 0) w.WriteString("deputy", u.Deputy);
                w.WriteString("contact", u.Contact);
                w.WriteString("phone", u.Phone);
                if (u.Title.Length > 0) w.WriteString("title", u.Title);
                if (u.Org.Length > 0) w.WriteString("org", u.Org);
                if (u.Reported.Length > 0) w.WriteString("reported", u.Reported);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var i in ledger.Items) WriteItem(w, i);
            w.WriteEndArray();
            w.WriteStartArray("rules_made");
            foreach (var r in ledger.RulesMade)
            {
                w.WriteStartObject();
                w.WriteString("unit", r.Unit);
                w.WriteString("title", r.Title);
                if (r.Date is { } d) w.WriteString("date", Iso(d));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The ledger as a JSON string (see <see cref="ToUtf8"/>).</summary>
    public static string ToJson(Ledger ledger) => System.Text.Encoding.UTF8.GetString(ToUtf8(ledger));

    static void WriteCampaign(Utf8JsonWriter w, Campaign c)
    {
        w.WriteStartObject("campaign");
        if (c.Id != null) w.WriteString("id", c.Id);
        w.WriteString("office", c.Office);
        w.WriteString("office_short", c.OfficeShort);
        w.WriteString("code", c.Code);
        w.WriteString("briefing_code", c.BriefingCode);
        w.WriteNumber("year", c.Year);
        w.WriteNumber("notice_serial", c.NoticeSerial);
        w.WriteNumber("briefing_serial", c.BriefingSerial);
        w.WriteString("start_date", Iso(c.StartDate));
        w.WriteString("report_deadline", Iso(c.ReportDeadline));
        w.WriteString("as_of", Iso(c.AsOf));
        w.WriteString("briefing_date", Iso(c.BriefingDate));
        w.WriteString("notice_date", Iso(c.NoticeDate));
        w.WriteNumber("notice_days", c.NoticeDays);
        w.WriteString("meeting", c.Meeting);
        w.WriteString("recipients", c.Recipients);
        w.WriteString("contact", c.Contact);
        w.WriteString("phone", c.Phone);
        w.WriteString("signer", c.Signer);
        w.WriteString("copy_to", c.CopyTo);
        w.WriteString("printed_by", c.PrintedBy);
        w.WriteString("print_date", Iso(c.PrintDate));
        w.WriteString("feedback", c.Feedback);
        if (!c.Sealed) w.WriteBoolean("sealed", false);
        if (c.Committee.Length > 0) w.WriteString("committee", c.Committee);
        w.WriteEndObject();
    }

    /// <summary>One item as the ledger JSON writes it (a JSON object), for appending to a ledger written back.</summary>
    internal static byte[] ItemUtf8(LedgerItem item)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) WriteItem(w, item);
        return stream.ToArray();
    }

    static void WriteItem(Utf8JsonWriter w, LedgerItem i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("unit", i.Unit);
        if (i.Focus is { } focus) w.WriteNumber("focus", focus);
        if (i.Task is { } task) w.WriteNumber("task", task);
        w.WriteString("problem", i.Problem);
        w.WriteString("measure", i.Measure);
        w.WriteString("owner", i.Owner);
        w.WriteString("due", Iso(i.Due));
        w.WriteString("status", i.Status);
        w.WriteString("satisfaction", i.Satisfaction);
        w.WriteBoolean("newly_found", i.NewlyFound);
        w.WriteString("evidence", i.Evidence);
        w.WriteBoolean("formalism", i.Formalism);
        w.WriteBoolean("relapse", i.Relapse);
        w.WriteString("offender", i.Offender);
        foreach (var (key, value) in LoopValues(i)) w.WriteString(key, value);
        w.WriteEndObject();
    }

    /// <summary>The loop fields an item carries (阶段, 复核结论, 退回原因, 销号时间, 销号人) as their ledger text, only those set.</summary>
    public static IEnumerable<(string Key, string Value)> LoopValues(LedgerItem i)
    {
        if (i.Stage is { } stage) yield return ("stage", Campaigns.ItemStages.Text(stage));
        if (i.Verdict is { } verdict) yield return ("verdict", Campaigns.Verdicts.Text(verdict));
        if (i.Reason.Length > 0) yield return ("reason", i.Reason);
        if (i.ClosedAt is { } at) yield return ("closed_at", DateTimeText(at));
        if (i.ClosedBy.Length > 0) yield return ("closed_by", i.ClosedBy);
    }

    /// <summary>A 销号时间 as the ledger writes it: 2014-12-15 14:30 (seconds when there are any), or 2014-12-15 when no time of day is given.</summary>
    public static string DateTimeText(DateTime at) => at.ToString(
        at.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : at.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
