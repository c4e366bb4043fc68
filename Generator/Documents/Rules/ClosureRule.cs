using OfficeTools.Data;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Documents.Rules;

/// <summary>
/// The 销号 rule: an expression over one item (<c>item</c>, as the accountability rules see it) that says whether the item may
/// be closed. It lives in the rules file as <c>closure.when</c>, editable like the other rules; without one, the seed's rule:
/// self-reported done, verified (复核通过) and 群众评价 满意 or 基本满意.
/// </summary>
public sealed class ClosureRule
{
    /// <summary>The rule when the rules file gives none.</summary>
    public const string DefaultWhen = "item.stage == '复核通过' && (item.satisfaction == '满意' || item.satisfaction == '基本满意')";

    /// <summary>What the rule says in words, for messages.</summary>
    public const string DefaultDescription = "单位自报整改到位、复核通过且群众评价为满意或基本满意的，予以销号";

    readonly Template _when;

    ClosureRule(string when, string description, Template compiled) { When = when; Description = description; _when = compiled; }

    /// <summary>The expression.</summary>
    public string When { get; }

    /// <summary>The rule in words.</summary>
    public string Description { get; }

    /// <summary>Compiles <paramref name="when"/> (null or blank: <see cref="DefaultWhen"/>); problems go to <paramref name="errors"/>.</summary>
    internal static ClosureRule? Compile(string? when, string? description, string file, List<Diagnostic> errors)
    {
        var text = string.IsNullOrWhiteSpace(when) ? DefaultWhen : when;
        var t = Template.Parse(text, file, lexerOptions: new Scriban.Parsing.LexerOptions { Mode = Scriban.Parsing.ScriptMode.ScriptOnly });
        if (t.HasErrors)
        {
            foreach (var m in t.Messages)
                errors.Add(new Diagnostic(file, "closure, when", $"bad expression «{text}»: {m.Message} (column {m.Span.Start.Column + 1})"));
            return null;
        }
        var rule = new ClosureRule(text, string.IsNullOrWhiteSpace(description) ? DefaultDescription : description, t);
        // a misspelt field is reported when the rules load, not when the first item is judged
        var probe = new Ledger.LedgerItem { Id = "I", Unit = "U", Problem = "p", Due = new(2014, 6, 1), Status = "整改到位", Satisfaction = "满意" };
        if (rule.Allows(probe, new(2014, 12, 1)) is { Error: { } error }) errors.Add(new Diagnostic(file, "closure, when", error));
        return rule;
    }

    /// <summary>Whether <paramref name="item"/> may be closed, judged at <paramref name="asOf"/>; Error when the expression failed.</summary>
    public (bool Allowed, string? Error) Allows(Ledger.LedgerItem item, DateOnly asOf)
    {
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, LoopLimit = 10_000 };
        context.PushGlobal(new ScriptObject { { "item", RuleInput.ItemObject(item, asOf) } });
        try
        {
            return _when.Evaluate(context) is bool b ? (b, null) : (false, $"«{When}» must give true or false");
        }
        catch (ScriptRuntimeException e)
        {
            return (false, $"«{When}»: {e.OriginalMessage}");
        }
    }
}
