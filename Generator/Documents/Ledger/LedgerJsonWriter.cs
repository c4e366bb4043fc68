using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OfficeTools.Documents.Ledger;

/// <summary>Writes a <see cref="Ledger"/> in the ledger JSON format that <see cref="LedgerLoader"/> reads back.</summary>
public static class LedgerJsonWriter
{
    // Chinese stays readable in the file; source-generated, so trimmed builds work.
    static readonly LedgerJsonContext Context = new(new JsonSerializerOptions(LedgerJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>The ledger as indented UTF-8 JSON (campaign, units, items, rules_made), ending with a newline.</summary>
    public static byte[] ToUtf8(Ledger ledger)
    {
        var file = new LedgerJsonFile(Campaign(ledger.Campaign),
            [.. ledger.Units.Select(u => new LedgerJsonFile.UnitJson(u.Id, u.Name, u.Kind, u.Parent, u.Head, Optional(u.Deputy), u.Contact, u.Phone,
                Optional(u.Title), Optional(u.Org), Optional(u.Reported)))],
            [.. ledger.Items.Select(Item)],
            [.. ledger.RulesMade.Select(r => new LedgerJsonFile.RuleJson(r.Unit, r.Title, r.Date is { } d ? Iso(d) : null))]);
        return [.. JsonSerializer.SerializeToUtf8Bytes(file, Context.LedgerJsonFile), (byte)'\n'];
    }

    /// <summary>The ledger as a JSON string (see <see cref="ToUtf8"/>).</summary>
    public static string ToJson(Ledger ledger) => System.Text.Encoding.UTF8.GetString(ToUtf8(ledger));

    static LedgerJsonFile.CampaignJson Campaign(Campaign c) => new(c.Id, c.Office, c.OfficeShort, c.Code, c.BriefingCode, c.Year,
        c.NoticeSerial, c.BriefingSerial, Iso(c.StartDate), Iso(c.ReportDeadline), Iso(c.AsOf), Iso(c.BriefingDate), Iso(c.NoticeDate),
        c.NoticeDays, c.Meeting, c.Recipients, c.Contact, c.Phone, c.Signer, c.CopyTo, c.PrintedBy, Iso(c.PrintDate), c.Feedback,
        c.Sealed ? null : false, Optional(c.Committee));

    /// <summary>One item as the ledger JSON writes it (a JSON object), for appending to a ledger written back.</summary>
    internal static byte[] ItemUtf8(LedgerItem item) => JsonSerializer.SerializeToUtf8Bytes(Item(item), Context.ItemJson);

    static LedgerJsonFile.ItemJson Item(LedgerItem i)
    {
        var loop = LoopValues(i).ToList();
        return new()
        {
            Id = i.Id,
            Unit = i.Unit,
            Focus = i.Focus,
            Task = i.Task,
            Problem = i.Problem,
            Measure = i.Measure,
            Owner = i.Owner,
            Due = Iso(i.Due),
            Status = i.Status,
            Satisfaction = i.Satisfaction,
            NewlyFound = i.NewlyFound,
            Evidence = i.Evidence,
            Formalism = i.Formalism,
            Relapse = i.Relapse,
            Offender = i.Offender,
            Loop = loop.Count == 0 ? null : loop.ToDictionary(l => l.Key, l => JsonSerializer.SerializeToElement(l.Value, Context.String)),
        };
    }

    static string? Optional(string s) => s.Length > 0 ? s : null;

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
