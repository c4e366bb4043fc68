using System.Globalization;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools verify` was asked to do: the verdicts, the closures, and the store whose trail records them.</summary>
public sealed record VerifyRequest(string Ledger)
{
    /// <summary>The store: --store, --to, --settings, --set.</summary>
    public StoreChoice Store { get; init; } = StoreChoice.None;
    /// <summary>A rules file (its closure rule decides 销号).</summary>
    public string? Rules { get; init; }
    /// <summary>Items verified 通过.</summary>
    public IReadOnlyList<string> Pass { get; init; } = [];
    /// <summary>Items sent back: ID=原因.</summary>
    public IReadOnlyList<string> Return { get; init; } = [];
    /// <summary>Items to close (销号); refused when the closure rule does not allow it.</summary>
    public IReadOnlyList<string> Close { get; init; } = [];
    /// <summary>A filled verification sheet (.xlsx) whose verdicts to record.</summary>
    public string? Sheet { get; init; }
    /// <summary>A folder of filled 抽查记录表 whose verdicts to record.</summary>
    public string? Records { get; init; }
    /// <summary>Where to write a verification sheet of the items awaiting a verdict.</summary>
    public string? SheetOut { get; init; }
    /// <summary>Who verified (default: the clerk's account).</summary>
    public string? By { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Runs a verification: checks every verdict against the campaign, records them and the closures they allow, prints what changed.</summary>
public static class VerifyRun
{
    /// <summary>Exit codes: 0 recorded (or nothing to record), 1 a bad verdict or input (nothing recorded).</summary>
    public static async Task<int> RunAsync(VerifyRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var options = request.Store.Options();
        if (StoreRun.Problems(options) is { Count: > 0 } problems)
        {
            foreach (var p in problems) error.WriteLine($"configuration: {p}");
            return 1;
        }
        if (!options.IsSharePoint && !LocalFormStore.IsStore(options.LocalRoot))
        {
            error.WriteLine($"{options.LocalRoot}: not a store: verdicts are recorded in the store the batch was published to (--to)");
            return 1;
        }
        await using var store = StoreRun.Open(options);
        try
        {
            var history = CampaignHistory.Replay(await store.ReadTrailAsync(cancellationToken).ConfigureAwait(false));
            var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history, Limits = request.Limits, Under = request.Under });
            if (opened.Campaign is not { } campaign)
            {
                foreach (var d in opened.Diagnostics) error.WriteLine(d);
                return 1;
            }
            var (verdicts, closes, inputErrors) = Inputs(request);
            var decisions = new List<ProposeSteps.Decision>();
            if (request.SheetOut is { } sheetOut)
            {
                if (SheetWriting.Write(campaign, sheetOut) is { } failure)
                {
                    error.WriteLine(failure);
                    return 1;
                }
                output.WriteLine($"wrote {sheetOut}: {SheetWriting.Awaiting(campaign).Count} item(s) await a verdict; fill 复核结论 (and 退回原因) and run verify --sheet {sheetOut}");
                if (verdicts.Count == 0 && closes.Count == 0 && request.Sheet is null && request.Records is null) return 0;
            }
            if (request.Sheet is { } sheet)
            {
                var read = Verification.VerificationSheet.Read(sheet, [.. campaign.Ledger.Items.Select(i => i.Id)], request.Limits);
                inputErrors.AddRange(read.Problems.Select(p => p.ToString()));
                if (read.CampaignId is { } id && id != campaign.Ledger.Campaign.CampaignId)
                    inputErrors.Add($"{sheet}: the sheet is for another campaign ({id}), not {campaign.Ledger.Campaign.CampaignId}");
                decisions.AddRange(read.Proposals.Select(d => new ProposeSteps.Decision(d.ProposedId, d.Include, sheet, $"sheet 新发现问题, row {d.Row}")));
                verdicts.AddRange(read.Verdicts.Select(v => new VerdictInput(v.ItemId, v.Verdict, $"sheet 复核, row {v.Row}")
                {
                    Reason = v.Reason, Satisfaction = v.Satisfaction ?? "", Verifier = v.Verifier,
                }));
            }
            if (request.Records is { } records)
            {
                var read = Verification.SampleRecords.Read(records, campaign, request.Limits);
                inputErrors.AddRange(read.Problems.Select(p => p.ToString()));
                verdicts.AddRange(read.Verdicts);
            }
            if (verdicts.Count == 0 && closes.Count == 0 && decisions.Count == 0 && inputErrors.Count == 0)
            {
                output.Write(VerifyReport.Awaiting(campaign));
                return 0;
            }
            var actor = string.IsNullOrWhiteSpace(request.By) ? TrailRecording.Clerk : request.By.Trim();
            var source = request.Sheet is { } s ? Path.GetFileName(s) : request.Records is { } r ? Path.GetFileName(Path.TrimEndingDirectorySeparator(r)) : "command line";
            var now = DateTimeOffset.UtcNow;
            var decided = VerifySteps.Decide(campaign, verdicts, closes, source, actor, now);
            var confirmed = ProposeSteps.Decide(campaign.History, decisions, actor, now);
            // every problem at once: the malformed arguments and what the campaign says of the others
            if (!decided.Success || !confirmed.Success || inputErrors.Count > 0)
            {
                foreach (var e in inputErrors) error.WriteLine(e);
                foreach (var p in decided.Problems.Concat(confirmed.Problems)) error.WriteLine(p);
                error.WriteLine($"verify failed: {inputErrors.Count + decided.Problems.Count + confirmed.Problems.Count} problem(s); nothing was recorded");
                return 1;
            }
            var events = decided.Events.Concat(confirmed.Events).ToList();
            var added = await store.AppendAsync(events, cancellationToken).ConfigureAwait(false);
            output.Write(VerifyReport.Recorded(campaign, events, added));
            return 0;
        }
        catch (StoreException e)
        {
            error.WriteLine($"{store.Description}: error: {e.Message}");
            return 1;
        }
    }

    static (List<VerdictInput> Verdicts, List<(string, string)> Closes, List<string> Errors) Inputs(VerifyRequest r)
    {
        var verdicts = new List<VerdictInput>();
        var errors = new List<string>();
        foreach (var (id, n) in Split(r.Pass)) verdicts.Add(new VerdictInput(id, Verdict.Pass, $"--pass {id}") { Verifier = r.By ?? "" });
        for (var i = 0; i < r.Return.Count; i++)
        {
            var text = r.Return[i];
            var eq = text.IndexOfAny(['=', '：', ':']);
            if (eq <= 0 || text[(eq + 1)..].Trim().Length == 0)
            {
                errors.Add($"--return «{text}»: expected ITEM=退回原因 (e.g. --return I0017=整改措施未落实到位)");
                continue;
            }
            var id = text[..eq].Trim();
            verdicts.Add(new VerdictInput(id, Verdict.Return, $"--return {id}") { Reason = text[(eq + 1)..].Trim(), Verifier = r.By ?? "" });
        }
        var closes = Split(r.Close).Select(p => (p.Id, $"--close {p.Id}")).ToList();
        return (verdicts, closes, errors);
    }

    // --pass I0001,I0002 --pass I0003: commas and repeats both work
    static IEnumerable<(string Id, int N)> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select((id, n) => (id, n));
}

/// <summary>What verify prints: the items awaiting a verdict, or what was recorded.</summary>
public static class VerifyReport
{
    /// <summary>The items reported done and not yet verified, one line each.</summary>
    public static string Awaiting(Campaign campaign)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var waiting = campaign.Ledger.Items.Where(i => campaign.History.StageOf(i) == ItemStage.Reported).ToList();
        w.WriteLine($"{waiting.Count} item(s) reported done await a verdict (复核):");
        foreach (var i in waiting)
            w.WriteLine($"  {i.Id}  {campaign.Ledger.FindUnit(i.Unit)?.DisplayName ?? i.Unit}  {Short(i.Problem)}  群众评价 {(i.Satisfaction.Length > 0 ? i.Satisfaction : "未评价")}");
        var proposed = SheetWriting.Undecided(campaign);
        if (proposed.Count > 0)
        {
            w.WriteLine($"{proposed.Count} new problem(s) reported await 确认 (sheet 新发现问题 of --sheet-out):");
            foreach (var p in proposed)
                w.WriteLine($"  {p.Id}  {campaign.Ledger.FindUnit(p.Unit)?.DisplayName ?? p.Unit}  {Short(p.Problem)}  限期 {p.Due:yyyy-MM-dd}");
        }
        return w.ToString();
    }

    /// <summary>The verdicts and closures just recorded.</summary>
    public static string Recorded(Campaign campaign, IReadOnlyList<TrailEvent> events, int added)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var pass = events.Count(e => e.Action == TrailAction.VerdictGiven && e.Value == Verdict.Pass.Text());
        var back = events.Count(e => e.Action == TrailAction.VerdictGiven && e.Value == Verdict.Return.Text());
        var closed = events.Where(e => e.Action == TrailAction.ItemClosed).ToList();
        w.WriteLine($"复核: {pass} 通过, {back} 退回重办; 销号: {closed.Count}; {added} step(s) recorded in the campaign's trail (round {Math.Max(1, campaign.History.Round)})");
        var confirmed = events.Where(e => e.Action == TrailAction.ItemConfirmed).ToList();
        if (confirmed.Count > 0)
            w.WriteLine($"新发现问题: {confirmed.Count(e => e.Value == ProposeSteps.Included)} 纳入台账, {confirmed.Count(e => e.Value == ProposeSteps.Excluded)} 不纳入");
        foreach (var e in closed)
            w.WriteLine($"  已销号 {e.Item}  {campaign.Ledger.FindUnit(e.Unit ?? "")?.DisplayName ?? e.Unit}");
        return w.ToString();
    }

    static string Short(string s) => s.Length <= 30 ? s : s[..29] + "…";
}
