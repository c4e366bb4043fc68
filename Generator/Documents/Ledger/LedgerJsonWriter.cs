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
        w.WriteEndObject();
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
