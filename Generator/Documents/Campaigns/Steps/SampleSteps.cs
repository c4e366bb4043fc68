using System.Globalization;
using OfficeTools.Documents.Sampling;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>The step of 抽查: the draw, one trail entry, so the sample can be drawn again from its seed.</summary>
public static class SampleSteps
{
    /// <summary>
    /// What drawing <paramref name="draw"/> records: one <see cref="TrailAction.SampleDrawn"/> (Value: the seed; Reference: the size;
    /// Detail: the unit ids drawn). Keyed by campaign, seed and size, so the same draw again records nothing new.
    /// </summary>
    public static TrailEvent Drawn(Campaign campaign, SampleDraw draw, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(draw);
        var seed = draw.Seed.ToString(CultureInfo.InvariantCulture);
        return new TrailEvent($"sample:{campaign.Ledger.Campaign.CampaignId}:{seed}:{draw.Size.Text}", at, actor, TrailAction.SampleDrawn, Math.Max(1, campaign.History.Round))
        {
            Reference = draw.Size.Text, Value = seed, Detail = string.Join(",", draw.Units.Select(u => u.Unit.Id)),
        };
    }
}
