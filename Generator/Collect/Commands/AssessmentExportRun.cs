using OfficeTools.Data;
using OfficeTools.Documents.Assessment;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools export assessment` was asked: the ledger, the store whose trail to merge in, the rules, where to write.</summary>
public sealed record AssessmentExportRequest(string Ledger, string Output)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file (its <c>assessment</c> section gives the score; as batch and verify take it).</summary>
    public string? Rules { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Writes the 年度考核 workbook: every unit and person judged on the ledger as the trail leaves it, by the rules' assessment rule.</summary>
public static class AssessmentExportRun
{
    /// <summary>Exit codes: 0 written, 1 bad input (ledger, rules, score rule, store, output) with nothing written.</summary>
    public static async Task<int> RunAsync(AssessmentExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (!request.Output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) problems.Add($"-o {request.Output}: the assessment is written as .xlsx");
        else if (Path.GetFullPath(request.Output) == Path.GetFullPath(request.Ledger)) problems.Add($"-o {request.Output}: that is the ledger itself; choose another file");
        var (history, problem) = await TrailHistory.ReadOrEmptyAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(d => d.ToString()));
        var judged = opened.Campaign is { } c ? Assessments.Of(c) : null;
        if (judged is not null) problems.AddRange(judged.Problems.Select(p => p.ToString()));
        if (problems.Count > 0 || opened.Campaign is not { } campaign || judged is null)
        {
            foreach (var p in problems) error.WriteLine(p);
            error.WriteLine("export assessment failed; nothing written");
            return 1;
        }
        try
        {
            XlsxWriter.Write(request.Output, AssessmentWorkbook.Sheets(campaign.Ledger.Campaign, campaign.Rules.Assessment, judged.Rows));
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            error.WriteLine($"{request.Output}: cannot write: {IoFailure.Reason(e)}; nothing written");
            return 1;
        }
        var persons = judged.Rows.Count(r => r.IsPerson);
        var excluded = judged.Rows.Count(r => r.Excluded);
        output.WriteLine($"wrote {request.Output}: {judged.Rows.Count - persons} unit(s) and {persons} person(s) assessed, {excluded} not to be put forward for 评先选优");
        return 0;
    }
}
