using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using OfficeTools.Data;

namespace OfficeTools.Documents.Campaigns.Steps;

/// <summary>
/// The steps of 新发现问题: a returned form's new problems are proposed as ledger items (one per line the unit wrote), and the
/// clerk's 确认 takes each into the ledger or leaves it out. Until confirmed a proposal is not in the ledger.
/// </summary>
public static partial class ProposeSteps
{
    /// <summary>The clerk's decision on one proposed item, and where it was given (the sheet and its row, or an option).</summary>
    public sealed record Decision(string ProposedId, bool Include, string File, string Where);

    /// <summary>
    /// The proposals in what a unit wrote under 新发现的问题 (<paramref name="text"/>): each non-empty line that is not a
    /// "无", numbered after the proposals already recorded and those <paramref name="pending"/> (proposed earlier in the same run),
    /// due on <paramref name="due"/>. Keyed by unit and text, so the same problem written again (a later version of the form, a
    /// second collect) is proposed once.
    /// </summary>
    public static IReadOnlyList<TrailEvent> Proposed(CampaignHistory history, IReadOnlyList<TrailEvent> pending, string unitId, string text,
        string reference, DateOnly due, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(pending);
        var earlier = pending.Where(e => e.Action == TrailAction.ItemProposed).ToList();
        var known = history.Proposals.Select(p => p.Proposed.Key).Concat(earlier.Select(e => e.Key)).ToHashSet(StringComparer.Ordinal);
        var next = history.Proposals.Count + earlier.Count + 1;
        var list = new List<TrailEvent>();
        foreach (var problem in Lines(text))
        {
            var key = $"propose:{unitId}:{Hash(problem)}";
            if (!known.Add(key)) continue;
            list.Add(new TrailEvent(key, at, actor, TrailAction.ItemProposed, Math.Max(1, history.Round))
            {
                Unit = unitId, Item = IdOf(next++), Reference = reference, Detail = problem,
                Value = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }
        return list;
    }

    /// <summary>
    /// The confirmations of <paramref name="decisions"/>, or the problems that refuse them all: a proposal never made, one
    /// decided twice in the input, one already decided otherwise. Deciding again as before records nothing.
    /// </summary>
    public static StepResult Decide(CampaignHistory history, IEnumerable<Decision> decisions, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        var events = new List<TrailEvent>();
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in decisions)
        {
            if (seen.TryGetValue(d.ProposedId, out var first))
            {
                problems.Add(new Diagnostic(d.File, d.Where, $"proposed item {d.ProposedId} is also decided at {first}"));
                continue;
            }
            seen[d.ProposedId] = d.Where;
            if (history.Proposal(d.ProposedId) is not { } p)
            {
                problems.Add(new Diagnostic(d.File, d.Where, $"no new problem was proposed as {d.ProposedId}"));
                continue;
            }
            if (p.Included is { } before)
            {
                if (before != d.Include)
                    problems.Add(new Diagnostic(d.File, d.Where,
                        $"proposed item {d.ProposedId} was already decided {(before ? Included : Excluded)} by {p.Decided!.Actor} on {p.Decided.At:yyyy-MM-dd}"));
                continue;
            }
            events.Add(new TrailEvent($"confirm:{d.ProposedId}", at, actor, TrailAction.ItemConfirmed, Math.Max(1, history.Round))
            {
                Unit = p.Unit, Item = p.Id, Reference = d.File, Value = d.Include ? Included : Excluded,
            });
        }
        return problems.Count > 0 ? new StepResult([], problems) : new StepResult(events, []);
    }

    /// <summary>The value of an <see cref="TrailAction.ItemConfirmed"/> that takes the item into the ledger.</summary>
    public const string Included = "纳入台账";

    /// <summary>The value of an <see cref="TrailAction.ItemConfirmed"/> that leaves it out.</summary>
    public const string Excluded = "不纳入";

    /// <summary>The id a proposal gets (N0001, N0002 …): it is shown in the verification sheet and becomes the item's id once confirmed.</summary>
    public static string IdOf(int n) => "N" + n.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The problems in a 新发现的问题 text: one per line, list numbers taken off, "无" and the like left out.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => Numbering().Replace(l, "").Trim())
            .Where(l => l.Length > 0 && !Nothing().IsMatch(l))
            .Distinct(StringComparer.Ordinal);

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [GeneratedRegex(@"^(\d+\s*[\.、．\)）]|[（\(][一二三四五六七八九十\d]+[）\)]|[一二三四五六七八九十]+、)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(无|没有|暂无|暂未发现|无新发现(的)?问题|未发现新(的)?问题)[。\.；;]?$")]
    private static partial Regex Nothing();
}
