using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Verification;

/// <summary>
/// One item awaiting a 复核 verdict, as the sheet shows it: the unit, the problem and measure of the ledger, and what the
/// unit reported (its progress word, done date, evidence, 群众评价). <see cref="Stage"/> is kept in the sheet's signature.
/// </summary>
public sealed record VerificationRow(string ItemId, string UnitId, string UnitName, string Problem, string Measure,
    string Reported, DateOnly? DoneDate, string Evidence, string Satisfaction, ItemStage Stage);

/// <summary>A new problem a unit reported on its form (new_problems), proposed as a ledger item for the clerk to confirm.</summary>
public sealed record ProposedItem(string ProposedId, string UnitId, string UnitName, string Problem, string Measure,
    string Owner, DateOnly? Due);

/// <summary>The campaign a verification sheet belongs to: the office shown in its title and the round.</summary>
public sealed record VerificationCampaign(string Office, int Round)
{
    /// <summary>The campaign's id (Campaign.CampaignId), kept in the signature so a sheet of another campaign can be told apart.</summary>
    public string? CampaignId { get; init; }
    /// <summary>The date the sheet was made (制表日期 under the title), or null for none.</summary>
    public DateOnly? Date { get; init; }
}
