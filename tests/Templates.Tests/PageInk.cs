using System.Text;

namespace OfficeTools.Templates.Tests;

/// <summary>
/// A rendered page (pdftoppm's binary PPM at <see cref="Dpi"/>) read for where its ink is: the rows holding red and
/// black pixels, in millimetres from the paper's top edge, so tests measure the layout as a reader sees it.
/// </summary>
public sealed class PageInk
{
    /// <summary>The resolution pages are rendered at: 0.127 mm a pixel.</summary>
    public const int Dpi = 200;

    readonly int[] red, black;
    readonly int width;

    PageInk(int width, int[] red, int[] black) => (this.width, this.red, this.black) = (width, red, black);

    /// <summary>Reads a P6 PPM.</summary>
    public static PageInk FromPpm(byte[] ppm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)ppm[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)ppm[at])) at++;
            return Encoding.ASCII.GetString(ppm, start, at - start);
        }
        if (Token() != "P6") throw new InvalidDataException("not a binary PPM");
        int w = int.Parse(Token()), h = int.Parse(Token());
        _ = Token();
        at++; // the single whitespace after the maximum value
        var red = new int[h];
        var black = new int[h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var i = at + (y * w + x) * 3;
                byte r = ppm[i], g = ppm[i + 1], b = ppm[i + 2];
                if (r > 200 && g < 80 && b < 80) red[y]++;
                else if (r < 100 && g < 100 && b < 100) black[y]++;
            }
        return new PageInk(w, red, black);
    }

    static double Mm(int row) => row * 25.4 / Dpi;

    /// <summary>The first row with red ink: the top edge of the 发文机关标志.</summary>
    public double FirstRedMm => Mm(Array.FindIndex(red, n => n > 0));

    /// <summary>The top of the first red rule at least <paramref name="minWidthMm"/> wide (the separator under the 发文字号).</summary>
    public double RedRuleMm(double minWidthMm) => Mm(RuleRow(minWidthMm));

    int RuleRow(double minWidthMm) => Array.FindIndex(red, n => n >= minWidthMm / 25.4 * Dpi);

    /// <summary>The lowest black ink above the red rule: the bottom edge of the 发文字号's characters.</summary>
    public double LastBlackAboveRuleMm(double minWidthMm)
    {
        var rule = RuleRow(minWidthMm);
        return Mm(Array.FindLastIndex(black, rule, rule, n => n > 0));
    }

    /// <summary>The black rules at least <paramref name="minWidthMm"/> wide, top to bottom: each its top and bottom edge.</summary>
    public IReadOnlyList<(double TopMm, double BottomMm)> BlackRulesMm(double minWidthMm)
    {
        var min = minWidthMm / 25.4 * Dpi;
        var rules = new List<(double, double)>();
        for (var y = 0; y < black.Length; y++)
        {
            if (black[y] < min) continue;
            var top = y;
            while (y + 1 < black.Length && black[y + 1] >= min) y++;
            rules.Add((Mm(top), Mm(y + 1)));
        }
        return rules;
    }
}
