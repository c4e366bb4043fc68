using OfficeTools.TemplateBuilder.Ooxml;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The GB/T 9704 elements every document shares: 版头, 标题, 主送, 署名 and 成文日期, 附件 label, 版记.</summary>
public static class Gongwen
{
    /// <summary>版头: red 发文机关标志, then 发文字号 two lines below with the red separator 4 mm under it.</summary>
    /// <remarks>
    /// The 标志 must stay on one line of the 156 mm 版心 whatever the office's name, so the template picks the
    /// size from the name's length (<paramref name="suffix"/> counted too): 小初 up to 12 characters, then smaller.
    /// </remarks>
    public static string Masthead(string office, string suffix, string docNo)
    {
        var length = $"(string.size {office}) + {suffix.Length}";
        var text = "{{ " + office + " }}" + suffix;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < MastheadSizes.Length; i++)
        {
            var (maxChars, size) = MastheadSizes[i];
            sb.Append(Block(i == 0 ? $"{{{{ if {length} <= {maxChars} }}}}" : $"{{{{ else if {length} <= {maxChars} }}}}"));
            sb.Append(MastheadLine(text, size));
        }
        sb.Append(Block("{{ else }}")).Append(MastheadLine(text, MastheadSmallest)).Append(Block("{{ end }}"));
        return sb + PT("GwDocNo", docNo);
    }

    /// <summary>The 版心 top to the top edge of the 标志's characters: 35 mm (GB/T 9704 §7.2.4), in twips.</summary>
    public const int MastheadTop = 1984;

    // A line of single spacing starts above the characters by part of the font's ascent: 0.30 em with the CJK serif
    // the product's PDFs use for 小标宋 (measured: 2.9 mm at 27 pt). The space before is cut by that much, so that the
    // characters themselves, not their line, begin 35 mm below the 版心 top.
    static string MastheadLine(string text, int halfPoints) =>
        P("GwMasthead", R(text, Ooxml.Fonts.Sz(halfPoints)), $"<w:spacing w:before=\"{MastheadTop - (int)Math.Round(halfPoints / 2.0 * 20 * 0.30)}\"/>");

    /// <summary>标志 sizes (half-points) by the longest name that still fits 442 pt at that size.</summary>
    public static readonly (int MaxChars, int HalfPoints)[] MastheadSizes = [(12, 72), (14, 62), (16, 54), (18, 48), (20, 44)];

    /// <summary>The 标志 size for longer names (they may wrap).</summary>
    public const int MastheadSmallest = 40;

    /// <summary>标题 (2号小标宋, centred, two lines below the red line).</summary>
    public static string Title(string text) => PT("GwTitle", text);

    /// <summary>A 标题 from the data: <c>gw.title</c> breaks it between words into a trapezoid when one line is too short.</summary>
    public static string TitleOf(string expression) => PT("GwTitle", "{{ gw.title " + expression + " }}");

    /// <summary>主送机关, flush left; the text ends with a full-width colon.</summary>
    public static string Recipient(string text) => PT("GwRecipient", text);

    /// <summary>A body paragraph (3号仿宋, first line indented two characters).</summary>
    public static string Body(string text) => PT("Normal", text);

    /// <summary>A level-1 heading (一、 黑体).</summary>
    public static string Heading1(string text) => PT("GwHeading1", text);

    /// <summary>A level-2 heading (（一） 楷体).</summary>
    public static string Heading2(string text) => PT("GwHeading2", text);

    /// <summary>
    /// 署名 one line below the body and 成文日期 under it, placed by GB/T 9704 §7.3.5 for a sealed or an unsealed document
    /// (<paramref name="sealedDocument"/> an expression): <c>gw.signature_lead</c> and <c>gw.date_lead</c> give the
    /// leading spaces, since the positions depend on both texts' lengths. The arguments are Scriban expressions.
    /// </summary>
    public static string Signature(string signer, string date, string sealedDocument)
    {
        var args = $"{signer} {date} {sealedDocument}";
        return PT("GwSignature", $"{{{{ gw.signature_lead {args} }}}}{{{{ {signer} }}}}") + PT("GwDate", $"{{{{ gw.date_lead {args} }}}}{{{{ {date} }}}}");
    }

    /// <summary>附件 on a new page: "附件" label (3号黑体, line 1) and its title centred on line 3.</summary>
    public static string AttachmentHead(string label, string title) =>
        PT("GwAttachLabel", label) + PT("GwAttachTitle", title);

    /// <summary>
    /// 版记: 抄送 and 印发机关 + 印发日期 (4号仿宋) in a frame (w:framePr) at the bottom of the 版心, so the last rule lies
    /// on the 版心's bottom edge on the last page; a minimal paragraph after it anchors the frame and ends the body.
    /// The arguments are Scriban expressions (the 印发 line depends on the length of the 印发机关).
    /// </summary>
    /// <remarks>
    /// A frame, not a floating table: Word and LibreOffice both place a frame's paragraphs by <c>yAlign="bottom"</c> on
    /// the page of its anchor and keep the body text clear of it, while LibreOffice 7.4 moves a floating table with
    /// <c>tblpYSpec="bottom"</c> to the top of a page of its own. The rules are empty shaded paragraphs one rule thick,
    /// not paragraph borders: LibreOffice 7.4 imports framed paragraphs that carry borders as plain paragraphs (measured:
    /// the 版记 then follows the body instead of sitting at the foot of the page), and a border would in any case run
    /// only between the text's indents, while the rules span the 156 mm 版心 and the text is one character in.
    /// 印发机关 and the date share one line, the date flush right one character in, through a right tab; a 印发机关 too
    /// long to leave room for the date is followed by a line break, so the date stands flush right on the next line
    /// instead of being split.
    /// </remarks>
    public static string Colophon(string? copyTo, string printedBy, string printDate)
    {
        var printed = Framed(
            R("{{ " + printedBy + " }}") + R($"{{{{ if (string.size {printedBy}) > {PrintedByOnOneLine} }}}}") + Br() + R("{{ end }}") +
            Tab() + R("{{ " + printDate + " }}印发"),
            $"<w:tabs><w:tab w:val=\"right\" w:pos=\"{TextWidth - OneChar}\"/></w:tabs><w:ind w:left=\"{OneChar}\" w:right=\"{OneChar}\"/>");
        // without 抄送 (a notice to one unit, copied to nobody) the 版记 is the 印发 line between its first and last rules (§7.4.1)
        if (copyTo is null) return Rule(ThickRule) + printed + Rule(ThickRule) + P("GwTail", "");
        var copy = Framed(R("抄送：{{ " + copyTo + " }}"), $"<w:ind w:left=\"{OneChar * 4}\" w:right=\"{OneChar}\" w:hanging=\"{OneChar * 3}\"/>");
        return Rule(ThickRule) + copy + Rule(ThinRule) + printed + Rule(ThickRule) + P("GwTail", "");
    }

    /// <summary>One character of 4号 (14 pt), in twips: the 版记's text is this far in from each side.</summary>
    const int OneChar = 280;

    /// <summary>
    /// The longest 印发机关 that leaves room on its line for the widest 印发日期 and half a character's gap. The line holds
    /// 414 pt (156 mm less a character each side); "2014年12月29日印发" takes 155 pt in LibreOffice's rendering (its digits
    /// are wider than a Times digit, and it adds a quarter em between Chinese and digits), so 18 characters of 14 pt fit.
    /// </summary>
    public const int PrintedByOnOneLine = 18;

    /// <summary>The 版记's first and last rules, 0.35 mm, and the rule between, 0.25 mm, in twips (20 a point).</summary>
    public const int ThickRule = 20, ThinRule = 14;

    /// <summary>The frame every 版记 paragraph shares: full 版心 width, at the bottom of the margin area, text above it.</summary>
    const string ColophonFrame =
        "<w:framePr w:w=\"8844\" w:wrap=\"notBeside\" w:vAnchor=\"margin\" w:hAnchor=\"margin\" w:xAlign=\"center\" w:yAlign=\"bottom\"/>";

    static string Framed(string runs, string pPr) => P("GwColophon", runs, ColophonFrame + pPr);

    // A 版记 rule: an empty paragraph exactly as high as the rule is thick, filled black across the 版心.
    static string Rule(int twips) => P("GwColophonRule", "",
        ColophonFrame + $"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"000000\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{twips}\" w:lineRule=\"exact\"/>");
}
