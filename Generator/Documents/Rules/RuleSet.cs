using System.Text.Json;
using OfficeTools.Data;
using OfficeTools.Documents.Reminders;
using Scriban;
using Scriban.Parsing;

namespace OfficeTools.Documents.Rules;

/// <summary>The accountability ladder: ordered rules, each compiled once; load with <see cref="Load"/> or <see cref="Default"/>.</summary>
public sealed partial class RuleSet
{
    /// <summary>Resource name of the shipped rules.</summary>
    public const string DefaultResource = "Templates/rules/default-rules.json";

    readonly List<CompiledRule> _rules;

    RuleSet(string file, List<CompiledRule> rules, ClosureRule closure, AssessmentRule assessment)
    {
        File = file; _rules = rules; Closure = closure; Assessment = assessment;
    }

    /// <summary>The 年度考核 rule (<c>assessment</c> of the rules file, or the default).</summary>
    public AssessmentRule Assessment { get; }

    /// <summary>The 销号 rule (<c>closure</c> of the rules file, or the seed's when the file has none).</summary>
    public ClosureRule Closure { get; }

    /// <summary>The file the rules came from (for messages).</summary>
    public string File { get; }

    /// <summary>The rules in order.</summary>
    public IReadOnlyList<Rule> Rules => _rules.Select(r => r.Rule).ToList();

    /// <summary>The shipped default rules (embedded in the assembly).</summary>
    public static RuleSetResult Default()
    {
        using var s = typeof(RuleSet).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing from the build");
        return Parse(s, "default-rules.json");
    }

    /// <summary>Loads and compiles a rules file; every problem (JSON, missing field, bad expression) at once.</summary>
    public static RuleSetResult Load(string path)
    {
        if (!System.IO.File.Exists(path)) return new RuleSetResult(null, [new Diagnostic(Path.GetFileName(path), "file", $"rules file not found: {path}")]);
        using var s = System.IO.File.OpenRead(path);
        return Parse(s, Path.GetFileName(path));
    }

