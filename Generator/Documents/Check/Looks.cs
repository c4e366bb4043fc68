using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>A run's effective look, after docDefaults, table style, paragraph style, character style and direct formatting.</summary>
/// <param name="EastAsiaFont">The font for Chinese characters (theme fonts resolved).</param>
/// <param name="AsciiFont">The font for Latin letters and digits.</param>
/// <param name="HalfPoints">w:sz, in half-points.</param>
/// <param name="Color">w:color (hex, or "auto"), null when black by default.</param>
/// <param name="Spacing">Character spacing (w:spacing), in twentieths of a point.</param>
internal sealed record RunLook(string? EastAsiaFont, string? AsciiFont, int? HalfPoints, string? Color, int Spacing)
{
    /// <summary>The size in points (Word's default 10 pt when nothing says).</summary>
    public double Points => (HalfPoints ?? 20) / 2.0;

    /// <summary>True when the colour is a red (the 标志 and the 版头 rule are red).</summary>
    public bool IsRed => Colors.IsRed(Color);
}

/// <summary>A paragraph border side: its line style, width (w:sz, eighth-points) and colour.</summary>
internal sealed record BorderLook(string Style, int EighthPoints, string? Color)
{
    /// <summary>True unless the side is "none"/"nil" or zero width.</summary>
    public bool Visible => Style is not ("none" or "nil") && EighthPoints > 0;

    /// <summary>The line's thickness in millimetres.</summary>
    public double Millimetres => EighthPoints / 8.0 * 25.4 / 72.0;

    /// <summary>The side of <paramref name="b"/>, or null when it draws nothing.</summary>
    public static BorderLook? Of(BorderType? b)
    {
        if (b is null) return null;
        var look = new BorderLook(b.Val?.InnerText ?? "single", (int)(b.Size?.Value ?? 0), b.Color?.Value);
        return look.Visible ? look : null;
    }
}

/// <summary>A paragraph's effective look (style chain, then direct formatting).</summary>
/// <param name="Alignment">w:jc ("left", "center", "both", …); null means left.</param>
/// <param name="Left">Left indent in twips (chars converted at the paragraph's size by the caller when needed).</param>
/// <param name="Right">Right indent in twips.</param>
/// <param name="LeftChars">Left indent in hundredths of a character, when given that way.</param>
/// <param name="RightChars">Right indent in hundredths of a character, when given that way.</param>
/// <param name="Top">The top border, when one is drawn.</param>
/// <param name="Bottom">The bottom border, when one is drawn.</param>
/// <param name="Line">Line spacing (w:spacing w:line), with its rule.</param>
/// <param name="LineRule">"auto", "exact" or "atLeast".</param>
/// <param name="SnapToGrid">False when the paragraph ignores the document grid.</param>
internal sealed record ParagraphLook(string? Alignment, int Left, int Right, int? LeftChars, int? RightChars,
    BorderLook? Top, BorderLook? Bottom, int? Line, string LineRule, bool SnapToGrid)
{
    /// <summary>True when centred.</summary>
    public bool Centred => Alignment is "center";

    /// <summary>True when set flush right.</summary>
    public bool RightAligned => Alignment is "right" or "end";

    /// <summary>True when set flush left (or not aligned at all).</summary>
    public bool LeftAligned => Alignment is null or "left" or "start" or "both" or "distribute";

    /// <summary>The paragraph's shading fill (RRGGBB, "auto"), when it has one.</summary>
    public string? Fill { get; init; }

    /// <summary>
    /// An empty paragraph filled black and exactly as high as a rule is thick (at most 2 pt) draws a rule across its
    /// width: the 版记 rules of a frame, where LibreOffice drops paragraph borders. Its thickness as a border width.
    /// </summary>
    public BorderLook? FilledRule => Fill is { Length: 6 } f && f.All(c => c is '0' or '1' or '2') && LineRule == "exact" && Line is > 0 and <= 40
        ? new BorderLook("single", (int)Math.Round(Line.Value * 8 / 20.0), "000000") : null;
}

/// <summary>Colour names as OOXML writes them.</summary>
internal static class Colors
{
    /// <summary>True when <paramref name="hex"/> (RRGGBB) is a clear red.</summary>
    public static bool IsRed(string? hex)
    {
        if (hex is null || hex.Length != 6 || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var v)) return string.Equals(hex, "red", StringComparison.OrdinalIgnoreCase);
        int r = v >> 16, g = (v >> 8) & 0xFF, b = v & 0xFF;
        return r >= 0xC0 && g <= 0x50 && b <= 0x50;
    }
}
