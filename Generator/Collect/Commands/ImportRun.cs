using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Forwarding;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools import` was asked: the ledger, the forwarded file, the store to record it in, the subtree expected.</summary>
public sealed record ImportRequest(string Ledger, string File)
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
    /// <summary>The subtree the forward must be of (--under; null: whichever it names).</summary>
    public string? Under { get; init; }
    /// <summary>Who imports (default: the clerk's account).</summary>
    public string? By { get; init; }
}

/// <summary>Imports a lower level's forwarded result into the campaign's trail: what is new, once; a newer forward replaces the older.</summary>
public static class ImportRun
{
    /// <summary>Exit codes: 0 recorded (or nothing new), 1 every problem (the file, its seal, its campaign or subtree, its age, the store) with nothing recorded.</summary>
    public static async Task<int> RunAsync(ImportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        var (history, problem) = await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history ?? CampaignHistory.Empty, Limits = request.Limits });
        problems.AddRange(opened.Diagnostics.Select(d => d.ToString()));
        byte[]? bytes = null;
        try
        {
            var info = new FileInfo(request.File);
            if (!info.Exists) problems.Add($"{request.File}: no such file (import takes the file export forward wrote)");
            else if (info.Length > ForwardFile.MaxBytes) problems.Add($"{request.File}: larger than {ForwardFile.MaxBytes / 1024 / 1024} MB; not a forwarded result");
            else bytes = await File.ReadAllBytesAsync(request.File, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (OfficeTools.Data.IoFailure.Is(e))
        {
            problems.Add($"{request.File}: cannot read: {OfficeTools.Data.IoFailure.Reason(e)}");
        }
        StepResult? step = null;
        if (opened.Campaign is { } c && bytes is not null && history is not null)
        {
            var cid = c.Ledger.Campaign.CampaignId;
            byte[]? key = null;
            try { key = Documents.Identity.CampaignKeys.Find(cid); }
            catch (Documents.Identity.CampaignKeyException e) { problems.Add($"{request.Ledger}: {e.Message}"); }
            if (key is null) problems.Add($"{request.File}: this machine has no key of campaign '{cid}' to check the forward's seal with");
            else if (ForwardFile.Read(bytes, request.File, cid, key) is var (forward, bad) && bad is not null) problems.Add(bad.ToString());
            else
            {
                var actor = string.IsNullOrWhiteSpace(request.By) ? TrailRecording.Clerk : request.By.Trim();
                step = ForwardSteps.Imported(c, forward!, request.File, request.Under, actor, DateTimeOffset.UtcNow);
                problems.AddRange(step.Problems.Select(p => p.ToString()));
            }
        }
        if (problems.Count > 0 || step is null)
        {
            foreach (var p in problems) error.WriteLine(p);
            error.WriteLine($"import failed: {problems.Count} problem(s); nothing was recorded");
            return 1;
        }
        if (step.Events.Count == 0)
        {
            output.WriteLine($"{request.File}: this forward is in the campaign's trail already; nothing new recorded");
            return 0;
        }
        var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
        await using var store = StoreRun.Open(options);
        try
        {
            var added = await store.AppendAsync(step.Events, cancellationToken).ConfigureAwait(false);
            var root = step.Events[^1].Unit!;
            output.WriteLine($"imported {request.File}: the result of {opened.Campaign!.Ledger.FindUnit(root)?.Name ?? root}, {added - 1} new entr{(added == 2 ? "y" : "ies")} recorded in the campaign's trail " +
                $"(of {step.Events[^1].Value} forwarded; the others were held already)");
            return 0;
        }
        catch (StoreException e)
        {
            error.WriteLine($"{store.Description}: error: {e.Message}");
            return 1;
        }
    }
}
