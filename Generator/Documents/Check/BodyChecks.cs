namespace OfficeTools.Documents.Check;

/// <summary>The 主体: 标题 (§7.3.1), 正文 and its levels (§5.2.2, §7.3.3).</summary>
internal static class BodyChecks
{
    const double TitlePoints = 22, BodyPoints = 16;

    /// <summary>Runs the title and body checks.</summary>
    public static void Run(CheckContext c)
    {
        var a = c.Anatomy;
        if (a.Unrecognised) return;
        if (a.Title.Count == 0)
        {
            if (a.Masthead is not null || a.DocNumber is not null)
                c.Add(CheckRules.NoTitle, (a.DocNumber ?? a.Masthead)!.Place, "未在版头之后找到标题，不检查标题格式");
        }
        foreach (var line in a.Title)
        {
            TypeChecks.Require(c, line, "标题", Typeface.XiaoBiaoSong, CheckRules.TitleFont, TitlePoints, CheckRules.TitleSize);
            if (!line.Look.Centred) c.Add(CheckRules.TitleAlignment, line.Place, "标题应居中排布");
        }
        foreach (var b in a.Body) Paragraph(c, b);
    }

    /// <summary>
    /// How many characters a heading's own face covers: all of a heading line (no full stop). A paragraph with a
    /// sentence in it (a numbered item, or a run-in heading 一、标题。正文……) is judged as 正文 (null).
    /// </summary>
    static int? HeadingChars(string compact) => compact.Contains('。', StringComparison.Ordinal) ? null : compact.Length;

    static void Paragraph(CheckContext c, Block b)
    {
        var heading = HeadingChars(b.Compact);
        if (heading is { } chars && Patterns.Level1().IsMatch(b.Labelled))
        {
            if (TypeChecks.WrongFace(b, Typeface.Hei, chars) is { } f)
                c.Add(CheckRules.Level1Font, b.Place, $"第一层结构层次（“一、”）应使用黑体，{TypeChecks.FaceWas(f)}");
        }
        else if (heading is { } chars2 && Patterns.Level2().IsMatch(b.Labelled))
        {
            if (TypeChecks.WrongFace(b, Typeface.Kai, chars2) is { } f)
                c.Add(CheckRules.Level2Font, b.Place, $"第二层结构层次（“（一）”）应使用楷体，{TypeChecks.FaceWas(f)}");
        }
        else if (TypeChecks.WrongFace(b, Typeface.FangSong) is { } f)
            c.Add(CheckRules.BodyFont, b.Place, $"正文应使用仿宋体字，{TypeChecks.FaceWas(f)}");
        if (TypeChecks.WrongSize(b, BodyPoints) is { } s)
            c.Add(CheckRules.BodySize, b.Place, $"正文应为三号字（16磅），{TypeChecks.SizeWas(s)}");
    }
}
