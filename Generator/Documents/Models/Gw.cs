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

    /// <summary>A rate as a percentage rounded to one decimal, the decimal left out when it is 0: 85.3%, 100%, 50%.</summary>
    public static string Rate(double rate) =>
        Math.Round(rate * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Quotes a text the mainland way: “…”, with quotes inside it turned into ‘…’ and 「」 into “”.</summary>
    public static string Quote(string text) =>
        "“" + text.Replace('“', '‘').Replace('”', '’').Replace('「', '‘').Replace('」', '’') + "”";

    /// <summary>A problem text cut down to its first clause (up to the first ，；。), for naming it in a sentence.</summary>
    public static string Condense(string text)
    {
        var t = text.Trim().TrimEnd('。', '；', '，');
        var cut = t.IndexOfAny(['，', '；', '。', ',', ';']);
        return cut > 3 ? t[..cut] : t;
    }

    /// <summary>Makes sure a text ends with <paramref name="mark"/> (抄送 ends in 。, 主送 in ：).</summary>
    public static string EndWith(string text, char mark) =>
        text.Length == 0 || text[^1] == mark ? text : text.TrimEnd('。', '：', ':', '.', ';', '；') + mark;
}
