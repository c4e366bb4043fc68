namespace OfficeTools.Documents.Check;

/// <summary>The form GB/T 9704 asks of every date it names (成文日期 §7.3.5.4, 印发日期 §7.4.3): Arabic, full year, no zero padding.</summary>
internal static class DateForm
{
    /// <summary>Checks <paramref name="date"/> (a whole date, e.g. 2014年12月15日) found in <paramref name="b"/>.</summary>
    public static void Check(CheckContext c, Block b, string date, string element, CheckRule numerals, CheckRule year, CheckRule padding)
    {
        var m = Patterns.Date().Match(date);
        if (!m.Success) return;
        string y = m.Groups["y"].Value, mo = m.Groups["m"].Value, d = m.Groups["d"].Value;
        if (!(y + mo + d).All(char.IsAsciiDigit))
        {
            c.Add(numerals, b.Place, $"{element}应用阿拉伯数字将年、月、日标全（如 2014年12月15日），此处为“{date}”");
            return;
        }
        if (y.Length != 4)
            c.Add(year, b.Place, $"{element}的年份应标全称（如 2014），此处为“{y}”");
        if (mo.StartsWith('0') || d.StartsWith('0'))
            c.Add(padding, b.Place, $"{element}的月、日不编虚位（1 不编为 01），此处为“{date}”");
    }
}
