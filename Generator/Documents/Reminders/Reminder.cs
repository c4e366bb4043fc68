using OfficeTools.Documents.Campaigns;
using LedgerItem = OfficeTools.Documents.Ledger.LedgerItem;
using Reporting = OfficeTools.Documents.Ledger.Reporting;
using Unit = OfficeTools.Documents.Ledger.Unit;

namespace OfficeTools.Documents.Reminders;

/// <summary>One deadline a unit has outstanding: what it is for, its date, the notice (if any) and the item (if any).</summary>
public sealed record DueItem(DeadlineKind Kind, DateOnly Deadline, int DaysLeft, ReminderColour Colour)
{
    /// <summary>The item a notice supervises, or null for the form's 报送.</summary>
    public LedgerItem? Item { get; init; }
    /// <summary>The notice's number (督办〔2015〕3号), or empty for the form's 报送.</summary>
    public string Notice { get; init; } = "";
    /// <summary>The item's stage (未启动 / 整改中 / 退回重办), or null for the form's 报送.</summary>
    public ItemStage? Stage { get; init; }
    /// <summary>Days past the deadline (0 when not late).</summary>
    public int DaysLate => Math.Max(0, -DaysLeft);
}

/// <summary>
/// One unit as 催办 sees it: its colour (the worst of its deadlines), the level the 催办 goes to, its outstanding deadlines
/// (soonest first: for a unit chased, only those due soon or passed; for one on track, all) and how many times it was reminded before.
/// </summary>
public sealed record ReminderRow(Unit Unit, ReminderColour Colour, ReminderLevel Level, IReadOnlyList<DueItem> Due)
{
    /// <summary>The most days any deadline is past (0: none late).</summary>
    public int DaysLate => Due.Count == 0 ? 0 : Due.Max(d => d.DaysLate);
    /// <summary>How many 催办 the trail holds for the unit on earlier days.</summary>
    public int Before { get; init; }
    /// <summary>
    /// The 发文字号 of the unit's 催办通知 (the notices' 机关代字 with 催, e.g. 青教督催〔2014〕5号): the one the trail recorded
    /// for the unit on that day when it was issued already, else the next free one; empty for a unit not chased.
    /// </summary>
    public string Number { get; init; } = "";
    /// <summary>True when the unit gets a 催办通知 (红 or 黄).</summary>
    public bool Chased => Colour != ReminderColour.Green;
}

