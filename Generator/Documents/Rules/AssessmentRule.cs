using OfficeTools.Data;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Documents.Rules;

/// <summary>
/// The 年度考核 rule: <c>assessment.score</c>, an expression giving a unit's (or a person's) score, and <c>assessment.exclude</c>,
/// one saying whether it is kept out of 评先选优. Both see what the accountability rules see (unit, stats, campaign, items),
/// plus <c>penalties</c> and <c>outcomes</c> after every rule has run. The score is rounded to one decimal and kept within
/// 0–100. Editable in the rules file like the other rules; without one, the defaults below.
/// </summary>
public sealed class AssessmentRule
{
    /// <summary>The score when the rules file gives none: completion 40, 销号 30, satisfaction 30, less 5 an overdue item and 10 a penalty.</summary>
    public const string DefaultScore = "40 * stats.done_rate + 30 * stats.closed_rate + 30 * stats.satisfaction_rate - 5 * stats.overdue - 10 * penalties";

    /// <summary>The seed's rule: 整改不力的不能列入评先选优对象, which the accountability rules decide as the outcome 不列入评先选优.</summary>
    public const string DefaultExclude = "array.contains outcomes '不列入评先选优'";

    /// <summary>What the default rule says in words.</summary>
    public const string DefaultDescription = "整改完成率占40分、销号率占30分、群众满意率占30分，每个逾期事项扣5分，每项问责扣10分；整改不力的不列入评先选优对象";

    readonly Template _score;
    readonly Template _exclude;

    AssessmentRule(string score, string exclude, string description, Template s, Template e)
    {
        Score = score; Exclude = exclude; Description = description; _score = s; _exclude = e;
    }

    /// <summary>The score expression.</summary>
    public string Score { get; }

    /// <summary>The 不列入评先选优 expression.</summary>
    public string Exclude { get; }

    /// <summary>The rule in words (printed on the workbook).</summary>
    public string Description { get; }

    /// <summary>The default rule.</summary>
    public static AssessmentRule Default { get; } = Compile(null, null, null, "default-rules.json", []) ?? throw new InvalidOperationException("the default assessment rule does not compile");

    /// <summary>Compiles the two expressions (null or blank: the defaults); every problem goes to <paramref name="errors"/>, located in <paramref name="file"/>.</summary>
    internal static AssessmentRule? Compile(string? score, string? exclude, string? description, string file, List<Diagnostic> errors)
    {
        var before = errors.Count;
        var scoreText = string.IsNullOrWhiteSpace(score) ? DefaultScore : score;
        var excludeText = string.IsNullOrWhiteSpace(exclude) ? DefaultExclude : exclude;
        var s = Parse(scoreText, file, "assessment, score", errors);
        var e = Parse(excludeText, file, "assessment, exclude", errors);
        // an expression that does not parse is stood in for, so that the other is still tried and both are reported at once
        s ??= Template.Parse("0", file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        e ??= Template.Parse("false", file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        var text = string.IsNullOrWhiteSpace(description) ? (score is null && exclude is null ? DefaultDescription : "") : description;
        var rule = new AssessmentRule(scoreText, excludeText, text, s, e);
        // a misspelt name or a wrong type is reported when the rules load, not on the first unit
        var unit = new Ledger.Unit("U", "（检查规则用）", Ledger.UnitKinds.Leadership, null, "负责人", "", "");
        var item = new Ledger.LedgerItem { Id = "I", Unit = "U", Problem = "p", Due = new(2014, 6, 1), Status = "整改到位", Satisfaction = "满意" };
        var probe = new Ledger.Ledger(RuleSet.ProbeCampaign, [unit], [item], []);
        var (_, _, problems) = rule.Judge(probe, unit, []);
        errors.AddRange(problems.Select(p => new Diagnostic(file, p.Where, p.Message)));
        return errors.Count > before ? null : rule;
    }

    /// <summary>The unit's score and flag, judged on <paramref name="ledger"/> with the <paramref name="outcomes"/> the rules gave it; problems name the expression.</summary>
    public (double Score, bool Excluded, IReadOnlyList<(string Where, string Message)> Problems) Judge(Ledger.Ledger ledger, Ledger.Unit unit, IReadOnlyList<Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(outcomes);
        var input = RuleInput.For(ledger, unit);
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, LoopLimit = 1_000_000 };
        context.PushGlobal(new ScriptObject
        {
            { "unit", input.Unit }, { "stats", input.Stats }, { "campaign", input.Campaign },
            { "items", new ScriptArray(input.Items.Select(i => (object)i.Script)) },
            { "penalties", outcomes.Count(o => o.Category == "penalty") },
            { "outcomes", new ScriptArray(outcomes.Select(o => (object)o.Kind)) },
        });
        var problems = new List<(string, string)>();
        var score = 0d;
        var excluded = false;
        try
        {
            var value = _score.Evaluate(context);
            if (value is bool or string or null || value is not IConvertible number) problems.Add(("assessment, score", $"«{Score}» must give a number, but gave {Shown(value)}"));
            else score = Math.Clamp(Math.Round(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero), 0, 100);
        }
        catch (ScriptRuntimeException e) { problems.Add(("assessment, score", $"«{Score}»: {e.OriginalMessage}")); }
        try
        {
            if (_exclude.Evaluate(context) is bool b) excluded = b;
            else problems.Add(("assessment, exclude", $"«{Exclude}» must give true or false"));
        }
        catch (ScriptRuntimeException e) { problems.Add(("assessment, exclude", $"«{Exclude}»: {e.OriginalMessage}")); }
        return (score, excluded, problems);
    }

    static string Shown(object? value) => value is null ? "nothing" : $"'{value}'";

    static Template? Parse(string text, string file, string where, List<Diagnostic> errors)
    {
        var t = Template.Parse(text, file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        if (!t.HasErrors) return t;
        foreach (var m in t.Messages) errors.Add(new Diagnostic(file, where, $"bad expression «{text}»: {m.Message} (column {m.Span.Start.Column + 1})"));
        return null;
    }
}
