using System.Text.RegularExpressions;

namespace OfficeTools.Engine.Lexing;

/// <summary>Decides whether a tag opens, continues, closes a block or stands alone.</summary>
internal static partial class TagClassifier
{
    static readonly HashSet<string> Openers = ["for", "if", "with", "capture", "while", "tablerow", "case", "func", "wrap"];

    /// <summary>Classifies <paramref name="code"/> by the keywords that start its statements.</summary>
    public static (TagKind Kind, string Keyword) Classify(string code)
    {
        var statements = FirstWords(code.Trim().Trim('-', '~'));
        if (statements.Count == 0) return (TagKind.Inline, "");
        int opens = 0, ends = 0;
        foreach (var w in statements)
        {
            if (Openers.Contains(w)) opens++;
            else if (w == "end") ends++;
        }
        var first = statements[0];
        if (first == "end" && ends - opens == 1) return (TagKind.End, first);
        if (first is "else" or "when" && opens == ends) return (TagKind.Mid, first);
        if (Openers.Contains(first) && opens - ends == 1) return (TagKind.Open, first);
        return (TagKind.Inline, first);
    }

    /// <summary>The first word of each statement (statements split by ; and newlines outside strings).</summary>
    static List<string> FirstWords(string code)
    {
        var words = new List<string>();
        var atStart = true;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '"' or '\'' or '`')
            {
                var j = i + 1;
                while (j < code.Length && code[j] != c) j += code[j] == '\\' && c != '`' ? 2 : 1;
                i = j;
                atStart = false;
                continue;
            }
            if (c is ';' or '\n' or '\r') { atStart = true; continue; }
            if (char.IsWhiteSpace(c)) continue;
            if (atStart)
            {
                var j = i;
                while (j < code.Length && (char.IsLetterOrDigit(code[j]) || code[j] == '_')) j++;
                // `for.index`, `if[...]`: a member access on a keyword-named object, not a statement keyword.
                var member = j < code.Length && code[j] is '.' or '[';
                words.Add(member ? "" : code[i..j]);
                atStart = false;
                i = Math.Max(i, j - 1);
            }
        }
        return words;
    }

    [GeneratedRegex(@"^\s*column\s+(?=(for|if|with|while|tablerow|case)\b)")]
    private static partial Regex ColumnPrefix();

    /// <summary>Strips a leading <c>column</c> before a block keyword; true when there was one.</summary>
    public static bool StripColumnPrefix(ref string code)
    {
        var m = ColumnPrefix().Match(code);
        if (!m.Success) return false;
        code = " " + code[m.Length..];
        return true;
    }
}
