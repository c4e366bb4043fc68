using System.Security.Cryptography;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Submissions;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.Collect.Commands;

/// <summary>What the commands record in the campaign's trail: the steps of <see cref="IssueSteps"/> and <see cref="ReportSteps"/>, with the clerk as actor.</summary>
public static class TrailRecording
{
    /// <summary>Who a command runs as: the account of the clerk at the machine.</summary>
    public static string Clerk => Environment.UserName is { Length: > 0 } u ? u : "officetools";

    /// <summary>Records the round and the notices of a published batch; returns the line to print, or null when nothing was new.</summary>
    public static async Task<string?> PublishedAsync(string dir, ICampaignTrail trail, CancellationToken ct, IReadOnlySet<string>? under = null)
    {
        var path = Path.Combine(dir, BatchIndex.FileName);
        var (read, error) = BatchIndexJson.Read(path);
        if (read is null) throw new StoreException(error ?? $"{path}: cannot read");
        // published --under: the subtree's notices only are issued
        var index = under is null ? read : read with { Units = [.. read.Units.Where(u => under.Contains(u.Id))] };
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false)));
        var added = await trail.AppendAsync(IssueSteps.Published(index, hash, Clerk, DateTimeOffset.UtcNow), ct).ConfigureAwait(false);
        var notices = index.Units.Count(u => u.Notice != null);
        return added == 0 ? null : $"round {index.Campaign.Round} opened: {notices} notice(s) issued, recorded in the campaign's trail";
    }

    /// <summary>Records each counted form (a unit whose form is valid or incomplete) and return slip, and their item answers; returns how many steps were new.</summary>
    public static async Task<int> CollectedAsync(CollectReport report, LedgerView ledger, ICampaignTrail trail,
        IReadOnlyDictionary<string, SubmissionRecord> used, CancellationToken ct)
    {
        var history = CampaignHistory.Replay(await trail.ReadTrailAsync(ct).ConfigureAwait(false));
        var steps = new List<TrailEvent>();
        foreach (var u in report.Units)
        {
            if (u.Status is not (SubmissionStatus.Submitted or SubmissionStatus.Incomplete) || u.File is null) continue;
            var submitted = used.TryGetValue(u.File, out var s) ? s : null;
            var answers = Answers(u.Values).ToList();
            var reference = submitted is null ? u.File : $"{u.File} (v{submitted.Version})";
            var actor = submitted?.SubmittedBy ?? Clerk;
            var at = submitted?.SubmittedAt ?? DateTimeOffset.UtcNow;
            steps.AddRange(ReportSteps.Returned(history, ledger.Ledger, u.Id, TrailAction.FormReceived, reference,
                submitted?.Hash ?? u.File, answers, actor, at));
            // 新发现的问题 become proposals for the clerk to confirm, due when a notice issued now would be
            if (u.Values.GetValueOrDefault("new_problems") is string found)
            {
                steps.AddRange(ProposeSteps.Proposed(history, steps, u.Id, found, reference, ProposalDue(ledger.Ledger.Campaign, at), actor, at));
            }
        }
        // 反馈 of a notice: each return slip that passed its checks, and each item's answer in it
        foreach (var slip in report.Slips.Where(s => s.Counts))
        {
            var submitted = used.TryGetValue(slip.File, out var s) ? s : null;
            steps.AddRange(ReportSteps.Returned(history, ledger.Ledger, slip.UnitId, TrailAction.SlipReceived, slip.Number,
                submitted?.Hash ?? slip.File, Answers(slip.Values), submitted?.SubmittedBy ?? slip.SubmittedBy ?? Clerk, submitted?.SubmittedAt ?? slip.SubmittedAt));
        }
        return steps.Count == 0 ? 0 : await trail.AppendAsync(steps, ct).ConfigureAwait(false);
    }

    static DateOnly ProposalDue(Documents.Ledger.Campaign c, DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.LocalDateTime);
        return (today > c.NoticeDate ? today : c.NoticeDate).AddDays(c.NoticeDays);
    }

    /// <summary>The item answers among a form's values (item.ID.status, item.ID.satisfaction).</summary>
    public static IEnumerable<ReportSteps.Answer> Answers(IReadOnlyDictionary<string, object?> values)
    {
        var byItem = new Dictionary<string, (string Status, string Satisfaction)>(StringComparer.Ordinal);
        foreach (var (tag, value) in values)
        {
            if (value is not string text || !ItemTag.TryParse(tag, out var id, out var field)) continue;
            var a = byItem.GetValueOrDefault(id, (Status: "", Satisfaction: ""));
            if (field == "status") a.Status = text;
            else if (field == "satisfaction") a.Satisfaction = text;
            else continue;
            byItem[id] = a;
        }
        return byItem.Select(p => new ReportSteps.Answer(p.Key, p.Value.Status, p.Value.Satisfaction));
    }
}
