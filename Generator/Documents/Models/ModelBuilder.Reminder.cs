using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Reminders;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>What a 催办 asks of a unit whose form has not come back.</summary>
    public const string ReportTask = "报送“回头看”自查报告表";

    /// <summary>
    /// The 催办通知 model of one chased unit on <paramref name="date"/>: addressed to the level the row escalated to (联系人,
    /// 分管领导, 主要负责人), the outstanding deadlines with how late each is, the day to answer by.
    /// </summary>
    public Dictionary<string, object?> Reminder(ReminderRow row, DateOnly date, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(settings);
        var unit = row.Unit;
        // a unit late already answers within the settings' days (at least one); one not yet late by its first deadline
        var replyBy = row.Colour == ReminderColour.Red || row.Due.Count == 0 ? date.AddDays(Math.Max(1, settings.Within)) : row.Due.Min(d => d.Deadline);
        var items = row.Due.Select((d, n) => (object?)new Dictionary<string, object?>
        {
            ["no"] = (long)(n + 1),
            ["task"] = d.Item is { } i ? i.Problem : ReportTask,
            ["stage"] = d.Stage is { } s ? s.Text() : OfficeTools.Documents.Ledger.Reporting.NotReported,
            // where the deadline comes from: the notice by its number (青教督〔2015〕3号督办通知单); the form's 报送 says itself
            ["basis"] = d.Kind == DeadlineKind.Notice ? $"{d.Notice}督办通知单" : "",
            ["number"] = d.Notice,
            ["deadline"] = Gw.Date(d.Deadline), ["deadline_iso"] = Gw.Iso(d.Deadline),
            ["days_late"] = (long)d.DaysLate, ["standing"] = ReminderWords.Standing(d.DaysLeft),
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(unit),
            ["reminder"] = new Dictionary<string, object?>
            {
                // 发文字号: the notices' 机关代字 with 催, e.g. 青教督催〔2014〕5号 (Reminder.Compute gives it, the trail keeps it)
                ["number"] = row.Number,
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
                ["colour"] = row.Colour.Text(), ["level"] = row.Level.Text(),
                ["addressee"] = ReminderWording.Addressee(row),
                ["opening"] = ReminderWording.Opening(row),
                ["request"] = ReminderWording.Request(row, Gw.Date(replyBy)),
                ["reply_by"] = Gw.Date(replyBy), ["reply_by_iso"] = Gw.Iso(replyBy),
                ["days_late"] = (long)row.DaysLate, ["times"] = (long)(row.Before + 1),
                ["items"] = items,
            },
        };
    }
}
