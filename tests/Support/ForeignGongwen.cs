using System.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace OfficeTools.Testing;

/// <summary>
/// A 公文 the way a person makes one in Word, not from our templates: Word's zh-CN style ids ("a" for Normal),
/// theme fonts in docDefaults at 五号, every paragraph formatted directly, runs split with rsids, fonts given as
/// w:rFonts eastAsia/ascii/hint, the 版记 drawn as paragraph borders. Options plant one deviation at a time.
/// </summary>
public static class ForeignGongwen
{
    /// <summary>What to write; the defaults conform to GB/T 9704-2012.</summary>
    public sealed record Options
    {
        /// <summary>Left margin in twips (28 mm = 1588).</summary>
        public int LeftMargin { get; init; } = 1588;
        /// <summary>The 发文字号 in three pieces (Word splits them into runs).</summary>
        public string[] DocNumber { get; init; } = ["某政发", "〔2014〕", "12号"];
        /// <summary>The 成文日期.</summary>
        public string Date { get; init; } = "2014年12月15日";
        /// <summary>The title's font.</summary>
        public string TitleFont { get; init; } = "方正小标宋简体";
        /// <summary>The size (half-points) of the first plain body paragraph (paragraph 9).</summary>
        public int FirstBodySize { get; init; } = 32;
        /// <summary>The dashes either side of the odd pages' number.</summary>
        public bool Dashes { get; init; } = true;
        /// <summary>The red rule under the 发文字号.</summary>
        public bool RedRule { get; init; } = true;
        /// <summary>The width (w:sz, eighth-points) of the 版记's first rule (above 抄送).</summary>
        public int FirstColophonRule { get; init; } = 8;
        /// <summary>Top margin in twips (37 mm = 2098).</summary>
        public int TopMargin { get; init; } = 2098;
        /// <summary>The 标志's colour.</summary>
        public string MastheadColor { get; init; } = "FF0000";
        /// <summary>The font of the first-level heading (一、).</summary>
        public string Level1Font { get; init; } = "黑体";
        /// <summary>The font of the second-level heading (（一）).</summary>
        public string Level2Font { get; init; } = "楷体_GB2312";
        /// <summary>The East Asian font of the first plain body paragraph (paragraph 9).</summary>
        public string FirstBodyFont { get; init; } = "仿宋_GB2312";
        /// <summary>The two lines of the 附件说明.</summary>
        public string[] AttachmentNote { get; init; } = ["附件：1.整改落实情况统计表", "2.整改任务清单"];
        /// <summary>The 印发日期 on the 印发 line.</summary>
        public string PrintDate { get; init; } = "2014年12月15日";
        /// <summary>The 抄送 line.</summary>
        public string CopyTo { get; init; } = "抄送：县委办公室，县人大常委会办公室。";
        /// <summary>w:evenAndOddHeaders in the settings.</summary>
        public bool EvenAndOdd { get; init; } = true;
        /// <summary>The odd pages' number size (half-points).</summary>
        public int PageNumberSize { get; init; } = 28;
        /// <summary>When set, the title takes its font from this character style (a5, 方正小标宋简体) instead of direct w:rFonts.</summary>
        public bool TitleFontFromCharacterStyle { get; init; }
        /// <summary>The 标志 in a VML text box anchored in paragraph 1 (as many offices' Word templates have it).</summary>
        public bool MastheadInTextBox { get; init; }
        /// <summary>The red rule drawn as a VML line in the paragraph after the 发文字号 instead of a border.</summary>
        public bool RedRuleDrawn { get; init; }
        /// <summary>The 一、 and （一） labels from Word's automatic numbering (a numbering part) instead of typed.</summary>
        public bool HeadingsByListNumbering { get; init; }
        /// <summary>A paragraph after the 版记 (paragraph 20), when not null.</summary>
        public string? AfterColophon { get; init; }
    }

