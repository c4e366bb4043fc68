using OfficeTools.Documents.Reminders;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>The step of 催办: the units chased on a day, one trail entry each.</summary>
public static class RemindSteps
{
    /// <summary>
    /// What issuing the 催办通知 of <paramref name="rows"/> on <paramref name="date"/> records: one <see cref="TrailAction.Reminded"/>
    /// per chased unit (Reference: the 催办通知's number; Value: the day; Detail: its colour and the level it went to). Keyed by
    /// campaign, unit and day, so a second 催办 on the same day records nothing new, and its number stays the one issued.
    /// </summary>
    public static IReadOnlyList<TrailEvent> Reminded(Campaign campaign, IEnumerable<ReminderRow> rows, DateOnly date, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rows);
        var id = campaign.Ledger.Campaign.CampaignId;
        var day = Models.Gw.Iso(date);
        var round = Math.Max(1, campaign.History.Round);
        return [.. rows.Where(r => r.Chased).Select(r => new TrailEvent($"remind:{id}:{r.Unit.Id}:{day}", at, actor, TrailAction.Reminded, round)
        {
            Unit = r.Unit.Id, Reference = r.Number, Value = day, Detail = $"{r.Colour.Text()}，{r.Level.Text()}",
        })];
    }
}
