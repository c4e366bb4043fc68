using System.Text.RegularExpressions;

namespace OfficeTools.Documents.Check;

/// <summary>The text shapes that identify 公文 elements, written loosely so that wrong forms are still recognised.</summary>
internal static partial class Patterns
{
    /// <summary>A 发文字号 in any bracket and numeral form: 某教督〔2014〕12号, 某教督[2014]第012号, 某教督（二〇一四）12号.</summary>
    [GeneratedRegex(@"(?<open>[〔［\[（(【〖｛{])(?<year>\d{2,4}|[〇○零一二三四五六七八九]{2,4})(?<close>[〕］\]）)】〗｝}])(?<di>第?)(?<no>\d+)号")]
    public static partial Regex DocNumber();

    /// <summary>A date standing alone: 2014年12月15日, 二〇一四年十二月十五日, 14年01月05日.</summary>
    [GeneratedRegex(@"^(?<y>\d{2,4}|[〇○零一二三四五六七八九]{2,4})年(?<m>\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月(?<d>\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日$")]
    public static partial Regex Date();

    /// <summary>A first-level heading: 一、 … 二十一、.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    public static partial Regex Level1();

    /// <summary>A second-level heading: （一） … （二十一）.</summary>
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    public static partial Regex Level2();

    /// <summary>The 附件说明: 附件 followed by a colon of either width.</summary>
    [GeneratedRegex(@"^附件[：:]")]
    public static partial Regex AttachmentNote();

    /// <summary>An attachment's own label at the top of its page: 附件, 附件1.</summary>
    [GeneratedRegex(@"^附件\d*$")]
    public static partial Regex AttachmentLabel();

    /// <summary>A numbered attachment name: 1.名称, 2、名称, 3．名称.</summary>
    [GeneratedRegex(@"^(?<no>\d+)(?<dot>[.．、,，])")]
    public static partial Regex AttachmentItem();

    /// <summary>The 抄送 line.</summary>
    [GeneratedRegex(@"^抄送[：:]")]
    public static partial Regex CopyTo();

    /// <summary>The 印发 line: a date followed by 印发 at the end.</summary>
    [GeneratedRegex(@"(\d|[〇○零一二三四五六七八九十])日印发$")]
    public static partial Regex PrintedBy();

    /// <summary>The 印发日期 at the end of the 印发 line.</summary>
    [GeneratedRegex(@"(?<date>[\d〇○零一二三四五六七八九十]+年[\d〇○零一二三四五六七八九十]+月[\d〇○零一二三四五六七八九十]+日)印发$")]
    public static partial Regex PrintedByDate();

    /// <summary>True for a CJK ideograph (the characters the eastAsia font draws).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
