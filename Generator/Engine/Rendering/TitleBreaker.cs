namespace OfficeTools.Engine.Rendering;

/// <summary>
/// Breaks a 公文 title too long for one line (<c>gw.title</c>): at word boundaries, never inside a word, never before
/// closing or after opening punctuation, into lines that form a trapezoid (each line no longer than the one above) or,
/// for three lines and more, a diamond (GB/T 9704 §7.3.1: 回行时词意完整，排列对称，长短适宜，使用梯形或菱形).
/// </summary>
/// <remarks>
/// A title that already holds line breaks (Alt+Enter in an Excel cell, "\n" in JSON) is the clerk's own layout and is
/// returned as it is. Chinese has no spaces between words, so the boundaries come from a lexicon of the words titles of
/// Party and government documents are made of: a boundary inside one of them is never chosen while another exists.
/// </remarks>
internal static class TitleBreaker
{
    /// <summary>Characters a line of a 2号 (22 pt) title holds on the 156 mm 版心.</summary>
    public const int TitleChars = 20;

    const int Forbidden = 1000;

    /// <summary>The title with "\n" where its lines break.</summary>
    public static string Break(string title, int lineChars = TitleChars)
    {
        var text = title.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Contains('\n', StringComparison.Ordinal) || SignatureLayout.Width(text) <= lineChars) return text;
        var cost = BoundaryCosts(text);
        var widths = new double[text.Length + 1];
        for (var i = 0; i < text.Length; i++) widths[i + 1] = widths[i] + SignatureLayout.Width(text[i].ToString());
        for (var lines = (int)Math.Ceiling(widths[^1] / lineChars); lines <= text.Length; lines++)
            if (Best(text, cost, widths, lines, lineChars) is { } breaks)
                return string.Join("\n", Lines(text, breaks));
        return text;
    }

    static IEnumerable<string> Lines(string text, IReadOnlyList<int> breaks)
    {
        var from = 0;
        foreach (var b in breaks.Append(text.Length))
        {
            yield return text[from..b];
            from = b;
        }
    }

    // Every way of cutting the title into `lines` lines that fit, scored by its boundaries and its shape; the cheapest
    // (titles are short, so the exhaustive search over boundaries stays small: C(n, lines - 1) for lines ≤ 4).
    static List<int>? Best(string text, int[] cost, double[] widths, int lines, int lineChars)
    {
        List<int>? best = null;
        var bestScore = double.MaxValue;
        var breaks = new List<int>();
        void Search(int from, int left)
        {
            if (left == 0)
            {
                if (widths[text.Length] - widths[from] > lineChars) return;
                var score = breaks.Sum(b => cost[b]) + Shape(breaks, widths, text.Length);
                if (score < bestScore) (bestScore, best) = (score, [.. breaks]);
                return;
            }
            for (var b = from + 1; b < text.Length; b++)
            {
                if (widths[b] - widths[from] > lineChars) break;
                if (cost[b] >= Forbidden) continue;
                breaks.Add(b);
                Search(b, left - 1);
                breaks.RemoveAt(breaks.Count - 1);
            }
        }
        if (lines <= 4) Search(0, lines - 1);
        return best;
    }

    // Trapezoid: no line longer than the one above. Diamond (three lines or more): the longest line inside, shorter
    // lines towards both ends. A last line much shorter than the others is poor either way.
    static double Shape(IReadOnlyList<int> breaks, double[] widths, int end)
    {
        var w = Lines(breaks, widths, end);
        var trapezoid = Enumerable.Range(1, w.Count - 1).Sum(i => Math.Max(0, w[i] - w[i - 1]));
        var peak = w.IndexOf(w.Max());
        var diamond = w.Count < 3 || peak == 0 || peak == w.Count - 1 ? double.MaxValue
            : Enumerable.Range(1, peak).Sum(i => Math.Max(0, w[i - 1] - w[i])) + Enumerable.Range(peak + 1, w.Count - peak - 1).Sum(i => Math.Max(0, w[i] - w[i - 1]));
        var stub = w[^1] < w.Max() / 4 ? 6 : 0;
        return 2 * Math.Min(trapezoid, diamond) + stub;
    }

    static List<double> Lines(IReadOnlyList<int> breaks, double[] widths, int end)
    {
        var w = new List<double>();
        var from = 0;
        foreach (var b in breaks.Append(end))
        {
            w.Add(widths[b] - widths[from]);
            from = b;
        }
        return w;
    }

    // cost[i]: breaking before text[i]
    static int[] BoundaryCosts(string text)
    {
        var cost = new int[text.Length + 1];
        var inWord = new bool[text.Length + 1];
        var wordEdge = new bool[text.Length + 1];
        for (var p = 0; p < text.Length; p++)
            foreach (var word in TitleLexicon.StartingAt(text, p))
            {
                for (var i = p + 1; i < p + word.Length; i++) inWord[i] = true;
                wordEdge[p] = wordEdge[p + word.Length] = true;
            }
        for (var i = 1; i < text.Length; i++)
        {
            char a = text[i - 1], b = text[i];
            cost[i] =
                Closing.Contains(b) || Opening.Contains(a) || (IsAscii(a) && IsAscii(b)) ? Forbidden
                : inWord[i] ? Forbidden / 2
                : Closing.Contains(a) ? 0
                : Opening.Contains(b) ? 2 // a quotation usually belongs to the phrase before it: 整改落实情况“回头看”
                : b == '的' ? 8
                : i == 2 && text.StartsWith("关于", StringComparison.Ordinal) ? 40
                : Joins.Contains(b) ? 2
                : Joins.Contains(a) || a == '的' ? 4
                : wordEdge[i] ? 1
                : 6;
        }
        return cost;
    }

    static bool IsAscii(char c) => c < '\u0080';

    const string Closing = "”’》〉）)】〕」』，。、；：？！,.;:?!·…—";
    const string Opening = "“‘《〈（(【〔「『";
    const string Joins = "和与及暨并";
}
