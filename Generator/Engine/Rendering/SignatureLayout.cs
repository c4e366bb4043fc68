using System.Text;

namespace OfficeTools.Engine.Rendering;

/// <summary>
/// Where GB/T 9704 §7.3.5 puts the 发文机关署名 and the 成文日期 on a line of the 版心, as leading spaces that a
/// left-aligned paragraph starts with (<c>gw.signature_lead</c> and <c>gw.date_lead</c>).
/// </summary>
/// <remarks>
/// The positions depend on the two texts' lengths, which only the data knows, so they are set by the text itself: full-width
/// spaces (U+3000) take one character of the 28-character grid, an en space (U+2002) half of one, as digits and Latin
/// letters do. A clerk who edits the signature in Word sees ordinary spaces in front of it.
/// <list type="bullet">
/// <item>Sealed (加盖印章): the date ends four characters from the right edge, and the signature is centred over the date
/// (a signature too long for that ends at the right edge).</item>
/// <item>Unsealed: the signature ends two characters from the right edge and the date starts two characters to the right of
/// the signature's start; when the date is the longer, it ends two characters from the right edge and the signature moves
/// left with it.</item>
/// </list>
/// </remarks>
internal static class SignatureLayout
{
    /// <summary>Characters a 公文 body line holds (GB/T 9704 §5.2.2: 28 characters of 3号).</summary>
    public const int LineChars = 28;

    /// <summary>The leading spaces of the signature line.</summary>
    public static string SignatureLead(string signature, string date, bool sealedDocument) =>
        Spaces(Starts(Width(signature), Width(date), sealedDocument).Signature);

    /// <summary>The leading spaces of the date line.</summary>
    public static string DateLead(string signature, string date, bool sealedDocument) =>
        Spaces(Starts(Width(signature), Width(date), sealedDocument).Date);

    /// <summary>The two lines' starting columns, in characters from the left edge of the 版心.</summary>
    static (double Signature, double Date) Starts(double signature, double date, bool sealedDocument)
    {
        if (sealedDocument)
        {
            var dateStart = LineChars - 4 - date;
            return (Math.Clamp(dateStart + (date - signature) / 2, 0, Math.Max(0, LineChars - signature)), dateStart);
        }
        var start = Math.Max(0, Math.Min(LineChars - 2 - signature, LineChars - 2 - date - 2));
        return (start, start + 2);
    }

    /// <summary>
    /// Width in characters of the grid: half a character for ASCII and half-width forms, one for the rest, and a fifth of
    /// one where Chinese meets a digit or a Latin letter: Word (w:autoSpaceDN, w:autoSpaceDE, on by default) and
    /// LibreOffice both set that much extra space there (measured on LibreOffice's PDF: 1.1 mm at 3号), and LibreOffice
    /// does not read the settings that would turn it off.
    /// </summary>
    public static double Width(string text)
    {
        var w = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            w += IsHalf(c) ? 0.5 : 1;
            if (i > 0 && (IsAlphanumeric(c) && IsIdeograph(text[i - 1]) || IsIdeograph(c) && IsAlphanumeric(text[i - 1]))) w += 0.2;
        }
        return w;
    }

    static bool IsHalf(char c) => c is < '\u0100' or (>= '\uFF61' and <= '\uFFDC') or '\u2002';

    static bool IsAlphanumeric(char c) => c < '\u0100' && char.IsLetterOrDigit(c);

    static bool IsIdeograph(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    static string Spaces(double width)
    {
        // round to the nearest half character
        var halves = (int)Math.Round(width * 2, MidpointRounding.AwayFromZero);
        return new StringBuilder().Append('\u3000', halves / 2).Append(halves % 2 == 1 ? "\u2002" : "").ToString();
    }
}
