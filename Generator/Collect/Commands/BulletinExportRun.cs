using OfficeTools.Documents.Bulletin;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools export bulletin` was asked: the ledger, the store whose trail to merge in, the rules, the folder to write.</summary>
public sealed record BulletinExportRequest(string Ledger, string Output)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file (as batch takes it).</summary>
    public string? Rules { get; init; }
    /// <summary>The 公示's date, yyyy-MM-dd as typed (null: today).</summary>
    public string? Date { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Writes the 公示: unit-level progress as the trail leaves it, as 公示.docx and 公示.html.</summary>
public static class BulletinExportRun
{
    /// <summary>Exit codes: 0 written, 1 bad input (ledger, rules, store, output) with nothing written.</summary>
    public static async Task<int> RunAsync(BulletinExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        var date = DateOption.Read(request.Date, problems);
        var (history, problem) = await TrailHistory.ReadOrEmptyAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(d => d.ToString()));
        if (problems.Count > 0 || opened.Campaign is not { } campaign)
        {
            foreach (var p in problems) error.WriteLine(p);
            error.WriteLine("export bulletin failed; nothing written");
            return 1;
        }
        var written = BulletinDocuments.Write(campaign, date, request.Output, null, cancellationToken);
        if (!written.Success)
        {
            foreach (var e in written.Errors) error.WriteLine(e);
            error.WriteLine("export bulletin failed; nothing written");
            return 1;
        }
        foreach (var k in written.Kept) output.WriteLine(k);
        var units = campaign.Ledger.Units.Count(u => !u.IsPerson);
        output.WriteLine($"wrote {Path.Combine(request.Output, BulletinDocuments.DocxName)} and {BulletinDocuments.HtmlName}: the progress of {units} unit(s), no person and no discipline named");
        return 0;
    }
}
