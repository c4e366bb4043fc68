using System.Text;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>Where one piece of code sits in the emitted source; the entry is null for code inside attribute values.</summary>
internal sealed record CodeSpan(int Start, int End, CodeEntry? Entry);

/// <summary>
/// The skeleton of a held element: its emitted source with every outermost block cut out, which is exactly what it
/// renders to when none of its blocks produce anything (the held element then has no code outside its blocks).
/// </summary>
internal static class Skeletons
{
    /// <summary>The skeleton of <c>source[start..]</c> from its code spans (from <paramref name="first"/> on), or null when code stands outside the blocks.</summary>
    public static string? Of(StringBuilder source, int start, List<CodeSpan> spans, int first)
    {
        var text = source.ToString(start, source.Length - start);
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        var kept = 0;
        var afterEnd = NoTrim;
        for (var i = first; i < spans.Count; i++)
        {
            var span = spans[i];
            var kind = span.Entry?.Tag?.Kind;
            if (depth == 0 && kind != TagKind.Open) return null;
            if (kind == TagKind.Open && depth++ == 0)
                sb.Append(Trim(text[kept..(span.Start - start)], afterEnd, Control(span.Entry!.Code, 0)));
            else if (kind == TagKind.End && --depth == 0)
            {
                kept = span.End - start;
                afterEnd = Control(span.Entry!.Code, span.Entry.Code.Length - 1);
            }
        }
        return depth == 0 ? sb.Append(Trim(text[kept..], afterEnd, NoTrim)).ToString() : null;
    }

    static readonly (bool On, bool Greedy) NoTrim = (false, false);

    // Scriban's whitespace control: {{- / -}} eat all whitespace beside the tag, {{~ / ~}} spaces and tabs.
    static (bool On, bool Greedy) Control(string code, int at) =>
        at >= 0 && at < code.Length && code[at] is '-' or '~' ? (true, code[at] == '-') : NoTrim;

    static string Trim(string s, (bool On, bool Greedy) start, (bool On, bool Greedy) end)
    {
        if (start.On) s = start.Greedy ? s.TrimStart() : s.TrimStart(' ', '\t');
        if (end.On) s = end.Greedy ? s.TrimEnd() : s.TrimEnd(' ', '\t');
        return s;
    }
}
