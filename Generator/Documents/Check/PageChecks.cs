using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>Paper, margins, 版心 (§5.1, §5.2.1) and the 22 × 28 grid (§5.2.3).</summary>
internal static class PageChecks
{
    const double TwipsPerMm = 1440 / 25.4;
    const double Tolerance = 1.0;
    const int Lines = 22, Characters = 28;
    const double BodyPoints = 16;

    /// <summary>Runs the page checks on every portrait section.</summary>
    public static void Run(CheckContext c)
    {
        var sections = c.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            var size = s.GetFirstChild<PageSize>();
            double w = (size?.Width?.Value ?? 12240) / TwipsPerMm, h = (size?.Height?.Value ?? 15840) / TwipsPerMm;
            // A landscape section holds a 横排表格 (§8): its page is A4 turned, with its own margins.
            if (w > h || size?.Orient?.Value == PageOrientationValues.Landscape) continue;
            var place = c.PageSetup(i + 1);
            if (Math.Abs(w - 210) > Tolerance || Math.Abs(h - 297) > Tolerance)
                c.Add(CheckRules.Paper, place, $"纸张为 {w:0.#}×{h:0.#} 毫米，应为 A4（210×297 毫米）");
            var margin = s.GetFirstChild<PageMargin>();
            double top = Math.Abs(margin?.Top?.Value ?? 1440) / TwipsPerMm, bottom = Math.Abs(margin?.Bottom?.Value ?? 1440) / TwipsPerMm;
            double left = ((margin?.Left?.Value ?? 1800) + (margin?.Gutter?.Value ?? 0)) / TwipsPerMm, right = (margin?.Right?.Value ?? 1800) / TwipsPerMm;
            var topOk = Math.Abs(top - 37) <= Tolerance;
            var leftOk = Math.Abs(left - 28) <= Tolerance;
            if (!topOk) c.Add(CheckRules.TopMargin, place, $"天头（上页边距）为 {top:0.#} 毫米，应为 37±1 毫米");
            if (!leftOk) c.Add(CheckRules.LeftMargin, place, $"订口（左页边距）为 {left:0.#} 毫米，应为 28±1 毫米");
            // A wrong 天头 or 订口 already says it; the 版心 is reported when the other two margins are off.
            double width = w - left - right, height = h - top - bottom;
            if (topOk && leftOk && (Math.Abs(width - 156) > Tolerance || Math.Abs(height - 225) > Tolerance))
                c.Add(CheckRules.TextBlock, place, $"版心为 {width:0.#}×{height:0.#} 毫米，应为 156×225 毫米（右页边距 26 毫米、下页边距 35 毫米）");
            if (i == sections.Count - 1 && !c.Anatomy.Unrecognised) Grid(c, s);
        }
    }

    /// <summary>
    /// 22 lines of 28 characters, judged on the first plain 正文 paragraph at 三号 in the 156×225 mm 版心 the
    /// standard sets (a wrong margin is its own finding, not a wrong grid as well).
    /// </summary>
    static void Grid(CheckContext c, SectionProperties s)
    {
        const double widthMm = 156, heightMm = 225;
        var sample = c.Anatomy.Body.FirstOrDefault(b => !Patterns.Level1().IsMatch(b.Labelled) && b.Main is not null);
        if (sample is null) return;
        var grid = s.GetFirstChild<DocGrid>();
        var type = grid?.Type?.InnerText ?? "default";
        var gridLines = type is "lines" or "linesAndChars" or "snapToChars";
        var pitch = sample.Look.LineRule == "exact" && sample.Look.Line is { } exact ? exact
            : gridLines && sample.Look.SnapToGrid && (sample.Look.Line ?? 240) <= 240 ? grid?.LinePitch?.Value : null;
        var heightTwips = heightMm * TwipsPerMm;
        if (pitch is not { } p || p <= 0 || Math.Round(heightTwips / p) != Lines)
            c.Add(CheckRules.Lines, sample.Place, pitch is { } q && q > 0
                ? $"每面排 {heightTwips / q:0.#} 行，应为 22 行（行距 {q / 20.0:0.##} 磅，应约为 {heightTwips / Lines / 20:0.##} 磅；或文档网格“只指定行网格”每页 22 行）"
                : "未设定每面 22 行：正文应使用固定行距或文档网格（每页 22 行）");
        var charPitch = BodyPoints + sample.Main!.Spacing / 20.0
            + (type is "linesAndChars" or "snapToChars" ? (grid?.CharacterSpace?.Value ?? 0) / 4096.0 : 0);
        var perLine = Math.Floor(widthMm * TwipsPerMm / 20 / charPitch + 0.01);
        if (perLine != Characters)
            c.Add(CheckRules.Characters, sample.Place,
                $"三号字每行排 {perLine} 个字，应为 28 个（字符间距 {sample.Main.Spacing / 20.0:0.##} 磅，宜为 -0.25 磅，或文档网格每行 28 字）");
    }
}