/// <summary>
/// 催办: which units have a deadline due soon or passed, for the forms' 报送 and the notices' 限期 alike. Pure: the campaign,
/// the day and the settings give the rows.
/// </summary>
public static class Reminder
{
    /// <summary>
    /// Every unit of the campaign (or only <paramref name="unitId"/>'s), worst first (红, 黄, 绿; then most days late, then
    /// ledger order). A form counts as outstanding until the unit's form came back (the trail's 收到自查报告表, or 已报送 in
    /// the ledger); a notice's item until it is reported done (未启动 / 整改中 / 退回重办 are outstanding; 已整改, 复核通过 and
    /// 已销号 are not). An item named by several notices is judged by the latest one.
    /// </summary>
    public static IReadOnlyList<ReminderRow> Compute(Campaigns.Campaign campaign, DateOnly date, ReminderSettings settings, string? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(settings);
        var ledger = campaign.Ledger;
        var history = campaign.History;
        var items = ledger.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // the latest notice naming each item sets its 限期
        var latest = new Dictionary<string, NoticeRecord>(StringComparer.Ordinal);
        foreach (var n in history.Notices)
            foreach (var id in n.Items)
                latest[id] = n;
        var noticed = latest.ToLookup(p => p.Value.Unit, StringComparer.Ordinal);
        var rows = new List<(ReminderRow Row, int Order)>();
        // 催办通知 are numbered on from those of earlier days, in ledger order (whether or not one unit was asked for); a unit
        // already chased that day keeps the number the trail recorded, and no number is given twice
        var reminded = history.Events.Where(e => e.Action == TrailAction.Reminded).ToList();
        var serial = reminded.Count(e => Earlier(e, date));
        var issued = reminded.Where(e => DayOf(e) == Models.Gw.Iso(date) && e.Unit is not null && NumberOf(e) is not null)
            .GroupBy(e => e.Unit!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => NumberOf(g.First())!, StringComparer.Ordinal);
        var taken = reminded.Select(NumberOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string Next()
        {
            string number;
            do number = Models.Gw.DocNo(ledger.Campaign.Code + "催", ledger.Campaign.Year, ++serial); while (taken.Contains(number));
            return number;
        }
        foreach (var (unit, order) in ledger.Units.Select((u, i) => (u, i)))
        {
            var due = new List<DueItem>();
            if (!FormReceived(unit, history)) due.Add(Judge(DeadlineKind.Report, ledger.Campaign.ReportDeadline, date, settings));
            foreach (var (id, n) in noticed[unit.Id])
            {
                if (!items.TryGetValue(id, out var item) || item.Unit != unit.Id) continue;
                // the stage the trail left in the campaign's ledger, else what the ledger's own columns say
                var stage = item.Stage ?? history.StageOf(item);
                if (!Outstanding(stage)) continue;
                due.Add(Judge(DeadlineKind.Notice, n.Deadline, date, settings) with { Item = item, Notice = n.Number, Stage = stage });
            }
            due.Sort((a, b) => a.Deadline != b.Deadline ? a.Deadline.CompareTo(b.Deadline) : string.CompareOrdinal(a.Item?.Id, b.Item?.Id));
            var colour = due.Count == 0 ? ReminderColour.Green : due.Min(d => d.Colour);
            var row = new ReminderRow(unit, colour, LevelOf(colour, due.Count == 0 ? 0 : due.Max(d => d.DaysLate), settings),
                colour == ReminderColour.Green ? due : [.. due.Where(d => d.Colour != ReminderColour.Green)])
            {
                Before = history.StepsOf(unit.Id).Count(e => e.Action == TrailAction.Reminded && Earlier(e, date)),
            };
            if (row.Chased) row = row with { Number = issued.TryGetValue(unit.Id, out var number) ? number : Next() };
            if (unitId is null || unit.Id == unitId) rows.Add((row, order));
        }
        return [.. rows.OrderBy(r => r.Row.Colour).ThenByDescending(r => r.Row.DaysLate).ThenBy(r => r.Order).Select(r => r.Row)];
    }

    /// <summary>True for the stages 催办 chases: not started, in progress, sent back (退回重办).</summary>
    public static bool Outstanding(ItemStage stage) => stage is ItemStage.NotStarted or ItemStage.InProgress or ItemStage.Returned;

    /// <summary>The level a 催办 goes to: the 联系人 until <see cref="ReminderSettings.DeputyAfter"/> days late, then the 分管领导, then the 主要负责人.</summary>
    public static ReminderLevel LevelOf(ReminderColour colour, int daysLate, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (colour != ReminderColour.Red) return ReminderLevel.Contact;
        if (daysLate >= settings.HeadAfter) return ReminderLevel.Head;
        return daysLate >= settings.DeputyAfter ? ReminderLevel.Deputy : ReminderLevel.Contact;
    }

    /// <summary>The colour of a deadline seen on <paramref name="date"/>: 红 due today or passed, 黄 within the settings' days, else 绿.</summary>
    public static ReminderColour ColourOf(DateOnly deadline, DateOnly date, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var left = deadline.DayNumber - date.DayNumber;
        return left <= 0 ? ReminderColour.Red : left <= settings.Within ? ReminderColour.Yellow : ReminderColour.Green;
    }

    static DueItem Judge(DeadlineKind kind, DateOnly deadline, DateOnly date, ReminderSettings settings) =>
        new(kind, deadline, deadline.DayNumber - date.DayNumber, ColourOf(deadline, date, settings));

    // the form came back: the trail received one, or the ledger (written by collect) says 已报送
    static bool FormReceived(Unit unit, CampaignHistory history) =>
        unit.Reported == Reporting.Reported || history.StepsOf(unit.Id).Any(e => e.Action == TrailAction.FormReceived);

    // a 催办 of an earlier day (its Reference is the day, yyyy-MM-dd, which sorts as text)
    static bool Earlier(TrailEvent e, DateOnly date) => string.CompareOrdinal(DayOf(e), Models.Gw.Iso(date)) < 0;

    // A 催办 entry keeps its day (yyyy-MM-dd) in Value and the 催办通知's number in Reference (RemindSteps); entries of
    // earlier versions kept the day in Reference and no number.
    static string? DayOf(TrailEvent e) => IsDay(e.Value) ? e.Value : e.Reference;
    static string? NumberOf(TrailEvent e) => IsDay(e.Value) ? e.Reference : null;
    static bool IsDay(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.None, out _);
}
