using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>The 版头: 发文机关标志 (§7.2.4), 发文字号 (§7.2.5) and the red separator (§7.2.7).</summary>
internal static class MastheadChecks
{
    /// <summary>Runs the 版头 checks.</summary>
    public static void Run(CheckContext c)
    {
        var a = c.Anatomy;
        if (a.DocNumber is { } number) DocNumber(c, number);
        if (a.Masthead is not { } masthead)
        {
            if (!a.Unrecognised && c.Blocks.FirstOrDefault(b => !b.Empty) is { } first)
                c.Add(CheckRules.NoMasthead, first.Place, "未找到发文机关标志（版头），按无版头的公文（如上行文、信函）处理，不检查标志和版头分隔线");
            return;
        }
        if (masthead.Inked.FirstOrDefault(r => !r.Look.IsRed) is { } plain)
            c.Add(CheckRules.MastheadColour, masthead.Place, $"发文机关标志应为红色，此处颜色为{ColourName(plain.Look.Color)}");
        if (TypeChecks.WrongFace(masthead, Typeface.XiaoBiaoSong) is { } f)
            c.Add(CheckRules.MastheadFont, masthead.Place, $"发文机关标志推荐使用小标宋体字，{TypeChecks.FaceWas(f)}");
        if (!masthead.Look.Centred)
            c.Add(CheckRules.MastheadAlignment, masthead.Place, "发文机关标志应居中排布");
        if (a.DocNumber is null)
            c.Add(CheckRules.NoDocNumber, masthead.Place, "版头中未找到发文字号（应为“机关代字〔2014〕12号”的形式，在标志下空二行居中）");
        RedRule(c, a.DocNumber ?? masthead);
    }

    static void DocNumber(CheckContext c, Block b)
    {
        var m = Patterns.DocNumber().Match(b.Compact);
        string open = m.Groups["open"].Value, close = m.Groups["close"].Value, year = m.Groups["year"].Value, no = m.Groups["no"].Value;
        if (open != "〔" || close != "〕")
            c.Add(CheckRules.DocNumberBrackets, b.Place, $"发文字号的年份应用六角括号“〔〕”括入，此处为“{open}{close}”");
        if (m.Groups["di"].Value.Length > 0)
            c.Add(CheckRules.DocNumberDi, b.Place, $"发文字号的顺序号不加“第”字，此处为“{m.Value}”");
        if (no.Length > 1 && no[0] == '0')
            c.Add(CheckRules.DocNumberZeros, b.Place, $"发文字号的顺序号不编虚位（1 不编为 01），此处为“{no}”，应为“{no.TrimStart('0')}”");
        if (year.Length != 4 || !year.All(char.IsAsciiDigit))
            c.Add(CheckRules.DocNumberYear, b.Place, $"发文字号的年份应用阿拉伯数字标全称（如 2014），此处为“{year}”");
        TypeChecks.Require(c, b, "发文字号", Typeface.FangSong, CheckRules.DocNumberType, 16, CheckRules.DocNumberType);
    }

    /// <summary>The rule is a bottom border of the 发文字号 (or of an empty paragraph after it), a top border of the next paragraph, or a drawn line.</summary>
    static void RedRule(CheckContext c, Block from)
    {
        // A 标志 in a text box is not in the area itself: then the whole area, from the box's anchor on.
        var area = c.Anatomy.MastheadArea.Contains(from) ? c.Anatomy.MastheadArea.SkipWhile(b => b != from).ToList() : [.. c.Anatomy.MastheadArea];
        var next = c.Anatomy.Title.FirstOrDefault();
        var borders = area.Select(b => (b, side: b.Look.Bottom))
            .Concat(area.Skip(1).Append(next).OfType<Block>().Select(b => (b, side: b.Look.Top)))
            .Where(x => x.side is not null).ToList();
        if (borders.Count > 0)
        {
            var (b, side) = borders[0];
            if (!Colors.IsRed(side!.Color))
                c.Add(CheckRules.RedRuleColour, b.Place, $"版头分隔线应为红色，此处颜色为{ColourName(side.Color)}");
            var shortBy = (b.Look.Left + b.Look.Right) / (1440 / 25.4);
            if (shortBy > 1 || (b.Look.LeftChars ?? 0) > 0 || (b.Look.RightChars ?? 0) > 0)
                c.Add(CheckRules.RedRuleWidth, b.Place, "版头分隔线应与版心等宽（156 毫米），此处段落有左右缩进，线比版心短");
            return;
        }
        if (area.FirstOrDefault(HasDrawing) is { } drawn)
        {
            if (!drawn.Element.OuterXml.Contains("FF0000", StringComparison.OrdinalIgnoreCase) && !drawn.Element.OuterXml.Contains("\"red\"", StringComparison.OrdinalIgnoreCase))
                c.Add(CheckRules.RedRuleColour, drawn.Place, "版头分隔线应为红色");
            return;
        }
        c.Add(CheckRules.NoRedRule, from.Place, "发文字号之下缺少红色分隔线（与版心等宽，位于发文字号下 4 毫米）");
    }

    static bool HasDrawing(Block b) => b.Element.Descendants<Drawing>().Any() || b.Element.Descendants<Picture>().Any();

    static string ColourName(string? hex) => hex is null or "auto" or "000000" ? "黑色" : $"#{hex}";
}
