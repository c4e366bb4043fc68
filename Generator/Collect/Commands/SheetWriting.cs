using OfficeTools.Collect.Verification;
using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Commands;

/// <summary>The verification sheet of a campaign: one row per item the units report done and the office has not verified yet.</summary>
public static class SheetWriting
{
    /// <summary>The items awaiting a verdict (已整改), in ledger order.</summary>
    public static IReadOnlyList<Documents.Ledger.LedgerItem> Awaiting(Campaign campaign) =>
        [.. campaign.Ledger.Items.Where(i => campaign.History.StageOf(i) == ItemStage.Reported)];

    /// <summary>The new problems units reported that the clerk has not confirmed or left out yet, in the order proposed.</summary>
    public static IReadOnlyList<ProposalRecord> Undecided(Campaign campaign) =>
        [.. campaign.History.Proposals.Where(p => p.Included is null && campaign.Ledger.FindUnit(p.Unit) != null)];

    /// <summary>Writes the sheet to <paramref name="path"/> through a temporary file; the located failure, or null.</summary>
    public static string? Write(Campaign campaign, string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return $"--sheet-out {path}: the verification sheet is an .xlsx workbook";
        var ledger = campaign.Ledger;
        var rows = Awaiting(campaign).Select(i => new VerificationRow(i.Id, i.Unit, ledger.FindUnit(i.Unit)?.DisplayName ?? i.Unit, i.Problem,
            i.Measure, i.Status, null, i.Evidence, i.Satisfaction, ItemStage.Reported)).ToList();
        var proposals = Undecided(campaign).Select(p => new ProposedItem(p.Id, p.Unit, ledger.FindUnit(p.Unit)?.DisplayName ?? p.Unit, p.Problem, "",
            ledger.FindUnit(p.Unit)?.Head ?? "", p.Due)).ToList();
        var info = new VerificationCampaign(ledger.Campaign.Office, Math.Max(1, campaign.History.Round))
        {
            CampaignId = ledger.Campaign.CampaignId, Date = DateOnly.FromDateTime(DateTime.Today),
        };
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = File.Create(temp)) VerificationSheet.Write(stream, rows, proposals, info);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            return $"{path}: cannot write: {IoFailure.Reason(e)}; nothing written";
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
