using System.Text.RegularExpressions;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>Lists what tags read: member paths, loops and conditions, each with its location.</summary>
internal static partial class FieldCollector
{
    static readonly HashSet<string> Keywords =
    [
        "for", "in", "if", "else", "end", "with", "capture", "while", "case", "when", "func", "ret", "break", "continue",
        "true", "false", "null", "and", "or", "not", "empty", "this", "tablerow", "offset", "limit", "reversed", "wrap",
        "import", "readonly", "include", "do",
    ];

    static readonly HashSet<string> BuiltinRoots = ["gw", "string", "array", "date", "math", "object", "html", "regex", "timespan", "for", "while"];

    /// <summary>Adds the fields of <paramref name="tags"/>.</summary>
    public static void Collect(List<TagInfo> tags, List<TemplateField> fields)
    {
        foreach (var t in tags)
        {
            if (t.Keyword is "for" or "while" or "tablerow" && t.Kind == TagKind.Open)
                fields.Add(new TemplateField(FieldKind.Loop, t.Code.Trim(), t.Part, t.Location, t.Snippet));
            else if (t.Keyword is "if" || (t.Keyword == "else" && t.Code.Contains(" if ", StringComparison.Ordinal)))
                fields.Add(new TemplateField(FieldKind.Condition, t.Code.Trim(), t.Part, t.Location, t.Snippet));
            if (t.Kind == TagKind.End) continue;
            var seen = new HashSet<string>();
            var code = StripStrings(t.Code);
            // The loop variable is declared here, not read: report only what the loop iterates.
            if (t.Kind == TagKind.Open && t.Keyword is "for" or "tablerow" && LoopHead().Match(code) is { Success: true } head)
                code = " " + code[head.Length..];
            foreach (Match m in PathRegex().Matches(code))
            {
                var path = m.Value;
                var rootName = path.Split('.', '[')[0];
                if (Keywords.Contains(rootName) || BuiltinRoots.Contains(rootName) || rootName.StartsWith("__ot", StringComparison.Ordinal)) continue;
                
                if (seen.Add(path)) fields.Add(new TemplateField(FieldKind.Variable, path, t.Part, t.Location, t.Snippet));
            }
        }
    }

    // Blanks out string literals (same length, so positions stay); done by hand, as Regex.Replace with an evaluator
    // is generic code the JIT compiles at every start.
    static string StripStrings(string code)
    {
        var matches = StringRegex().Matches(code);
        if (matches.Count == 0) return code;
        var chars = code.ToCharArray();
        foreach (Match m in matches) chars.AsSpan(m.Index, m.Length).Fill(' ');
        return new string(chars);
    }

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_?]*|\[\d+\])*")]
    private static partial Regex PathRegex();

    [GeneratedRegex(@"^\s*(?:for|tablerow)\s+[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)?\s+in\s")]
    private static partial Regex LoopHead();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringRegex();
}
