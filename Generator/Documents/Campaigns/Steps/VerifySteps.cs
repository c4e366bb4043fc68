using OfficeTools.Data;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>One 复核 verdict to record, with where it came from (a sheet's row, an argument) for messages.</summary>
public sealed record VerdictInput(string Item, Verdict Verdict, string Where)
{
    /// <summary>Why it is sent back (required for 退回重办).</summary>
    public string Reason { get; init; } = "";
    /// <summary>The 群众评价 the verifier found, when given.</summary>
    public string Satisfaction { get; init; } = "";
    /// <summary>Who verified (复核人); empty: the actor.</summary>
    public string Verifier { get; init; } = "";
}

/// <summary>The steps a verification makes, or every problem found (then nothing may be recorded).</summary>
public sealed record StepResult(IReadOnlyList<TrailEvent> Events, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when there is no problem.</summary>
    public bool Success => Problems.Count == 0;
}

/// <summary>The kinds of problem <see cref="VerifySteps.Decide"/> finds (<see cref="Diagnostic.Id"/>), so each door can word them.</summary>
public static class VerifyProblems
{
    /// <summary>The item is not in the ledger.</summary>
    public const string UnknownItem = "unknown-item";
    /// <summary>A second verdict on one item.</summary>
    public const string SecondVerdict = "second-verdict";
    /// <summary>退回重办 of an item closed already.</summary>
    public const string Closed = "closed";
    /// <summary>A verdict on an item not reported done.</summary>
    public const string NotReported = "not-reported";
    /// <summary>退回重办 without a reason.</summary>
    public const string ReasonMissing = "reason-missing";
    /// <summary>A 群众评价 not in the list.</summary>
    public const string BadSatisfaction = "bad-satisfaction";
    /// <summary>A requested closure the rule does not allow.</summary>
    public const string ClosureRefused = "closure-refused";
    /// <summary>The closure rule failed to run.</summary>
    public const string RuleFailed = "rule-failed";
}

/// <summary>The steps of 复核 and 销号: verdicts on reported items, then the closures the 销号 rule allows.</summary>
public static class VerifySteps
{
    /// <summary>
    /// Checks every verdict and requested closure against the campaign, and gives the steps: each verdict, then each item
    /// the closure rule now allows closed. Problems (all at once, each located by <paramref name="source"/> and the input's
    /// place): an unknown item, an item closed already, one not reported done, 退回重办 without a reason, two verdicts on one
    /// item, a 群众评价 not in the list, a requested closure the rule does not allow. With any problem, no step.
    /// </summary>
    public static StepResult Decide(Campaign campaign, IReadOnlyList<VerdictInput> verdicts, IReadOnlyList<(string Item, string Where)> closes,
        string source, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var history = campaign.History;
        var items = campaign.Ledger.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var events = new List<TrailEvent>();
        var round = Math.Max(1, history.Round);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in verdicts)
        {
            void Problem(string id, string message) => problems.Add(new Diagnostic(source, v.Where, message) { Id = id });
            if (!items.TryGetValue(v.Item, out var item)) { Problem(VerifyProblems.UnknownItem, $"item {v.Item} is not in the ledger"); continue; }
            if (seen.TryGetValue(v.Item, out var first)) { Problem(VerifyProblems.SecondVerdict, $"item {v.Item} has a second verdict (the first is at {first})"); continue; }
            seen[v.Item] = v.Where;
            var stage = history.StageOf(item);
            // 通过 on a closed item is what closed it (a sheet applied again); 退回 after 销号 is refused
            if (stage == ItemStage.Closed && v.Verdict == Verdict.Pass) continue;
            if (stage == ItemStage.Closed) { Problem(VerifyProblems.Closed, $"item {v.Item} is closed already (已销号): it cannot be sent back"); continue; }
            // the same 退回重办 again (a sheet applied twice) is no new step either
            if (stage == ItemStage.Returned && v.Verdict == Verdict.Return && history.Of(item.Id)?.Reason == v.Reason.Trim()) continue;
            if (stage is not (ItemStage.Reported or ItemStage.Passed))
            {
                Problem(VerifyProblems.NotReported, $"item {v.Item} is not reported done (its stage is {stage.Text()}): a verdict needs the unit's report of 整改到位 first");
                continue;
            }
            if (v.Verdict == Verdict.Return && v.Reason.Trim().Length == 0) { Problem(VerifyProblems.ReasonMissing, $"item {v.Item}: 退回重办 needs a reason (退回原因)"); continue; }
            if (v.Satisfaction.Trim() is { Length: > 0 } s && !Ledger.Statuses.Satisfaction.Contains(s))
            {
                Problem(VerifyProblems.BadSatisfaction, $"item {v.Item}: 群众评价 «{s}» is not one of {string.Join("/", Ledger.Statuses.Satisfaction)}");
                continue;
            }
            var record = history.Of(item.Id);
            var steps = record?.Steps.Count ?? 0;
            var by = v.Verifier.Trim().Length > 0 ? v.Verifier.Trim() : actor;
            if (v.Satisfaction.Trim() is { Length: > 0 } sat && sat != (record?.Satisfaction ?? item.Satisfaction))
                events.Add(new TrailEvent($"assess:{item.Id}:{steps}", at, by, TrailAction.ItemReported, round)
                    { Unit = item.Unit, Item = item.Id, Reference = source, Value = "", Detail = sat });
            // the same verdict again (a sheet applied twice) is no new step
            if (v.Verdict == Verdict.Pass && stage == ItemStage.Passed) continue;
            events.Add(new TrailEvent($"verdict:{item.Id}:{steps}", at, by, TrailAction.VerdictGiven, round)
                { Unit = item.Unit, Item = item.Id, Reference = source, Value = v.Verdict.Text(), Detail = v.Reason.Trim() });
        }
        // the state after the verdicts, judged by the closure rule
        var after = CampaignHistory.Replay([.. history.Events, .. events]);
        var judged = LedgerState.Items(campaign.Ledger, after).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var rule = campaign.Rules.Closure;
        var asOf = campaign.Ledger.Campaign.AsOf;
        var requested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, where) in closes)
        {
            requested.Add(id);
            if (!judged.TryGetValue(id, out var item)) { problems.Add(new Diagnostic(source, where, $"item {id} is not in the ledger") { Id = VerifyProblems.UnknownItem }); continue; }
            if (item.Closed) continue;
            var (allowed, error) = rule.Allows(item, asOf);
            if (error != null) problems.Add(new Diagnostic(source, where, $"item {id}: the closure rule failed: {error}") { Id = VerifyProblems.RuleFailed });
            else if (!allowed)
                problems.Add(new Diagnostic(source, where, $"item {id} cannot be closed: {rule.Description} (it is {item.Stage?.Text() ?? "未复核"}, 群众评价 {(item.Satisfaction.Length > 0 ? item.Satisfaction : "未评价")})") { Id = VerifyProblems.ClosureRefused });
        }
        foreach (var item in judged.Values)
        {
            if (item.Closed || item.Stage != ItemStage.Passed) continue;
            var (allowed, error) = rule.Allows(item, asOf);
            if (error != null) { problems.Add(new Diagnostic(source, "closure rule", $"item {item.Id}: {error}") { Id = VerifyProblems.RuleFailed }); continue; }
            if (allowed || requested.Contains(item.Id))
                events.Add(new TrailEvent($"close:{item.Id}", at, actor, TrailAction.ItemClosed, round) { Unit = item.Unit, Item = item.Id, Reference = source });
        }
        return problems.Count > 0 ? new StepResult([], problems) : new StepResult(events, []);
    }
}
