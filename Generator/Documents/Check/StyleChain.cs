using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace OfficeTools.Documents.Check;

/// <summary>
/// Effective paragraph and run properties the way Word resolves them: docDefaults, then the table style, then the
/// paragraph style's basedOn chain (root first), then the character style's chain, then direct formatting; theme
/// fonts are looked up in the theme part.
/// </summary>
internal sealed class StyleChain
{
    readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    readonly string? _defaultParagraphStyle;
    readonly OpenXmlElement? _runDefaults;
    readonly OpenXmlElement? _paragraphDefaults;
    readonly A.FontScheme? _fonts;

    /// <summary>Reads the styles and theme of <paramref name="main"/>.</summary>
    public StyleChain(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        foreach (var s in styles?.Elements<Style>() ?? [])
            if (s.StyleId?.Value is { } id) _styles.TryAdd(id, s);
        _defaultParagraphStyle = styles?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        _runDefaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _paragraphDefaults = styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        _fonts = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
    }

    /// <summary>The effective look of <paramref name="p"/>; <paramref name="tableStyle"/> is the style of the table it sits in.</summary>
    public ParagraphLook Paragraph(Paragraph p, string? tableStyle)
    {
        string? jc = null, lineRule = null;
        int left = 0, right = 0;
        int? leftChars = null, rightChars = null, line = null;
        BorderLook? top = null, bottom = null;
        string? fill = null;
        var snap = true;
        foreach (var level in ParagraphLevels(p, tableStyle))
        {
            if (level.GetFirstChild<Justification>()?.Val is { } j) jc = j.InnerText;
            if (level.GetFirstChild<Indentation>() is { } ind)
            {
                if ((ind.Left ?? ind.Start)?.Value is { } l) left = Twips(l);
                if ((ind.Right ?? ind.End)?.Value is { } r) right = Twips(r);
                if ((ind.LeftChars ?? ind.StartCharacters)?.Value is { } lc) leftChars = lc;
                if ((ind.RightChars ?? ind.EndCharacters)?.Value is { } rc) rightChars = rc;
            }
            if (level.GetFirstChild<ParagraphBorders>() is { } borders)
            {
                if (borders.TopBorder is { } t) top = BorderLook.Of(t);
                if (borders.BottomBorder is { } b) bottom = BorderLook.Of(b);
            }
            if (level.GetFirstChild<SpacingBetweenLines>() is { } spacing)
            {
                if (spacing.Line?.Value is { } ln && int.TryParse(ln, out var lv)) line = lv;
                if (spacing.LineRule is { } rule) lineRule = rule.InnerText;
            }
            if (level.GetFirstChild<SnapToGrid>() is { } sg) snap = sg.Val?.Value ?? true;
            if (level.GetFirstChild<Shading>() is { } shd) fill = shd.Fill?.Value;
        }
        return new ParagraphLook(jc, left, right, leftChars, rightChars, top, bottom, line, lineRule ?? "auto", snap) { Fill = fill };
    }

    /// <summary>The effective look of <paramref name="run"/> in <paramref name="p"/>.</summary>
    public RunLook Run(Paragraph p, Run run, string? tableStyle)
    {
        string? eastAsia = null, ascii = null, color = null;
        int? size = null;
        var spacing = 0;
        foreach (var level in RunLevels(p, run, tableStyle))
        {
            if (level.GetFirstChild<RunFonts>() is { } f)
            {
                if (f.EastAsiaTheme is { HasValue: true } eat) eastAsia = Theme(eat.InnerText!) ?? eastAsia;
                else if (f.EastAsia?.Value is { } ea) eastAsia = ea;
                if (f.AsciiTheme is { HasValue: true } at) ascii = Theme(at.InnerText!) ?? ascii;
                else if (f.Ascii?.Value is { } a) ascii = a;
            }
            if (level.GetFirstChild<FontSize>()?.Val?.Value is { } sz && int.TryParse(sz, out var hp)) size = hp;
            if (level.GetFirstChild<Color>()?.Val?.Value is { } c) color = c;
            if (level.GetFirstChild<Spacing>()?.Val?.Value is { } sp) spacing = sp;
        }
        return new RunLook(eastAsia, ascii, size, color, spacing);
    }

    /// <summary>The list a paragraph belongs to (w:numPr, direct or from its style chain): numId and level, or null.</summary>
    public (int NumId, int Level)? Numbering(Paragraph p, string? tableStyle)
    {
        int? id = null, level = null;
        foreach (var l in ParagraphLevels(p, tableStyle))
            if (l.GetFirstChild<NumberingProperties>() is { } n)
            {
                if (n.NumberingId?.Val?.Value is { } v) id = v;
                if (n.NumberingLevelReference?.Val?.Value is { } lv) level = lv;
            }
        return id is { } i and > 0 ? (i, level ?? 0) : null;
    }

    /// <summary>The borders the table style (or the nearest style it is based on that has some) gives a table.</summary>
    public TableBorders? TableBorders(string? tableStyle) =>
        Chain(tableStyle).Select(s => s.StyleTableProperties?.TableBorders).LastOrDefault(b => b is not null);

    IEnumerable<OpenXmlElement> ParagraphLevels(Paragraph p, string? tableStyle)
    {
        if (_paragraphDefaults is not null) yield return _paragraphDefaults;
        foreach (var s in Chain(tableStyle)) if (s.StyleParagraphProperties is { } pp) yield return pp;
        foreach (var s in Chain(ParagraphStyleId(p))) if (s.StyleParagraphProperties is { } pp) yield return pp;
        if (p.ParagraphProperties is { } direct) yield return direct;
    }

    IEnumerable<OpenXmlElement> RunLevels(Paragraph p, Run run, string? tableStyle)
    {
        if (_runDefaults is not null) yield return _runDefaults;
        foreach (var s in Chain(tableStyle)) if (s.StyleRunProperties is { } rp) yield return rp;
        foreach (var s in Chain(ParagraphStyleId(p))) if (s.StyleRunProperties is { } rp) yield return rp;
        foreach (var s in Chain(run.RunProperties?.RunStyle?.Val?.Value)) if (s.StyleRunProperties is { } rp) yield return rp;
        if (run.RunProperties is { } direct) yield return direct;
    }

    string? ParagraphStyleId(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>The style and its basedOn ancestors, root first (a cycle or a missing style ends the chain).</summary>
    List<Style> Chain(string? id)
    {
        var chain = new List<Style>();
        while (id is not null && _styles.TryGetValue(id, out var s) && !chain.Contains(s) && chain.Count < 32)
        {
            chain.Add(s);
            id = s.BasedOn?.Val?.Value;
        }
        chain.Reverse();
        return chain;
    }

    string? Theme(string slot)
    {
        var font = slot.StartsWith("major", StringComparison.OrdinalIgnoreCase) ? (A.FontCollectionType?)_fonts?.MajorFont : _fonts?.MinorFont;
        if (font is null) return null;
        if (slot.EndsWith("EastAsia", StringComparison.OrdinalIgnoreCase))
            return NonEmpty(font.EastAsianFont?.Typeface?.Value)
                ?? font.Elements<A.SupplementalFont>().FirstOrDefault(s => s.Script?.Value == "Hans")?.Typeface?.Value;
        return NonEmpty(font.LatinFont?.Typeface?.Value);
    }

    static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    static int Twips(string value) => int.TryParse(value, out var v) ? v : 0;
}
