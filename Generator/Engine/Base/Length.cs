using System.Globalization;

namespace OfficeTools.Engine.Base;

/// <summary>Lengths as people write them ("40mm", "4 cm", "1.5in", "72pt", "120px"), in EMU (914,400 an inch).</summary>
internal static class Length
{
    /// <summary>The length in EMU, or null when the text is not a positive length in a known unit (a bare number is mm).</summary>
    public static long? Emu(string text, bool allowNegative = false)
    {
        var s = text.Trim().ToLowerInvariant();
        var unit = s.TrimStart('-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ');
        var number = s[..^unit.Length].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || double.IsNaN(n)) return null;
        double? emu = unit.Trim() switch
        {
            "" or "mm" or "毫米" => n * 36_000,
            "cm" or "厘米" => n * 360_000,
            "in" => n * 914_400,
            "pt" => n * 12_700,
            "px" => n * 9_525,
            _ => null,
        };
        if (emu is not { } e || (!allowNegative && e <= 0) || Math.Abs(e) > 914_400L * 200) return null;
        return (long)Math.Round(e);
    }
}
