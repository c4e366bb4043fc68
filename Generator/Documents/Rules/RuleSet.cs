using System.Reflection;
using System.Text.Json;
using OfficeTools.Data;
using Scriban;
using Scriban.Parsing;

namespace OfficeTools.Documents.Rules;

/// <summary>The accountability ladder: ordered rules, each compiled once; load with <see cref="Load"/> or <see cref="Default"/>.</summary>
public sealed partial class RuleSet
{
    /// <summary>Resource name of the shipped rules.</summary>
    public const string DefaultResource = "Templates/rules/default-rules.json";

    readonly List<CompiledRule> _rules;

    RuleSet(string file, List<CompiledRule> rules) { File = file; _rules = rules; }

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
        if (!System.IO.File.Exists(path)) return new RuleSetResult(null, [new DataError(Path.GetFileName(path), "file", $"rules file not found: {path}")]);
        using var s = System.IO.File.OpenRead(path);
        return Parse(s, Path.GetFileName(path));
    }

    /// <summary>Parses and compiles rules from a JSON stream named <paramref name="file"/>.</summary>
    public static RuleSetResult Parse(Stream json, string file)
    {
        var errors = new List<DataError>();
        RulesFile? doc;
        try
        {
            doc = JsonSerializer.Deserialize<RulesFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            return new RuleSetResult(null, [new DataError(file, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}", "rules file is not valid: " + e.Message.Split(" Path:")[0])]);
        }
        if (doc?.Rules == null || doc.Rules.Count == 0) return new RuleSetResult(null, [new DataError(file, "$.rules", "no rules: the file needs a \"rules\" array")]);
        var compiled = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Rules.Count; i++)
        {
            var r = doc.Rules[i];
            var where = $"rule {i + 1}" + (string.IsNullOrEmpty(r.Id) ? "" : $" ({r.Id})");
            if (string.IsNullOrWhiteSpace(r.Id)) errors.Add(new DataError(file, where, "missing \"id\""));
            else if (!ids.Add(r.Id)) errors.Add(new DataError(file, where, $"duplicate rule id '{r.Id}'"));
            if (string.IsNullOrWhiteSpace(r.Outcome)) errors.Add(new DataError(file, where, "missing \"outcome\""));
            if (string.IsNullOrWhiteSpace(r.Reason)) errors.Add(new DataError(file, where, "missing \"reason\""));
            if (r.Category is not ("penalty" or "praise" or "requirement")) errors.Add(new DataError(file, where + ", category", $"'{r.Category}' is not penalty, praise or requirement"));
            var when = Compile(r.When, file, where + ", when", true, errors);
            var items = string.IsNullOrWhiteSpace(r.Items) ? null : Compile(r.Items, file, where + ", items", true, errors);
            if (when != null)
                compiled.Add(new CompiledRule(new Rule
                {
                    Id = r.Id ?? "", Outcome = r.Outcome ?? "", Category = r.Category, When = r.When ?? "", Items = r.Items ?? "",
                    Reason = r.Reason ?? "", Action = r.Action ?? "", Notice = r.Notice, Requirements = r.Requirements ?? [],
                }, where, when, items));
        }
        if (errors.Count == 0) DryRun(file, compiled, errors);
        return errors.Count > 0 ? new RuleSetResult(null, errors) : new RuleSetResult(new RuleSet(file, compiled), []);
    }

    static Template? Compile(string? expr, string file, string where, bool required, List<DataError> errors)
    {
        if (string.IsNullOrWhiteSpace(expr))
        {
            if (required) errors.Add(new DataError(file, where, "missing expression"));
            return null;
        }
        var t = Template.Parse(expr, file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        if (!t.HasErrors) return t;
        foreach (var m in t.Messages)
            errors.Add(new DataError(file, where, $"bad expression «{expr}»: {m.Message} (column {m.Span.Start.Column + 1})"));
        return null;
    }

    static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    sealed record RulesFile(List<RuleDto>? Rules);

    sealed record RuleDto(string? Id, string? Outcome, string? When, string? Items, string? Reason, string? Action,
        bool Notice, List<string>? Requirements, string Category = "penalty");

    sealed record CompiledRule(Rule Rule, string Where, Template When, Template? Items);

    internal static Assembly ResourceAssembly => typeof(RuleSet).Assembly;
}

/// <summary>A compiled rule set, or every error that prevented it.</summary>
public sealed record RuleSetResult(RuleSet? RuleSet, IReadOnlyList<DataError> Errors)
{
    /// <summary>True when the rules compiled.</summary>
    public bool Success => RuleSet != null;
}