    /// <summary>Parses and compiles rules from a JSON stream named <paramref name="file"/>.</summary>
    public static RuleSetResult Parse(Stream json, string file)
    {
        var errors = new List<Diagnostic>();
        List<RuleDto> rules;
        ClosureRule? closure;
        AssessmentRule? assessment;
        ReminderSettings? reminders;
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        if (JsonText.Utf8(buffer.ToArray(), file, errors) is not { } bytes) return new RuleSetResult(null, errors);
        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var doc = JsonDocument.Parse(bytes, options);
            if (JsonText.Check(bytes, file, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is { Count: > 0 } bad)
                return new RuleSetResult(null, bad);
            rules = ReadRules(doc.RootElement, file, errors);
            closure = ReadClosure(doc.RootElement, file, errors);
            assessment = ReadAssessment(doc.RootElement, file, errors);
            reminders = ReadReminders(doc.RootElement, file, errors);
        }
        catch (JsonException e)
        {
            return new RuleSetResult(null, [new Diagnostic(file, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}", "rules file is not valid JSON: " + e.Message.Split(" LineNumber:")[0].Split(" Path:")[0])]);
        }
        if (errors.Count > 0) return new RuleSetResult(null, errors);
        if (rules.Count == 0) return new RuleSetResult(null, [new Diagnostic(file, "$.rules", "no rules: the \"rules\" array is empty")]);
        var compiled = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            var where = $"rule {i + 1}" + (string.IsNullOrEmpty(r.Id) ? "" : $" ({r.Id})");
            if (string.IsNullOrWhiteSpace(r.Id)) errors.Add(new Diagnostic(file, where, "missing \"id\""));
            else if (!ids.Add(r.Id)) errors.Add(new Diagnostic(file, where, $"duplicate rule id '{r.Id}'"));
            if (string.IsNullOrWhiteSpace(r.Outcome)) errors.Add(new Diagnostic(file, where, "missing \"outcome\""));
            if (string.IsNullOrWhiteSpace(r.Reason)) errors.Add(new Diagnostic(file, where, "missing \"reason\""));
            if (r.Category is not ("penalty" or "praise" or "requirement")) errors.Add(new Diagnostic(file, where + ", category", $"'{r.Category}' is not penalty, praise or requirement"));
            var when = Compile(r.When, file, where + ", when", true, errors);
            var items = string.IsNullOrWhiteSpace(r.Items) ? null : Compile(r.Items, file, where + ", items", true, errors);
            if (when != null)
                compiled.Add(new CompiledRule(new Rule
                {
                    Id = r.Id ?? "", Outcome = r.Outcome ?? "", Category = r.Category, When = r.When ?? "", Items = r.Items ?? "",
                    Reason = r.Reason ?? "", Action = r.Action ?? "", Step = r.Step ?? "", Notice = r.Notice, Requirements = r.Requirements ?? [],
                    Document = r.Document,
                }, where, when, items));
        }
        if (errors.Count == 0) DryRun(file, compiled, errors);
        return errors.Count > 0 || closure is null || assessment is null || reminders is null ? new RuleSetResult(null, errors)
            : new RuleSetResult(new RuleSet(file, compiled, closure, assessment) { Reminders = reminders }, []);
    }

    static Template? Compile(string? expr, string file, string where, bool required, List<Diagnostic> errors)
    {
        if (string.IsNullOrWhiteSpace(expr))
        {
            if (required) errors.Add(new Diagnostic(file, where, "missing expression"));
            return null;
        }
        var t = Template.Parse(expr, file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        if (!t.HasErrors) return t;
        foreach (var m in t.Messages)
            errors.Add(new Diagnostic(file, where, $"bad expression «{expr}»: {m.Message} (column {m.Span.Start.Column + 1})"));
        return null;
    }

    // Read by hand rather than by reflection-based deserialisation, so that trimmed builds work and every
    // wrongly typed field is reported with its rule.
    static List<RuleDto> ReadRules(JsonElement root, string file, List<Diagnostic> errors)
    {
        var list = new List<RuleDto>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("rules", out var arr) || arr.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new Diagnostic(file, "$.rules", "no rules: the file needs a \"rules\" array"));
            return list;
        }
        var i = 0;
        foreach (var el in arr.EnumerateArray())
        {
            var where = $"rule {++i}";
            if (el.ValueKind != JsonValueKind.Object) { errors.Add(new Diagnostic(file, where, "expected an object")); continue; }
            string? Str(string name)
            {
                if (!el.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
                if (v.ValueKind == JsonValueKind.String) return v.GetString();
                errors.Add(new Diagnostic(file, $"{where}, {name}", "expected text"));
                return null;
            }
            var notice = el.TryGetProperty("notice", out var n) && n.ValueKind == JsonValueKind.True;
            if (el.TryGetProperty("notice", out var n2) && n2.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
                errors.Add(new Diagnostic(file, $"{where}, notice", "expected true or false"));
            List<string>? reqs = null;
            if (el.TryGetProperty("requirements", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                if (r.ValueKind == JsonValueKind.Array && r.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
                    reqs = [.. r.EnumerateArray().Select(x => x.GetString()!)];
                else errors.Add(new Diagnostic(file, $"{where}, requirements", "expected a list of texts"));
            }
            var document = OutcomeDocument.None;
            if (Str("document") is { } word && !OutcomeDocumentWords.Words.TryGetValue(word.Trim(), out document))
                errors.Add(new Diagnostic(file, $"{where}, document", $"'{word}' is not a document an outcome calls for: {string.Join(", ", OutcomeDocumentWords.Words.Keys)}"));
            list.Add(new RuleDto(Str("id"), Str("outcome"), Str("when"), Str("items"), Str("reason"), Str("action"), notice, reqs,
                Str("category") ?? "penalty", Str("step")) { Document = document });
        }
        return list;
    }

    static ClosureRule? ReadClosure(JsonElement root, string file, List<Diagnostic> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("closure", out var c) || c.ValueKind == JsonValueKind.Null)
            return ClosureRule.Compile(null, null, file, errors);
        if (c.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new Diagnostic(file, "closure", "expected an object with \"when\" (and \"description\")"));
            return null;
        }
        string? Str(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (c.TryGetProperty("when", out var w) && w.ValueKind != JsonValueKind.String) errors.Add(new Diagnostic(file, "closure, when", "expected text"));
        return ClosureRule.Compile(Str("when"), Str("description"), file, errors);
    }

    static AssessmentRule? ReadAssessment(JsonElement root, string file, List<Diagnostic> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("assessment", out var a) || a.ValueKind == JsonValueKind.Null)
            return AssessmentRule.Default;
        if (a.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new Diagnostic(file, "assessment", "expected an object with \"score\" (and \"exclude\", \"description\")"));
            return null;
        }
        string? Str(string name)
        {
            if (!a.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            errors.Add(new Diagnostic(file, $"assessment, {name}", "expected text"));
            return null;
        }
        return AssessmentRule.Compile(Str("score"), Str("exclude"), Str("description"), file, errors);
    }

    sealed record RuleDto(string? Id, string? Outcome, string? When, string? Items, string? Reason, string? Action,
        bool Notice, List<string>? Requirements, string Category = "penalty", string? Step = null)
    {
        public OutcomeDocument Document { get; init; }
    }

    sealed record CompiledRule(Rule Rule, string Where, Template When, Template? Items);
}

/// <summary>A compiled rule set, or every error that prevented it.</summary>
public sealed record RuleSetResult(RuleSet? RuleSet, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the rules compiled.</summary>
    public bool Success => RuleSet != null;
}
