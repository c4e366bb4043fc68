using OfficeTools.Engine.Lexing;
using Scriban.Syntax;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// Lists what a part's tags read, from Scriban's own syntax trees, each with its location: data paths (a loop
/// variable's members as <c>items[].no</c>, names inside <c>with unit</c> as <c>unit.name</c>), loops and conditions.
/// Names the template defines itself (assignments, captures, functions and their parameters) and builtins are left out.
/// </summary>
internal sealed class FieldCollector
{
    static readonly HashSet<string> Builtins =
    [
        "gw", "string", "array", "date", "math", "object", "html", "regex", "timespan", "empty", "blank", "for", "while",
        "tablerow", "this", "true", "false", "null", "image", "qr", "hyperlink",
    ];

    // A scope opened by a block: the names it binds (to a data path, or null for names the template defines), and
    // for `with`, the path its bare names read from.
    sealed class Scope
    {
        public Dictionary<string, string?> Names { get; } = new(StringComparer.Ordinal);
        public string? With { get; init; }
        public bool OpaqueWith { get; init; }
    }

    readonly List<TemplateField> _fields;
    readonly List<Scope> _scopes = [new()];
    HashSet<string> _seen = [];
    TagInfo _tag = null!;

    FieldCollector(List<TemplateField> fields) => _fields = fields;

    /// <summary>Adds the fields of <paramref name="tags"/> (in document order) from their parsed code.</summary>
    public static void Collect(List<TagInfo> tags, IReadOnlyDictionary<TagInfo, ScriptPage> pages, List<TemplateField> fields)
    {
        var c = new FieldCollector(fields);
        foreach (var t in tags) c.Tag(t, pages.GetValueOrDefault(t));
    }

    void Tag(TagInfo t, ScriptPage? page)
    {
        _tag = t;
        _seen = [];
        if (t.Keyword is "for" or "while" or "tablerow" && t.Kind == TagKind.Open)
            _fields.Add(new TemplateField(FieldKind.Loop, t.Code.Trim(), t.Part, t.Location, t.Snippet));
        else if (t.Keyword is "if" || (t.Keyword == "else" && t.Code.Contains(" if ", StringComparison.Ordinal)))
            _fields.Add(new TemplateField(FieldKind.Condition, t.Code.Trim(), t.Part, t.Location, t.Snippet));
        switch (t.Kind)
        {
            case TagKind.End:
                if (_scopes.Count > 1) _scopes.RemoveAt(_scopes.Count - 1);
                return;
            case TagKind.Open:
                // The opening statement's body is empty here (parsed as "{{code}}{{end}}"): its scope stays open until the end tag.
                if (page == null) _scopes.Add(new Scope());
                else Open(Statements(page).FirstOrDefault());
                return;
            case TagKind.Mid:
                if (page != null) Reads(Mid(page));
                return;
            default:
                if (page != null) foreach (var s in Statements(page)) Reads(s);
                return;
        }
    }

    // The page's statements without the escapes and raw text around the code.
    static IEnumerable<ScriptStatement> Statements(ScriptPage page) =>
        (page.Body?.Statements ?? []).Where(s => s is not (ScriptEscapeStatement or ScriptRawStatement));

    // "{{if true}}{{else if c}}{{end}}" or "{{case 1}}{{when v}}{{end}}": the condition or the values of the middle tag.
    static ScriptNode? Mid(ScriptPage page) => Statements(page).FirstOrDefault() switch
    {
        ScriptIfStatement { Else: ScriptIfStatement elseIf } => elseIf.Condition,
        ScriptCaseStatement c => c.Body?.Statements.OfType<ScriptWhenStatement>().FirstOrDefault(),
        _ => null,
    };

    void Open(ScriptStatement? s)
    {
        switch (s)
        {
            case ScriptForStatement f:
                Reads(f.Iterator);
                var scope = new Scope();
                if (Name(f.Variable) is { } v) scope.Names[v] = Resolve(f.Iterator) is { } items ? items + "[]" : null;
                _scopes.Add(scope);
                break;
            case ScriptWithStatement w:
                Reads(w.Name);
                var target = Resolve(w.Name);
                _scopes.Add(new Scope { With = target, OpaqueWith = target == null });
                break;
            case ScriptCaptureStatement c:
                Define(c.Target);
                _scopes.Add(new Scope());
                break;
            case ScriptFunction fn:
                Define(fn.NameOrDoToken);
                _scopes.Add(Parameters(fn));
                break;
            default:
                // if / while / case / wrap: the block's body is still empty here, so this reads just the condition or value.
                if (s != null) Reads(s);
                _scopes.Add(new Scope());
                break;
        }
    }

