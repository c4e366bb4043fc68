using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// <c>POST /api/campaign/verdicts</c>: the office's 复核 verdicts from the pane, checked and recorded by the same steps as
/// <c>officetools verify</c> (<see cref="VerifySteps.Decide"/>): every problem at once and nothing recorded when any is bad;
/// then the closures (销号) the closure rule allows. Cross-site writes are refused before this runs (WriteGuard).
/// </summary>
public static class CampaignVerdicts
{
    /// <summary>What the trail records as the verdicts' source (文件或编号).</summary>
    public const string Source = "加载项复核";

    /// <summary>One verdict: the item, 通过 or 退回重办, the reason (required for 退回重办), optionally the 群众评价 found.</summary>
    public sealed record VerdictEntry(string? Item, string? Verdict, string? Reason, string? Satisfaction);

    /// <summary>The verdicts to record.</summary>
    public sealed record VerdictRequest(IReadOnlyList<VerdictEntry>? Verdicts);

    /// <summary>One refused verdict: its place in the request, its item, the kind of problem (<see cref="VerifyProblems"/>) and the message.</summary>
    public sealed record VerdictProblem(int? Index, string? Item, string Id, string Message);

    /// <summary>What was recorded: steps added, verdicts by kind, items closed.</summary>
    public sealed record VerdictResponse(int Recorded, int Passed, int Returned, IReadOnlyList<string> Closed);

    /// <summary>The problem id of a verdict word that is neither 通过 nor 退回重办, or of an entry without an item.</summary>
    public const string BadVerdict = "bad-verdict";

    internal static void MapCampaignVerdicts(this RouteGroupBuilder g)
    {
        g.MapPost("/verdicts", async Task<Results<Ok<VerdictResponse>, ProblemHttpResult>> (VerdictRequest request, HttpContext http,
            LedgerSource source, StoreAccess stores, Caller caller, TimeProvider clock, CancellationToken ct) =>
        {
            if (!caller.IsOffice) return Problems.OfficeOnly();
            var entries = request.Verdicts ?? [];
            if (entries.Count == 0) return Problems.Bad("没有要记录的复核结论。");
            var (inputs, problems) = Inputs(entries);
            await using var lease = await stores.ForAsync(http);
            var campaign = (await source.CampaignAsync(lease.Store, ct)).Campaign!;
            if (OutsideReach(caller, campaign, entries) is { Count: > 0 } outside) return NotYours(outside);
            var decided = VerifySteps.Decide(campaign, inputs, [], Source, caller.Name, clock.GetUtcNow());
            problems.AddRange(decided.Problems.Select(p => Located(p, entries)));
            if (problems.Count > 0) return Refused(problems);
            var added = await lease.Store.AppendAsync(decided.Events, ct);
            var verdicts = decided.Events.Where(e => e.Action == TrailAction.VerdictGiven).ToList();
            return TypedResults.Ok(new VerdictResponse(added, verdicts.Count(e => e.Value == Verdict.Pass.Text()),
                verdicts.Count(e => e.Value == Verdict.Return.Text()),
                [.. decided.Events.Where(e => e.Action == TrailAction.ItemClosed).Select(e => e.Item!)]));
        });
    }

    // a level office judges the units below its own only; an item it cannot see is refused as a whole request, nothing recorded
    static List<VerdictProblem> OutsideReach(Caller caller, Campaign campaign, IReadOnlyList<VerdictEntry> entries)
    {
        var outside = new List<VerdictProblem>();
        if (caller.IsCountyOffice) return outside;
        for (var i = 0; i < entries.Count; i++)
        {
            var item = entries[i].Item?.Trim() ?? "";
            if (item.Length == 0) continue;
            var unit = campaign.Ledger.Items.FirstOrDefault(x => x.Id == item)?.Unit ?? campaign.History.Proposal(item)?.Unit;
            if (unit is null || !caller.CanJudge(campaign.Ledger, unit))
                outside.Add(new VerdictProblem(i, item, NotYourItem, $"verdicts[{i}]: {item} is not an item of a unit below yours"));
        }
        return outside;
    }

    /// <summary>The problem id of a verdict on an item outside the caller's level.</summary>
    public const string NotYourItem = "not-your-level";

    static ProblemHttpResult NotYours(List<VerdictProblem> problems) =>
        TypedResults.Problem($"有 {problems.Count} 条复核结论涉及的事项不属于您所辖的下级单位，均未记录。", statusCode: 403, title: "无权访问",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    // a verdict's place is its index in the request: that is how the steps' problems find their way back to it
    static (List<VerdictInput> Inputs, List<VerdictProblem> Problems) Inputs(IReadOnlyList<VerdictEntry> entries)
    {
        var inputs = new List<VerdictInput>();
        var problems = new List<VerdictProblem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var item = e.Item?.Trim() ?? "";
            if (item.Length == 0) { problems.Add(new VerdictProblem(i, null, BadVerdict, $"verdicts[{i}]: no item")); continue; }
            if (Verdicts.Parse(e.Verdict) is not { } verdict)
            {
                problems.Add(new VerdictProblem(i, item, BadVerdict, $"verdicts[{i}]: «{e.Verdict}» is not 通过 or 退回重办"));
                continue;
            }
            inputs.Add(new VerdictInput(item, verdict, Where(i)) { Reason = e.Reason ?? "", Satisfaction = e.Satisfaction ?? "" });
        }
        return (inputs, problems);
    }

    static string Where(int index) => $"verdicts[{index}]";

    static VerdictProblem Located(Diagnostic p, IReadOnlyList<VerdictEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
            if (p.Location == Where(i)) return new VerdictProblem(i, entries[i].Item?.Trim(), p.Id ?? "", p.ToString());
        return new VerdictProblem(null, null, p.Id ?? "", p.ToString());
    }

    static ProblemHttpResult Refused(List<VerdictProblem> problems) =>
        TypedResults.Problem($"复核结论有 {problems.Count} 处问题，均未记录，请改正后重新提交。", statusCode: 400, title: "复核结论有误",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
