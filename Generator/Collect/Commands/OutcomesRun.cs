using System.Globalization;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Submissions;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Outcomes;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools outcomes` was asked: the ledger, the store whose trail and returned forms to use, the rules, the folder, the date.</summary>
public sealed record OutcomesRequest(string Ledger, string Output)
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
    /// <summary>The documents' date, yyyy-MM-dd as typed (null: today).</summary>
    public string? Date { get; init; }
    /// <summary>A folder with templates overriding the shipped ones.</summary>
    public string? Templates { get; init; }
    /// <summary>Also a PDF of each document (LibreOffice), the 版记 placed as in a batch.</summary>
    public bool Pdf { get; init; }
    /// <summary>Caps on an .xlsx ledger and every returned form.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Writes the documents the rules' outcomes call for, and the 民主生活会 pack, from the ledger as the trail leaves it.</summary>
public static class OutcomesRun
{
    /// <summary>Exit codes: 0 written, 1 bad input (date, ledger, rules, store, templates, output) with every problem and nothing written.</summary>
    public static async Task<int> RunAsync(OutcomesRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var problems = new List<string>();
        var date = DateOption.Read(request.Date, problems);
        var (history, problem) = await TrailHistory.ReadOrEmptyAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(x => x.ToString()));
        if (problems.Count > 0 || opened.Campaign is not { } campaign) return Fail(problems, error);

        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> answers = new Dictionary<string, IReadOnlyDictionary<string, object?>>();
        if (request.Store is not null || request.To is not null)
        {
            var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
            await using var store = StoreRun.Open(options);
            try
            {
                answers = await AnswersAsync(campaign, request, store, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreException e)
            {
                return Fail([$"{store.Description}: error: {e.Message}"], error);
            }
        }
        var written = OutcomeDocuments.Write(campaign, answers, date, request.Output, request.Templates, request.Pdf, cancellationToken);
        if (!written.Success) return Fail([.. written.Errors.Select(e => e.ToString())], error);
        foreach (var k in written.Kept) output.WriteLine(k);
        foreach (var line in Summary(campaign, written.Written, answers)) output.WriteLine(line);
        var pdfs = written.Written.Count(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        output.WriteLine($"wrote {written.Written.Count - pdfs} document(s){(pdfs > 0 ? $" and {pdfs} PDF(s)" : "")} into {request.Output}");
        return 0;
    }

    // the values of each member's form that counts (submitted, or with answers left empty), as collect decides it
    static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>> AnswersAsync(Campaign campaign, OutcomesRequest request,
        IFormStore store, CancellationToken cancellationToken)
    {
        var members = campaign.Models.MeetingMembers().Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var (_, _, forms) = await StoredForms.ReadAsync(store, cancellationToken).ConfigureAwait(false);
        var mine = forms.Where(f => f.Unit is { } u && members.Contains(u)).ToList();
        if (mine.Count == 0) return new Dictionary<string, IReadOnlyDictionary<string, object?>>();
        var report = Collector.Collect(mine, LedgerView.Over(campaign.Source, request.Ledger), DateTimeOffset.Now, limits: request.Limits,
            cancellationToken: cancellationToken, history: campaign.History);
        return report.Units.Where(u => members.Contains(u.Id) && u.Status is SubmissionStatus.Submitted or SubmissionStatus.Incomplete && u.File is not null)
            .ToDictionary(u => u.Id, u => u.Values, StringComparer.Ordinal);
    }

    static IEnumerable<string> Summary(Campaign campaign, IReadOnlyList<string> files, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> answers)
    {
        int In(string folder) => files.Count(f => f.StartsWith(folder + "/", StringComparison.Ordinal) && f.EndsWith(".docx", StringComparison.Ordinal));
        yield return $"约谈提醒: {In(DocumentCatalogue.TalkNoticesFolder)} 约谈提醒通知 ({DocumentCatalogue.TalkNoticesFolder}/) and {In(DocumentCatalogue.TalkRecordsFolder)} 约谈记录 ({DocumentCatalogue.TalkRecordsFolder}/)";
        yield return $"诫勉批评: {In(DocumentCatalogue.AdmonitionsFolder)} 诫勉谈话记录 ({DocumentCatalogue.AdmonitionsFolder}/)";
        yield return files.Contains(DocumentCatalogue.Commendation.Template) ? $"表扬: {DocumentCatalogue.Commendation.Template}" : "表扬: no unit or person commended, no 表扬通报";
        var members = campaign.Models.MeetingMembers();
        yield return members.Count == 0 ? "民主生活会: no 班子成员 (党员领导干部) in the ledger, no pack"
            : $"民主生活会: {DocumentCatalogue.MeetingFolder}/{DocumentCatalogue.Briefing.Template} and {members.Count} 个人整改措施落实情况报告, " +
              $"{members.Count(u => answers.ContainsKey(u.Id))} drafted from the member's self-inspection form, {members.Count(u => !answers.ContainsKey(u.Id))} from the ledger";
    }

    static int Fail(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var p in problems) error.WriteLine(p);
        error.WriteLine($"outcomes failed: {problems.Count} problem(s); nothing written");
        return 1;
    }
}
