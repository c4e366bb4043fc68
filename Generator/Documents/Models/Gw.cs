using System.Globalization;

namespace OfficeTools.Documents.Models;

/// <summary>公文 formatting of dates, document numbers and rates.</summary>
public static class Gw
{
    /// <summary>2014年12月15日 (Arabic numerals, no leading zeros), as GB/T 9704 writes 成文日期.</summary>
    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A document number: 机关代字〔年份〕序号号, e.g. 青教督〔2014〕17号.</summary>
    public static string DocNo(string code, int year, int serial) => $"{code}〔{year}〕{serial}号";

    /// <summary>A rate as text with one decimal, e.g. 85.3%.</summary>
    public static string Rate(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Makes sure a text ends with <paramref name="mark"/> (抄送 ends in 。, 主送 in ：).</summary>
    public static string EndWith(string text, char mark) =>
        text.Length == 0 || text[^1] == mark ? text : text.TrimEnd('。', '：', ':', '.', ';', '；') + mark;
}
