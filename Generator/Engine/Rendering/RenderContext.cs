using System.Text;
using OfficeTools.Engine.Compile;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Engine.Rendering;

/// <summary>
/// The Scriban context of one render: expression results go through the XML escaper (literal XML is written
/// verbatim), unknown variables and members are recorded as located errors, and rendering carries on.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    const int MaxErrors = 200;
    readonly StringBuilder _buf = new();
    readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    readonly Stack<HeldOutput> _held = new();
    readonly Stack<HeldOutput> _spare = new();
    readonly List<object?> _items = [];
    readonly string _file;

    /// <summary>Sets limits, strictness and the model for one render.</summary>
    public RenderContext(ScriptObject builtins, string file, TemplateOptions options) : base(builtins)
    {
        _file = file;
        Options = options;
        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursionLimit;
        MaxOutput = options.MaxOutputChars;
        // Scriban's own output limit defaults to 1 MiB and truncates silently; LimitedOutput enforces ours instead.
        OutputLimit = int.MaxValue;
        LimitToString = 0;
        EnableRelaxedTargetAccess = true;
        EnableRelaxedMemberAccess = true;
        StrictVariables = false;
        TemplateLoader = null;
        var strict = options.Strict;
        TryGetVariable = (TemplateContext _, SourceSpan span, ScriptVariable variable, out object? value) =>
        {
            value = null;
            if (strict && !Quiet) Report(DiagnosticIds.UnknownVariable, span, $"unknown variable '{variable.Name}'");
            return true;
        };
        TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
        {
            value = null;
            if (strict) Report(DiagnosticIds.UnknownMember, span, $"unknown member '{member}' (the object has: {Members(target)})");
            return true;
        };
    }

    /// <summary>Readies the (possibly reused) context for one render of <paramref name="root"/>.</summary>
    public void Begin(ScriptObject root, NumberingState? numbering, CancellationToken token)
    {
        Reset();
        Errors.Clear();
        _seen.Clear();
        Written = 0;
        Part = null;
        Root = root;
        _items.Clear();
        Media.Clear();
        Numbering = numbering;
        CancellationToken = token;
        PushGlobal(root);
    }

    /// <summary>While set, an unknown variable is not an error (the engine probing for <c>for</c> in an error message).</summary>
    public bool Quiet { get; set; }
    /// <summary>The options of the template being rendered.</summary>
    public TemplateOptions Options { get; }
    /// <summary>Pictures and links this render adds to the package.</summary>
    public Pictures.RenderedMedia Media { get; } = new();
    /// <summary>The converted model.</summary>
    public ScriptObject Root { get; private set; } = new();
    /// <summary>List restarts of this render (null when the option is off).</summary>
    public NumberingState? Numbering { get; private set; }
    /// <summary>The part being rendered.</summary>
    public CompiledPart? Part { get; set; }
    /// <summary>Characters written so far, over all parts.</summary>
    public long Written { get; set; }
    /// <summary>The output limit in characters.</summary>
    public long MaxOutput { get; }
    /// <summary>Errors so far.</summary>
    public List<Diagnostic> Errors { get; } = [];

    /// <summary>Enters one item of a repeating-section content control: the tags of its controls resolve in it first.</summary>
    public void Enter(object? item) => _items.Add(item);

    /// <summary>Leaves the innermost repeating-section item.</summary>
    public void Leave()
    {
        if (_items.Count > 0) _items.RemoveAt(_items.Count - 1);
    }

    /// <summary>Resolves a content-control tag: in the repeating-section items being filled (innermost first), then in the model.</summary>
    public bool TryResolve(string path, out object? value)
    {
        for (var i = _items.Count - 1; i >= 0; i--)
            if (_items[i] is ScriptObject item && ModelPath.TryResolve(item, path, out value)) return true;
        return ModelPath.TryResolve(Root, path, out value);
    }

    /// <summary>
    /// Starts holding back the output of an element that is dropped when it comes out exactly as skeleton
    /// <paramref name="skeleton"/> of the part; the first character that differs lets everything through.
    /// </summary>
    public void Hold(int skeleton)
    {
        var skeletons = Part?.Skeletons;
        var text = skeletons != null && skeleton >= 0 && skeleton < skeletons.Length ? skeletons[skeleton] : null;
        var held = _spare.Count > 0 ? _spare.Pop() : new HeldOutput(this);
        held.Start(Output, text);
        _held.Push(held);
        PushOutput(held);
    }

    /// <summary>Ends the innermost hold: the element is dropped when all of its skeleton and nothing else came out.</summary>
    public void Release()
    {
        var held = _held.Pop();
        PopOutput();
        held.Finish();
        _spare.Push(held);
    }

    /// <summary>Drops holds left open by a render that stopped on an error (their output is discarded with the part).</summary>
    public void DropHolds()
    {
        while (_held.Count > 0)
        {
            var held = _held.Pop();
            PopOutput();
            held.Discard();
            _spare.Push(held);
        }
    }

    /// <summary>Records an error at the tag that holds <paramref name="span"/>; an error that would print the same line as an earlier one is left out.</summary>
    public void Report(string id, SourceSpan span, string message)
    {
        if (Errors.Count >= MaxErrors) return;
        var tag = Part?.TagAt(span.Start.Offset);
        var error = new Diagnostic(id, DiagnosticSeverity.Error, _file, Part?.Label ?? "", tag?.Location ?? "", tag?.Snippet ?? "", message);
        // Repeats (a loop, or two tags of one paragraph that read the same missing name) would print the same line again.
        if (!_seen.Add(error.ToString())) return;
        Errors.Add(error);
    }

    /// <summary>Writes an expression result: escaped text, attribute text, or engine XML.</summary>
    public override TemplateContext Write(SourceSpan span, object? value)
    {
        if (value == null) return this;
        if (value is RawXml raw) return Write(raw.Xml);
        _buf.Clear();
        if (value is AttrText a) XmlEscaper.Attribute(_buf, a.Text);
        else XmlEscaper.Text(_buf, ObjectToString(value) ?? "");
        return Write(_buf.ToString());
    }

    /// <summary>
    /// Dates print as 公文 dates (2014年12月15日); <c>empty</c> reads as "" (so <c>x == empty</c> holds for an empty
    /// string, as clerks expect). Null stays null: Scriban converts omitted optional string arguments through here,
    /// and "" there means something else (date.parse would take "" as its pattern).
    /// </summary>
    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        DateTime dt => ChineseHelpers.Date(dt),
        EmptyScriptObject => "",
        _ => base.ObjectToString(value, nested)!,
    };

    static string Members(object target) => target is ScriptObject so
        ? string.Join(", ", so.Keys.Take(12)) + (so.Count > 12 ? ", …" : "")
        : "no members";
}