    void Reads(ScriptNode? node)
    {
        switch (node)
        {
            case null or ScriptLiteral:
                return;
            case ScriptNamedArgument named:
                // `image photo width: w` reads w, not a variable called width.
                Reads(named.Value);
                return;
            case ScriptAssignExpression a:
                Reads(a.Value);
                if (a.Target is ScriptVariableGlobal) Define(a.Target);
                else Reads(a.Target is ScriptMemberExpression or ScriptIndexerExpression ? Root(a.Target) : null);
                return;
            case ScriptFunction fn:
                Define(fn.NameOrDoToken);
                _scopes.Add(Parameters(fn));
                Reads(fn.Body);
                _scopes.RemoveAt(_scopes.Count - 1);
                return;
            case ScriptForStatement or ScriptWithStatement or ScriptCaptureStatement:
                // A whole block inside one tag: its scope opens and closes here.
                Open((ScriptStatement)node);
                Reads(node switch { ScriptForStatement f => f.Body, ScriptWithStatement w => w.Body, _ => ((ScriptCaptureStatement)node).Body });
                _scopes.RemoveAt(_scopes.Count - 1);
                return;
            case ScriptVariableGlobal or ScriptMemberExpression or ScriptIndexerExpression:
                if (Path(node) is { } path)
                {
                    if (Resolve(path) is { } data && _seen.Add(data))
                        _fields.Add(new TemplateField(FieldKind.Variable, data, _tag.Part, _tag.Location, _tag.Snippet));
                    foreach (var index in Indexes(node)) Reads(index);
                    return;
                }
                break;
        }
        foreach (var child in node.Children) Reads(child);
    }

    static Scope Parameters(ScriptFunction fn)
    {
        var scope = new Scope();
        foreach (var p in fn.Parameters ?? [])
            if (p is ScriptParameter { Name.Name: { } n }) scope.Names[n] = null;
        return scope;
    }

    void Define(ScriptNode? target)
    {
        if (Name(target) is { } n) _scopes[0].Names[n] = null;
    }

    static string? Name(ScriptNode? node) => node is ScriptVariableGlobal g ? g.Name : null;

    static ScriptNode? Root(ScriptNode? node) => node switch
    {
        ScriptMemberExpression m => Root(m.Target),
        ScriptIndexerExpression i => Root(i.Target),
        _ => node,
    };

    // A chain of members and indexes on a global name: "unit.name", "items[0].no", "rows[]" (index not a number).
    static string? Path(ScriptNode? node) => node switch
    {
        ScriptVariableGlobal g => g.Name,
        ScriptMemberExpression { Member.Name: { } member } m => Path(m.Target) is { } t ? t + "." + member : null,
        ScriptIndexerExpression i => Path(i.Target) is { } t ? t + (i.Index is ScriptLiteral { Value: int or long } l ? $"[{l.Value}]" : "[]") : null,
        _ => null,
    };

    static IEnumerable<ScriptNode> Indexes(ScriptNode node)
    {
        for (var n = node; n is ScriptMemberExpression or ScriptIndexerExpression;)
        {
            if (n is ScriptIndexerExpression i)
            {
                if (i.Index is not (null or ScriptLiteral)) yield return i.Index;
                n = i.Target;
            }
            else n = ((ScriptMemberExpression)n).Target;
        }
    }

    string? Resolve(ScriptNode? node) => Path(node) is { } p ? Resolve(p) : null;

    // The data path a name chain reads, or null for builtins and names the template defines.
    string? Resolve(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        var root = end < 0 ? path : path[..end];
        var rest = end < 0 ? "" : path[end..];
        if (Builtins.Contains(root) || root.StartsWith("__ot", StringComparison.Ordinal)) return null;
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var scope = _scopes[i];
            if (scope.Names.TryGetValue(root, out var bound)) return bound == null ? null : bound + rest;
            if (scope.OpaqueWith) return path;
            if (scope.With != null) return scope.With + "." + path;
        }
        return path;
    }
}
