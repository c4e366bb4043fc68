using System.Collections.Frozen;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OfficeTools.Engine;

// Scriban's own signatures carry no nullable annotations; the overrides follow them.
#nullable disable

/// <summary>
/// Scriban's builtin function groups (array, date, html, math, object, regex, string, timespan, and empty/blank) for
/// template contexts, each group created the first time a template names it. Building them all up front costs tens
/// of milliseconds of reflection per process and most templates use none. Safe to share between threads.
/// <c>include</c> is left out: templates never load other files.
/// </summary>
public sealed class ScribanBuiltins : ScriptObject
{
    static readonly FrozenDictionary<string, Func<object>> Groups = new Dictionary<string, Func<object>>(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    readonly Dictionary<string, object> _made = new(StringComparer.Ordinal);
    readonly Lock _gate = new();

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext context, SourceSpan span, string member, out object value) =>
        base.TryGetValue(context, span, member, out value) || TryGroup(member, out value);

    /// <inheritdoc />
    public override object this[string key]
    {
        get => TryGroup(key, out var group) ? group : base[key];
        set => base[key] = value;
    }

    /// <inheritdoc />
    public override bool Contains(string member) => Groups.ContainsKey(member) || base.Contains(member);

    /// <inheritdoc />
    public override bool CanWrite(string member) => !Groups.ContainsKey(member) && base.CanWrite(member);

    bool TryGroup(string member, out object value)
    {
        if (!Groups.TryGetValue(member, out var make))
        {
            value = null;
            return false;
        }
        lock (_gate)
        {
            if (!_made.TryGetValue(member, out value)) _made[member] = value = make();
        }
        return true;
    }
}