    /// <summary>Paragraph numbers (outside tables) of the elements, as the checker counts them.</summary>
    public static class Paragraphs
    {
        /// <summary>发文机关标志.</summary>
        public const int Masthead = 1;
        /// <summary>发文字号 (with the red rule as its bottom border).</summary>
        public const int DocNumber = 4;
        /// <summary>标题.</summary>
        public const int Title = 7;
        /// <summary>The first plain body paragraph.</summary>
        public const int FirstBody = 9;
        /// <summary>成文日期.</summary>
        public const int Date = 17;
        /// <summary>一、.</summary>
        public const int Level1 = 10;
        /// <summary>（一）.</summary>
        public const int Level2 = 12;
        /// <summary>附件说明.</summary>
        public const int AttachmentNote = 14;
        /// <summary>附件说明's second name.</summary>
        public const int AttachmentNote2 = 15;
        /// <summary>抄送.</summary>
        public const int CopyTo = 18;
        /// <summary>印发机关和印发日期.</summary>
        public const int PrintedBy = 19;
        /// <summary>The paragraph after the 版记, when there is one.</summary>
        public const int AfterColophon = 20;
    }

    /// <summary>The package's bytes.</summary>
    public static byte[] Create(Options? options = null)
    {
        var o = options ?? new Options();
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(StylesXml);
            main.AddNewPart<ThemePart>().Theme = Theme();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(o.EvenAndOdd ? SettingsXml : SettingsXml.Replace("<w:evenAndOddHeaders/>", "", StringComparison.Ordinal));
            var odd = main.AddNewPart<FooterPart>();
            odd.Footer = new Footer(FooterXml("right", o.Dashes, o.PageNumberSize));
            var even = main.AddNewPart<FooterPart>();
            even.Footer = new Footer(FooterXml("left", true, 28));
            if (o.HeadingsByListNumbering) main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(NumberingXml);
            main.Document = new Document(DocumentXml(o, main.GetIdOfPart(odd), main.GetIdOfPart(even)));
        }
        return ms.ToArray();
    }

    const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";
    const string FangSong = "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    static string Run(string fonts, int size, string text, string rsid = "00A1B2C3", string extra = "") =>
        $"<w:r w:rsidR=\"{rsid}\"><w:rPr>{fonts}{extra}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    static string Fonts(string face) => $"<w:rFonts w:ascii=\"{face}\" w:eastAsia=\"{face}\" w:hAnsi=\"{face}\" w:hint=\"eastAsia\"/>";

    static string Para(string pPr, params string[] runs) =>
        $"<w:p w:rsidR=\"00D4E5F6\" w:rsidRDefault=\"00D4E5F6\"><w:pPr>{pPr}</w:pPr>{string.Concat(runs)}</w:p>";

    static string Heading(Options o, int level, string fonts, string label, string text) => o.HeadingsByListNumbering
        ? Para($"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", Run(fonts, 32, text))
        : Para("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", Run(fonts, 32, label + text));

    const string NumberingXml =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    static string Box(string paragraph) =>
        "<w:r><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>" +
        "<v:shape id=\"_x0000_s1026\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:0;margin-top:0;width:442.2pt;height:64pt;z-index:2\" stroked=\"f\">" +
        $"<v:textbox><w:txbxContent>{paragraph}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";

    static string Empty => "<w:p w:rsidR=\"00D4E5F6\" w:rsidRDefault=\"00D4E5F6\"/>";

    static string EastAsia(string face) => $"<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"{face}\" w:hAnsi=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    static string Body(string text, int size = 32, string face = FangSong) =>
        Para("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", Run(face, size, text[..2], "00C1D2E3", "<w:spacing w:val=\"-5\"/>"), Run(face, size, text[2..], "00A1B2C3", "<w:spacing w:val=\"-5\"/>"));

    static string Plain(string pPr, string text, int size = 32) => Para(pPr, Run(FangSong, size, text, extra: "<w:spacing w:val=\"-5\"/>"));

    static string DocumentXml(Options o, string oddId, string evenId)
    {
        var masthead = Para("<w:jc w:val=\"center\"/>", Run(Fonts("方正小标宋简体"), 72, "某某县", extra: $"<w:color w:val=\"{o.MastheadColor}\"/>"), Run(Fonts("方正小标宋简体"), 72, "人民政府文件", "00C1D2E3", $"<w:color w:val=\"{o.MastheadColor}\"/>"));
        var redRule = o.RedRule && !o.RedRuleDrawn ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"FF0000\"/></w:pBdr>" : "";
        var colophonInd = "<w:ind w:left=\"280\" w:right=\"280\"/>";
        string[] body =
        [
            o.MastheadInTextBox ? Para("", Box(masthead)) : masthead,
            Empty, Empty,
            Para(redRule + "<w:jc w:val=\"center\"/>", [.. o.DocNumber.Select((t, i) => Run(FangSong, 32, t, i % 2 == 0 ? "00A1B2C3" : "00C1D2E3"))]),
            o.RedRuleDrawn ? Para("", "<w:r><w:pict><v:line id=\"_x0000_s1027\" style=\"position:absolute;z-index:1\" from=\"0,0\" to=\"442.2pt,0\" strokecolor=\"red\" strokeweight=\"1.5pt\"/></w:pict></w:r>") : Empty,
            Empty,
            Para("<w:jc w:val=\"center\"/>", Run(o.TitleFontFromCharacterStyle ? "<w:rStyle w:val=\"a5\"/>" : Fonts(o.TitleFont), 44, "关于开展整改落实情况“回头看”的通知")),
            Plain("", "各乡镇人民政府，县直各单位："),
            Body("为巩固党的群众路线教育实践活动成果，县委决定在全县开展整改落实情况“回头看”。现将有关事项通知如下。", o.FirstBodySize, EastAsia(o.FirstBodyFont)),
            Heading(o, 0, EastAsia(o.Level1Font), "一、", "总体要求"),
            Body("以整改方案为依据，逐条逐项检查整改措施落实情况，做到问题不解决不松手、整改不到位不罢休。"),
            Heading(o, 1, EastAsia(o.Level2Font), "（一）", "工作目标"),
            Body("各单位于2014年12月31日前完成自查，县委督查组随后开展抽查。"),
            Plain("<w:ind w:left=\"1600\" w:leftChars=\"500\" w:hanging=\"960\" w:hangingChars=\"300\"/>", o.AttachmentNote[0]),
            Plain("<w:ind w:left=\"1600\" w:leftChars=\"500\"/>", o.AttachmentNote[1]),
            Plain("<w:spacing w:before=\"579\"/><w:ind w:right=\"640\" w:rightChars=\"200\"/><w:jc w:val=\"right\"/>", "某某县人民政府"),
            Plain("<w:ind w:right=\"1280\" w:rightChars=\"400\"/><w:jc w:val=\"right\"/>", o.Date),
            Para($"<w:pBdr><w:top w:val=\"single\" w:sz=\"{o.FirstColophonRule}\" w:space=\"1\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>{colophonInd}",
                Run(FangSong, 28, o.CopyTo)),
            Para($"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>{colophonInd}",
                Run(FangSong, 28, "某某县人民政府办公室"), Run(FangSong, 28, $"　　　　　　　　{o.PrintDate}印发", "00C1D2E3")),
        ];
        if (o.AfterColophon is { } after) body = [.. body, Plain("", after)];
        var sect = $"<w:sectPr w:rsidR=\"00D4E5F6\"><w:footerReference w:type=\"even\" r:id=\"{evenId}\"/><w:footerReference w:type=\"default\" r:id=\"{oddId}\"/>" +
            $"<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"{o.TopMargin}\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"{o.LeftMargin}\" w:header=\"851\" w:footer=\"1247\" w:gutter=\"0\"/>" +
            "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";
        return $"<w:document {W}><w:body>{string.Concat(body)}{sect}</w:body></w:document>";
    }

    static string FooterXml(string side, bool dashes, int size)
    {
        var song = "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:hint=\"eastAsia\"/>";
        string R(string inner) => $"<w:r><w:rPr>{song}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr>{inner}</w:r>";
        var ind = side == "right" ? "<w:ind w:right=\"280\"/>" : "<w:ind w:left=\"280\"/>";
        return $"<w:ftr {W}><w:p><w:pPr><w:pStyle w:val=\"a3\"/>{ind}<w:jc w:val=\"{side}\"/></w:pPr>" +
            (dashes ? R("<w:t xml:space=\"preserve\">— </w:t>") : "") +
            R("<w:fldChar w:fldCharType=\"begin\"/>") + R("<w:instrText xml:space=\"preserve\"> PAGE   \\* MERGEFORMAT </w:instrText>") +
            R("<w:fldChar w:fldCharType=\"separate\"/>") + R("<w:t>2</w:t>") + R("<w:fldChar w:fldCharType=\"end\"/>") +
            (dashes ? R("<w:t xml:space=\"preserve\"> —</w:t>") : "") + "</w:p></w:ftr>";
    }

    const string StylesXml =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/>" +
        "<w:kern w:val=\"2\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:style>" +
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"a0\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"a\"/><w:link w:val=\"a4\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4153\"/><w:tab w:val=\"right\" w:pos=\"8306\"/></w:tabs><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"a4\"><w:name w:val=\"页脚 字符\"/><w:basedOn w:val=\"a0\"/><w:link w:val=\"a3\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"a5\"><w:name w:val=\"标题 字符\"/><w:basedOn w:val=\"a0\"/><w:uiPriority w:val=\"1\"/><w:qFormat/><w:rPr><w:rFonts w:ascii=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\" w:hAnsi=\"方正小标宋简体\"/></w:rPr></w:style>" +
        "</w:styles>";

    const string SettingsXml =
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:zoom w:percent=\"100\"/><w:evenAndOddHeaders/>" +
        "<w:drawingGridVerticalSpacing w:val=\"579\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>" +
        "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>" +
        "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        "<w:rsids><w:rsidRoot w:val=\"00D4E5F6\"/><w:rsid w:val=\"00A1B2C3\"/><w:rsid w:val=\"00C1D2E3\"/><w:rsid w:val=\"00D4E5F6\"/></w:rsids>" +
        "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";

    static DocumentFormat.OpenXml.Drawing.Theme Theme()
    {
        A.FontCollectionType Fonts<T>(string latin) where T : A.FontCollectionType, new()
        {
            var f = new T();
            f.Append(new A.LatinFont { Typeface = latin }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" },
                new A.SupplementalFont { Script = "Hans", Typeface = "等线" });
            return f;
        }
        static A.RgbColorModelHex Hex(string v) => new() { Val = v };
        var colors = new A.ColorScheme(
            new A.Dark1Color(Hex("000000")), new A.Light1Color(Hex("FFFFFF")), new A.Dark2Color(Hex("44546A")), new A.Light2Color(Hex("E7E6E6")),
            new A.Accent1Color(Hex("4472C4")), new A.Accent2Color(Hex("ED7D31")), new A.Accent3Color(Hex("A5A5A5")), new A.Accent4Color(Hex("FFC000")),
            new A.Accent5Color(Hex("5B9BD5")), new A.Accent6Color(Hex("70AD47")), new A.Hyperlink(Hex("0563C1")), new A.FollowedHyperlinkColor(Hex("954F72"))) { Name = "Office" };
        return new A.Theme(new A.ThemeElements(
            colors,
            new A.FontScheme((A.MajorFont)Fonts<A.MajorFont>("等线 Light"), (A.MinorFont)Fonts<A.MinorFont>("等线")) { Name = "Office" },
            FormatScheme())) { Name = "Office 主题" };
    }

    static A.FormatScheme FormatScheme()
    {
        A.SolidFill Fill() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });
        A.Outline Line() => new(new A.SolidFill(new A.SchemeColor { Val = A.SchemeColorValues.PhColor })) { Width = 6350 };
        A.EffectStyle Effect() => new(new A.EffectList());
        return new A.FormatScheme(
            new A.FillStyleList(Fill(), Fill(), Fill()),
            new A.LineStyleList(Line(), Line(), Line()),
            new A.EffectStyleList(Effect(), Effect(), Effect()),
            new A.BackgroundFillStyleList(Fill(), Fill(), Fill())) { Name = "Office" };
    }
}
