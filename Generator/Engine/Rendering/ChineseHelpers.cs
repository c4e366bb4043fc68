using System.Globalization;
using System.Text;
using Scriban.Runtime;

namespace OfficeTools.Engine.Rendering;

/// <summary>Helpers for Chinese official documents, exposed to templates as <c>gw</c>.</summary>
internal static class ChineseHelpers
{
    const string Digits = "零一二三四五六七八九";
    const string Upper = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>The <c>gw</c> object: num, level1–4, date, docno, upper, signature_lead, date_lead, title.</summary>
    public static ScriptObject Create()
    {
        var gw = new ScriptObject();
        void One(string name, Func<object?, string> f) => TemplateFunction.Add(gw, name, 1, (_, _, a) => f(a[0]));
        One("num", v => Num(ToLong(v)));
        One("level1", v => Num(ToLong(v)) + "、");
        One("level2", v => "（" + Num(ToLong(v)) + "）");
        One("level3", v => ToLong(v).ToString(CultureInfo.InvariantCulture) + ".");
        One("level4", v => "（" + ToLong(v).ToString(CultureInfo.InvariantCulture) + "）");
        One("date", Date);
        TemplateFunction.Add(gw, "docno", 3, (_, _, a) => $"{Str(a[0])}〔{Str(a[1])}〕{Str(a[2])}号");
        One("upper", v => Money(System.Convert.ToDecimal(v, CultureInfo.InvariantCulture)));
        One("title", v => TitleBreaker.Break(Str(v)));
        TemplateFunction.Add(gw, "signature_lead", 3, (_, _, a) => SignatureLayout.SignatureLead(Str(a[0]), Str(a[1]), Flag(a[2])));
        TemplateFunction.Add(gw, "date_lead", 3, (_, _, a) => SignatureLayout.DateLead(Str(a[0]), Str(a[1]), Flag(a[2])));
        return gw;
    }

    static bool Flag(object? v) => v switch
    {
        bool b => b,
        string s => s.Trim() is "是" or "1" || s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
        null => false,
        _ => System.Convert.ToDouble(v, CultureInfo.InvariantCulture) != 0,
    };

    static string Str(object? v) => System.Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";

    static long ToLong(object? v) => v switch
    {
        null => 0,
        string s => long.Parse(s.Trim(), CultureInfo.InvariantCulture),
        _ => System.Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    /// <summary>An integer in Chinese numerals: 十一, 二十一, 一百零五, 一万零一十.</summary>
    public static string Num(long n)
    {
        if (n == 0) return "零";
        if (n < 0) return "负" + Num(-n);
        string[] units = ["", "万", "亿", "万亿", "亿亿"];
        var groups = new List<long>();
        while (n > 0) { groups.Add(n % 10000); n /= 10000; }
        var sb = new StringBuilder();
        var gap = false;
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            var g = groups[i];
            if (g == 0) { gap = sb.Length > 0; continue; }
            if (sb.Length > 0 && (g < 1000 || gap)) sb.Append('零');
            Section(sb, g, "千百十", Digits);
            sb.Append(units[i]);
            gap = false;
        }
        var s = sb.ToString();
        return s.StartsWith("一十", StringComparison.Ordinal) ? s[1..] : s;
    }

    static void Section(StringBuilder sb, long g, string unitChars, string digits)
    {
        var zero = false;
        var started = false;
        for (var pos = 3; pos >= 0; pos--)
        {
            var d = (int)(g / (long)Math.Pow(10, pos) % 10);
            if (d == 0) { zero = started; continue; }
            if (zero) sb.Append(digits[0]);
            zero = false;
            sb.Append(digits[d]);
            if (pos > 0) sb.Append(unitChars[3 - pos]);
            started = true;
        }
    }

    /// <summary>A date as 2014年12月15日 (from a DateTime or an ISO-like string; other text is returned as is).</summary>
    public static string Date(object? v)
    {
        if (v is DateTime dt) return $"{dt.Year}年{dt.Month}月{dt.Day}日";
        var s = Str(v).Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "o"];
        return DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)
            ? $"{d.Year}年{d.Month}月{d.Day}日" : s;
    }

    /// <summary>A money amount in capitals: 壹仟贰佰元整, 叁元伍角.</summary>
    public static string Money(decimal amount)
    {
        if (amount < 0) return "负" + Money(-amount);
        var yuan = (long)decimal.Truncate(amount);
        var cents = (int)decimal.Round((amount - yuan) * 100, MidpointRounding.AwayFromZero);
        if (cents == 100) { yuan++; cents = 0; }
        var sb = new StringBuilder();
        if (yuan > 0)
        {
            string[] units = ["", "万", "亿"];
            var groups = new List<long>();
            for (var y = yuan; y > 0; y /= 10000) groups.Add(y % 10000);
            var gap = false;
            for (var i = groups.Count - 1; i >= 0; i--)
            {
                var g = groups[i];
                if (g == 0) { gap = sb.Length > 0; continue; }
                if (sb.Length > 0 && (g < 1000 || gap)) sb.Append('零');
                Section(sb, g, "仟佰拾", Upper);
                sb.Append(units[Math.Min(i, 2)]);
                gap = false;
            }
            sb.Append('元');
        }
        int jiao = cents / 10, fen = cents % 10;
        if (jiao == 0 && fen == 0) return (sb.Length == 0 ? "零元" : sb.ToString()) + "整";
        if (jiao > 0) sb.Append(Upper[jiao]).Append('角');
        else if (sb.Length > 0) sb.Append('零');
        if (fen > 0) sb.Append(Upper[fen]).Append('分');
        return sb.ToString();
    }
}
