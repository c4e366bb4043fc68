using System.Xml.Linq;
using OfficeTools.Engine.Normalize;

namespace OfficeTools.Engine.Lexing;

/// <summary>Finds the tags of every paragraph of a part and replaces them by code markers in the tree.</summary>
internal sealed class ParagraphLexer(string file, string part, Locator locator, List<CodeEntry> codes, List<TagInfo> tags, List<Diagnostic> errors)
{
    static readonly XName Space = XNamespace.Xml + "space";

    /// <summary>Processes one paragraph: merge split tags, then mark each tag.</summary>
    public void Process(XElement p)
    {
        var texts = RunMerger.Texts(p);
        if (texts.Count == 0) return;
        var (all, unclosed) = RunMerger.Merge(p, texts);
        if (FullWidthBraces(all) is var wide and >= 0)
            errors.Add(new Diagnostic(DiagnosticIds.FullWidthBraces, DiagnosticSeverity.Warning, file, part, locator.Of(p), Snippet(all, wide, wide + 2),
                "full-width braces ｛｛ … ｝｝ are text, not a tag (typed with a Chinese input method?); type {{ }} with half-width braces to make it a tag"));
        foreach (var u in unclosed)
            errors.Add(new Diagnostic(DiagnosticIds.UnclosedTag, DiagnosticSeverity.Error, file, part, locator.Of(p),
                Snippet(all, u, all.Length), "'{{' is never closed by '}}'"));
        if (unclosed.Count > 0) return;
        var offset = 0;
        foreach (var t in RunMerger.Texts(p))
        {
            var text = t.Value;
            var start = offset;
            offset += text.Length;
            if (!text.Contains("{{", StringComparison.Ordinal)) continue;
            var nodes = new List<XNode>();
            var pos = 0;
            while (pos < text.Length)
            {
                var s = text.IndexOf("{{", pos, StringComparison.Ordinal);
                var e = s < 0 ? -1 : text.IndexOf("}}", s + 2, StringComparison.Ordinal);
                if (s < 0 || e < 0) { nodes.Add(new XText(text[pos..])); break; }
                if (s > pos) nodes.Add(new XText(text[pos..s]));
                var code = Straighten(text[(s + 2)..e]);
                var column = TagClassifier.StripColumnPrefix(ref code);
                var (kind, keyword) = TagClassifier.Classify(code);
                var tag = new TagInfo
                {
                    Code = code, Kind = kind, Column = column && kind == TagKind.Open, Keyword = keyword, Paragraph = p, Part = part, Location = locator.Of(p),
                    Snippet = Snippet(all, start + s, start + e + 2),
                };
                var marker = new XElement(W.Code, new XAttribute("n", codes.Count));
                codes.Add(new CodeEntry(code, tag));
                tag.Marker = marker;
                tags.Add(tag);
                nodes.Add(marker);
                pos = e + 2;
            }
            t.ReplaceNodes(nodes);
            t.SetAttributeValue(Space, "preserve");
        }
    }

    /// <summary>Where a pair of braces with a full-width one (｛｛, ｛{, {｛) starts, or -1.</summary>
    static int FullWidthBraces(string text)
    {
        for (var i = text.IndexOf('｛'); i >= 0; i = text.IndexOf('｛', i + 1))
        {
            if (i + 1 < text.Length && text[i + 1] is '｛' or '{') return i;
            if (i > 0 && text[i - 1] == '{') return i - 1;
        }
        return -1;
    }

    /// <summary>Word's autocorrected quotes and no-break spaces mean plain ones inside code.</summary>
    public static string Straighten(string code) => code
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace('\u00A0', ' ').Replace('\u3000', ' ');

    /// <summary>Up to 20 characters either side of [start, end).</summary>
    public static string Snippet(string all, int start, int end)
    {
        var a = Math.Max(0, start - 20);
        var b = Math.Min(all.Length, end + 20);
        if (all.LastIndexOf("{{", a, StringComparison.Ordinal) is var o && o >= 0 && o > all.LastIndexOf("}}", a, StringComparison.Ordinal)) a = o;
        if (b < all.Length && all.LastIndexOf("{{", b - 1, StringComparison.Ordinal) is var o2 && o2 > all.LastIndexOf("}}", b - 1, StringComparison.Ordinal)
            && all.IndexOf("}}", b, StringComparison.Ordinal) is var c && c >= 0) b = c + 2;
        var s = all[a..b].Replace('\n', ' ').Replace('\t', ' ').Trim();
        return s.Length > 120 ? s[..120] + "…" : s;
    }
}
