using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools export forward` was asked: the ledger, the subtree (--under, required), the store whose trail is forwarded, the file.</summary>
public sealed record ForwardExportRequest(string Ledger, string Output)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file overriding the shipped rules.</summary>
    public string? Rules { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree is forwarded (--under).</summary>
    public string? Under { get; init; }
    /// <summary>The forward's time (null: now).</summary>
    public DateTimeOffset? Now { get; init; }
}

/// <summary>逐级上报: writes a subtree's merged result, sealed under the campaign's key, for the level above to import.</summary>
public static class ForwardExportRun
{
    /// <summary>Exit codes: 0 written, 1 bad input (no --under, an unknown unit, the ledger, the store, no key, the output) with nothing written.</summary>
    public static async Task<int> RunAsync(ForwardExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        if (request.Under is null) problems.Add($"{Documents.Ledger.UnitTree.UnderOption}: a forward is of one unit's subtree; give that unit (e.g. {Documents.Ledger.UnitTree.UnderOption} U013)");
        if (Path.GetFullPath(request.Output) == Path.GetFullPath(request.Ledger)) problems.Add($"-o {request.Output}: that is the ledger itself; choose another file");
        var (history, problem) = await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(d => d.ToString()));
        byte[]? key = null;
        if (opened.Campaign is { } c)
        {
            try { key = Documents.Identity.CampaignKeys.Find(c.Ledger.Campaign.CampaignId); }
            catch (Documents.Identity.CampaignKeyException e) { problems.Add($"{request.Ledger}: {e.Message}"); }
            if (key is null && problems.Count == 0)
                problems.Add($"{request.Ledger}: this machine has no key of campaign '{c.Ledger.Campaign.CampaignId}' ({Documents.Identity.CampaignKeys.PathOf(c.Ledger.Campaign.CampaignId)}); the forward is sealed with the key the forms were made with");
        }
        if (problems.Count > 0 || opened.Campaign is not { Root: not null } campaign || key is null)
        {
            foreach (var p in problems) error.WriteLine(p);
            error.WriteLine($"export forward failed: {problems.Count} problem(s); nothing was written");
            return 1;
        }
        var forward = ForwardSteps.Forward(campaign, request.Now ?? DateTimeOffset.UtcNow);
        var temp = request.Output + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, forward.Write(key), cancellationToken).ConfigureAwait(false);
            File.Move(temp, request.Output, overwrite: true);
        }
        catch (Exception e) when (OfficeTools.Data.IoFailure.Is(e))
        {
            error.WriteLine($"{request.Output}: cannot write: {OfficeTools.Data.IoFailure.Reason(e)}; nothing written");
            return 1;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        output.WriteLine($"wrote {request.Output}: the result of {campaign.Root.Name} and the {campaign.Ledger.Units.Count - 1} unit(s) under it, " +
            $"{forward.Events.Count} entr{(forward.Events.Count == 1 ? "y" : "ies")} of the trail, sealed; the level above records it with officetools import");
        return 0;
    }
}
