using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>The 版记 (§7.4): at the very end, 抄送 and 印发 lines in 四号仿宋, first and last rule thick, the middle thin.</summary>
internal static class ColophonChecks
{
    const double ColophonPoints = 14;
    // 0.35 mm is w:sz 8 (1 pt) and 0.25 mm is w:sz 6 (0.75 pt, 0.26 mm): border widths are eighth-points (ECMA-376 §17.3.4).
    const double ThickMin = 0.30, ThickMax = 0.40, ThinMin = 0.20, ThinMax = 0.30;

    /// <summary>A horizontal rule of the 版记, where it is drawn.</summary>
    sealed record Rule(BorderLook Line, FindingPlace Place);

    /// <summary>Runs the 版记 checks.</summary>
    public static void Run(CheckContext c)
    {
        var a = c.Anatomy;
        if (a.Unrecognised) return;
        if (a.Colophon.Count == 0)
        {
            if (a.Masthead is not null && a.Body.Count > 0)
                c.Add(CheckRules.NoColophon, a.Body[^1].Place, "未找到版记（“抄送：”或“××印发”），不检查版记");
            return;
        }
        var last = a.Colophon[^1];
        var after = c.Blocks.SkipWhile(b => b != last).Skip(1).FirstOrDefault(b => !b.Empty && (b.Table is null || b.Table != last.Table));
        if (after is not null)
            c.Add(CheckRules.ColophonNotLast, after.Place, "版记应置于公文最后一面的最后，其后不应再有内容");
        foreach (var b in a.Colophon)
        {
            var copyTo = Patterns.CopyTo().IsMatch(b.Compact);
            var (element, rule) = copyTo ? ("抄送机关", CheckRules.CopyToType) : ("印发机关和印发日期", CheckRules.PrintedByType);
            TypeChecks.Require(c, b, element, Typeface.FangSong, rule, ColophonPoints, rule);
            if (Patterns.PrintedByDate().Match(b.Compact) is { Success: true } printed)
                DateForm.Check(c, b, printed.Groups["date"].Value, "印发日期", CheckRules.PrintDate, CheckRules.PrintDate, CheckRules.PrintDate);
            if (copyTo && !b.Compact.EndsWith('。'))
                c.Add(CheckRules.CopyToStop, b.Place, "抄送机关的最后一个机关名称后应标句号“。”");
        }
        Rules(c, a.Colophon);
    }

    static void Rules(CheckContext c, IReadOnlyList<Block> colophon)
    {
        var rules = colophon[0].Table is { } table ? TableRules(c, table) : ParagraphRules(c, colophon);
        var expected = colophon.Any(b => Patterns.CopyTo().IsMatch(b.Compact)) ? 3 : 2;
        if (rules.Count < expected)
        {
            c.Add(CheckRules.ColophonRuleMissing, colophon[0].Place,
                $"版记应有 {expected} 条与版心等宽的分隔线（首条和末条为粗线 0.35 毫米，中间为细线 0.25 毫米），此处只有 {rules.Count} 条");
            return;
        }
        for (var i = 0; i < rules.Count; i++)
        {
            var outer = i == 0 || i == rules.Count - 1;
            var mm = rules[i].Line.Millimetres;
            var ok = outer ? mm is >= ThickMin and <= ThickMax : mm is >= ThinMin and <= ThinMax;
            if (!ok)
                c.Add(CheckRules.ColophonRuleWeight, rules[i].Place,
                    $"版记第 {i + 1} 条分隔线应为{(outer ? "粗线（0.35 毫米）" : "细线（0.25 毫米）")}，此处为 {mm:0.00} 毫米（w:sz={rules[i].Line.EighthPoints}）");
        }
    }

    /// <summary>The paragraphs' top and bottom borders, and those of empty paragraphs just before and after (lines drawn alone).</summary>
    static List<Rule> ParagraphRules(CheckContext c, IReadOnlyList<Block> colophon)
    {
        var start = Index(c.Blocks, colophon[0]);
        var end = Index(c.Blocks, colophon[^1]);
        while (start > 0 && c.Blocks[start - 1].Empty && !c.Blocks[start - 1].InTable) start--;
        while (end < c.Blocks.Count - 1 && c.Blocks[end + 1].Empty && !c.Blocks[end + 1].InTable) end++;
        var rules = new List<Rule>();
        foreach (var b in c.Blocks.Skip(start).Take(end - start + 1))
        {
            if (b.Look.Top is { } t) rules.Add(new Rule(t, b.Place));
            if (b.Empty && b.Look.FilledRule is { } f) rules.Add(new Rule(f, b.Place));
            if (b.Look.Bottom is { } d) rules.Add(new Rule(d, b.Place));
        }
        return rules;
    }

    /// <summary>The rules of a table: above each row and below the last, cell borders over table borders over the table style's.</summary>
    static List<Rule> TableRules(CheckContext c, Table table)
    {
        var style = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
        var fromStyle = c.Styles.TableBorders(style);
        var direct = table.GetFirstChild<TableProperties>()?.TableBorders;
        BorderType? Edge(Func<TableBorders, BorderType?> side) =>
            (direct is null ? null : side(direct)) ?? (fromStyle is null ? null : side(fromStyle));
        var rows = table.Elements<TableRow>().ToList();
        var rules = new List<Rule>();
        for (var i = 0; i <= rows.Count; i++)
        {
            var below = i < rows.Count ? rows[i].GetFirstChild<TableCell>()?.TableCellProperties?.TableCellBorders : null;
            var above = i > 0 ? rows[i - 1].GetFirstChild<TableCell>()?.TableCellProperties?.TableCellBorders : null;
            BorderType? side = i == 0 ? below?.TopBorder ?? Edge(t => t.TopBorder)
                : i == rows.Count ? above?.BottomBorder ?? Edge(t => t.BottomBorder)
                : (BorderType?)above?.BottomBorder ?? (BorderType?)below?.TopBorder ?? Edge(t => t.InsideHorizontalBorder);
            if (BorderLook.Of(side) is not { } line) continue;
            var row = rows[Math.Min(i, rows.Count - 1)];
            var place = c.Blocks.FirstOrDefault(b => b.Element.Ancestors<TableRow>().FirstOrDefault() == row)?.Place ?? new FindingPlace(CheckContext.BodyPart, "正文");
            rules.Add(new Rule(line, place));
        }
        return rules;
    }

    static int Index(IReadOnlyList<Block> blocks, Block b)
    {
        for (var i = 0; i < blocks.Count; i++) if (ReferenceEquals(blocks[i], b)) return i;
        return -1;
    }
}
