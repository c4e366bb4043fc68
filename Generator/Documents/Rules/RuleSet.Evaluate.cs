using OfficeTools.Data;
using OfficeTools.Documents.Ledger;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Documents.Rules;

public sealed partial class RuleSet
{
    /// <summary>Applies the rules in order to every unit; runtime problems are errors naming the rule and unit.</summary>
    public RuleEvaluation Evaluate(Ledger.Ledger ledger)
    {
        var errors = new List<Diagnostic>();
        var result = new Dictionary<string, IReadOnlyList<Outcome>>(StringComparer.Ordinal);
        foreach (var unit in ledger.Units)
            result[unit.Id] = EvaluateUnit(RuleInput.For(ledger, unit), File, _rules, errors, $"unit {unit.Id}", false);
        return new RuleEvaluation(result, errors);
    }

    static List<Outcome> EvaluateUnit(RuleInput input, string file, List<CompiledRule> rules, List<Diagnostic> errors, string who, bool dryRun)
    {
        var outcomes = new List<Outcome>();
        var globals = new ScriptObject
        {
            { "unit", input.Unit }, { "stats", input.Stats }, { "campaign", input.Campaign },
            { "items", new ScriptArray(input.Items.Select(i => (object)i.Script)) },
            { "penalties", 0 }, { "outcomes", new ScriptArray() }, { "item", null },
        };
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, LoopLimit = 1_000_000 };
        context.PushGlobal(globals);
        foreach (var rule in rules)
        {
            try
            {
                globals.SetValue("item", null, false);
                var selected = AsBool(rule.When.Evaluate(context), rule, "when");
                if (!selected && !dryRun) continue;
                var reasons = new List<ReasonItem>();
                foreach (var (item, script) in input.Items)
                {
                    // a closed item (已销号) is never the reason of an outcome: it has left the campaign's open work
                    if (item.Closed && !dryRun) continue;
                    globals.SetValue("item", script, false);
                    if (rule.Items == null || AsBool(rule.Items.Evaluate(context), rule, "items"))
                        reasons.Add(new ReasonItem(item.Id, Short(item.Problem)));
                }
                if (!selected) continue;
                var r = rule.Rule;
                outcomes.Add(new Outcome(r.Id, r.Outcome, r.Category, r.Reason, r.Action, r.Notice, r.Requirements, reasons, r.Step) { Document = r.Document });
                globals.SetValue("penalties", outcomes.Count(o => o.Category == "penalty"), false);
                globals.SetValue("outcomes", new ScriptArray(outcomes.Select(o => (object)o.Kind)), false);
            }
            catch (Exception e) when (e is ScriptRuntimeException or RuleTypeException)
            {
                errors.Add(new Diagnostic(file, rule.Where, $"{who}: {Message(e)}"));
            }
        }
        return outcomes;
    }

    static bool AsBool(object? value, CompiledRule rule, string part) => value is bool b ? b
        : throw new RuleTypeException($"\"{part}\" must give true or false, but «{(part == "when" ? rule.Rule.When : rule.Rule.Items)}» gave {(value == null ? "null" : $"'{value}'")}");

    static string Message(Exception e) => e is ScriptRuntimeException s ? s.OriginalMessage : e.Message;

    static string Short(string text) => text.Length <= 24 ? text : text[..23] + "…";

    // Every expression runs once against a unit where every stat and item field is present, so a misspelt
    // name (stats.unsatisified) or a type error is reported when the rules load, not half-way through a batch.
    static void DryRun(string file, List<CompiledRule> rules, List<Diagnostic> errors)
    {
        var unit = new Unit("U_TEST", "（检查规则用）", UnitKinds.Leadership, null, "负责人", "", "");
        var campaign = ProbeCampaign;
        var items = new[] { "整改到位", "部分整改到位", "尚未启动" }.Select((s, i) => new LedgerItem
        {
            Id = "I" + i, Unit = unit.Id, Focus = 1, Task = i == 0 ? null : i, Problem = "p", Due = new(2014, 6, 1), Status = s,
            Satisfaction = Statuses.Satisfaction[i], NewlyFound = i == 1, Formalism = i == 2, Relapse = i == 2, Offender = "x",
        }).ToList();
        var ledger = new Ledger.Ledger(campaign, [unit], items, []);
        var dry = new List<Diagnostic>();
        EvaluateUnit(RuleInput.For(ledger, unit), file, rules, dry, "check", true);
        errors.AddRange(dry.Select(e => e with { Message = e.Message.Replace("check: ", "") }));
    }

    /// <summary>The campaign every rule expression is tried on when the rules load.</summary>
    internal static Campaign ProbeCampaign { get; } = new()
    {
        Office = "o", OfficeShort = "o", Code = "c", BriefingCode = "b", Year = 2014, StartDate = new(2014, 1, 1),
        ReportDeadline = new(2014, 12, 31), AsOf = new(2014, 12, 1), BriefingDate = new(2014, 12, 1),
        NoticeDate = new(2014, 12, 1), Meeting = "m", PrintDate = new(2014, 12, 1),
    };

    sealed class RuleTypeException(string message) : Exception(message);
}

/// <summary>The outcomes of every unit (by unit id, in rule order), or the runtime errors met.</summary>
public sealed record RuleEvaluation(IReadOnlyDictionary<string, IReadOnlyList<Outcome>> Outcomes, IReadOnlyList<Diagnostic> Errors);
