using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools export ledger` was asked: the clerk's ledger, the store whose trail to merge in, where to write.</summary>
public sealed record LedgerExportRequest(string Ledger, string Output)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file (as batch and verify take it).</summary>
    public string? Rules { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>
/// Writes the ledger as the trail leaves it back in the clerk's own format (.xlsx in, .xlsx out; JSON; a CSV folder): each
/// item's 整改状态, 阶段, 复核结论, 退回原因, 销号时间 and 销号人, and the confirmed new problems as new rows, with every other
/// sheet, column and value of the clerk's file kept. The copy loads again, so a later round can start from it.
/// </summary>
public static class LedgerExportRun
{
    /// <summary>Exit codes: 0 written, 1 bad input or a file that cannot be written (nothing written).</summary>
    public static async Task<int> RunAsync(LedgerExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (LedgerFormats.TargetProblem(request.Ledger, request.Output) is { } wrong)
        {
            error.WriteLine($"-o {request.Output}: {wrong}");
            return 1;
        }
        var (history, problem) = await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null || history is null)
        {
            error.WriteLine(problem);
            return 1;
        }
        var source = Documents.Ledger.LedgerLoader.Load(request.Ledger, request.Limits);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
        if (source.Ledger is null || opened.Campaign is not { } campaign)
        {
            foreach (var d in opened.Diagnostics) error.WriteLine(d);
            return 1;
        }
        var updates = LedgerUpdates.Between(source.Ledger, campaign.Ledger);
        var written = LedgerWriteBack.Render(request.Ledger, updates, request.Limits);
        var problems = written.Success ? written.Copy!.Save(request.Output) : written.Errors;
        if (problems.Count > 0)
        {
            foreach (var p in problems) error.WriteLine(p);
            error.WriteLine("export ledger failed; nothing written");
            return 1;
        }
        output.WriteLine($"wrote {request.Output}: {updates.Items.Count} item(s) updated from the campaign's trail, {updates.NewItems.Count} new item(s) confirmed");
        return 0;
    }
}
