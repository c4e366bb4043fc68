using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>页码 (§7.5): "— 1 —" in 四号宋体, odd pages right and even pages left, one character in.</summary>
internal static class PageNumberChecks
{
    const double Points = 14;
    // One character of the 四号 page number is 280 twips; a 三号 character (320) is as good a reading of 空一字.
    const int OneCharMin = 240, OneCharMax = 340;

    /// <summary>Runs the page-number checks on the footers of the main section.</summary>
    public static void Run(CheckContext c)
    {
        if (c.Section is not { } section) return;
        var evenAndOdd = c.Main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>() is { } eo && (eo.Val?.Value ?? true);
        var odd = Footer(c, section, HeaderFooterValues.Default, evenAndOdd ? "页脚（奇数页）" : "页脚");
        if (odd is null)
        {
            c.Add(CheckRules.NoPageNumber, new FindingPlace(CheckContext.BodyPart, "页脚"), "页脚中没有页码（PAGE 域）：公文应在版心下边缘之下编排页码");
            return;
        }
        Number(c, odd);
        if (!evenAndOdd)
        {
            c.Add(CheckRules.PageNumberSides, new FindingPlace("word/settings.xml", "文档设置"),
                "未设置“奇偶页不同”（w:evenAndOddHeaders）：单页码应居右空一字，双页码应居左空一字");
            return;
        }
        if (!odd.Look.RightAligned || !OneChar(odd.Look.Right, odd.Look.RightChars))
            c.Add(CheckRules.PageNumberPlace, odd.Place, "单页码应居右空一字（右对齐，右缩进一个字）");
        var even = Footer(c, section, HeaderFooterValues.Even, "页脚（偶数页）");
        if (even is null)
        {
            c.Add(CheckRules.NoPageNumber, new FindingPlace(CheckContext.BodyPart, "页脚（偶数页）"), "偶数页页脚中没有页码（PAGE 域）");
            return;
        }
        Number(c, even);
        if (!even.Look.LeftAligned || even.Look.Alignment is "both" or "distribute" || !OneChar(even.Look.Left, even.Look.LeftChars))
            c.Add(CheckRules.PageNumberPlace, even.Place, "双页码应居左空一字（左对齐，左缩进一个字）");
    }

    static void Number(CheckContext c, Block b)
    {
        var shown = b.Text.Trim();
        if (!Form(b.Compact))
            c.Add(CheckRules.PageNumberForm, b.Place, $"页码应写作“— 1 —”（数字左右各放一条一字线），此处为“{shown}”");
        if (TypeChecks.WrongSize(b, Points) is { } s)
            c.Add(CheckRules.PageNumberSize, b.Place, $"页码应为四号字（14磅），{TypeChecks.SizeWas(s)}");
        // Digits are drawn in the ascii font; a Chinese-only font setting does not reach them.
        if (b.Inked.FirstOrDefault(r => Typefaces.Of(r.Look.AsciiFont ?? r.Look.EastAsiaFont) != Typeface.Song) is { } f)
            c.Add(CheckRules.PageNumberFont, b.Place, $"页码应使用半角宋体阿拉伯数字，此处为「{Typefaces.Shown(f.Look.AsciiFont ?? f.Look.EastAsiaFont)}」");
    }

    static bool Form(string compact) =>
        compact.Length >= 2 && compact[0] is '—' or '―' && compact[^1] is '—' or '―' && compact[1..^1].All(char.IsAsciiDigit);

    static bool OneChar(int twips, int? chars) => chars is { } ch && ch > 0 ? ch is >= 80 and <= 120 : twips is >= OneCharMin and <= OneCharMax;

    /// <summary>The paragraph holding the PAGE field in the section's footer of this type, or null.</summary>
    static Block? Footer(CheckContext c, SectionProperties section, HeaderFooterValues type, string label)
    {
        var reference = section.Elements<FooterReference>().FirstOrDefault(r => (r.Type?.Value ?? HeaderFooterValues.Default) == type);
        if (reference?.Id?.Value is not { } id || !c.Main.TryGetPartById(id, out var p) || p is not FooterPart part || part.Footer is not { } footer) return null;
        var blocks = DocumentMap.Read(footer, c.Styles, part.Uri.OriginalString.TrimStart('/'), label);
        return blocks.FirstOrDefault(b => b.Element.Descendants<FieldCode>().Any(f => IsPage(f.Text))
            || b.Element.Descendants<SimpleField>().Any(f => IsPage(f.Instruction?.Value)));
    }

    static bool IsPage(string? instruction) =>
        instruction?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } word
        && word.Equals("PAGE", StringComparison.OrdinalIgnoreCase);
}
