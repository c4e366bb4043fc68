namespace OfficeTools.Documents.Check;

/// <summary>Every rule the checker applies, by code: the catalogue the CLI's help and the README list.</summary>
public static class CheckRules
{
    /// <summary>The file cannot be read as a Word document (or is refused by the package checks).</summary>
    public static readonly CheckRule Unreadable = new("GW0001", null, "无法读取的文件");
    /// <summary>No 版头, 发文字号 or 版记 was recognised: only the page and the page numbers are checked.</summary>
    public static readonly CheckRule NotRecognised = new("GW0002", "§7.1", "未识别出公文要素", FindingSeverity.Info);

    /// <summary>Paper not A4.</summary>
    public static readonly CheckRule Paper = new("GW0101", "§5.1", "纸张幅面");
    /// <summary>天头 (top margin) not 37±1 mm.</summary>
    public static readonly CheckRule TopMargin = new("GW0102", "§5.2.1", "天头");
    /// <summary>订口 (left margin) not 28±1 mm.</summary>
    public static readonly CheckRule LeftMargin = new("GW0103", "§5.2.1", "订口");
    /// <summary>版心 not 156×225 mm.</summary>
    public static readonly CheckRule TextBlock = new("GW0104", "§5.2.1", "版心尺寸");
    /// <summary>Not 22 lines a page.</summary>
    public static readonly CheckRule Lines = new("GW0105", "§5.2.3", "每面行数");
    /// <summary>Not 28 characters a line.</summary>
    public static readonly CheckRule Characters = new("GW0106", "§5.2.3", "每行字数");

    /// <summary>No 发文机关标志: masthead checks skipped.</summary>
    public static readonly CheckRule NoMasthead = new("GW0200", "§7.2.4", "无发文机关标志", FindingSeverity.Info);
    /// <summary>标志 not red.</summary>
    public static readonly CheckRule MastheadColour = new("GW0201", "§7.2.4", "发文机关标志颜色");
    /// <summary>标志 not in 小标宋.</summary>
    public static readonly CheckRule MastheadFont = new("GW0202", "§7.2.4", "发文机关标志字体");
    /// <summary>标志 not centred.</summary>
    public static readonly CheckRule MastheadAlignment = new("GW0203", "§7.2.4", "发文机关标志居中");
    /// <summary>版头 without 发文字号.</summary>
    public static readonly CheckRule NoDocNumber = new("GW0210", "§7.2.5", "缺发文字号");
    /// <summary>Year not in 〔〕.</summary>
    public static readonly CheckRule DocNumberBrackets = new("GW0211", "§7.2.5", "发文字号括号");
    /// <summary>第 before the number.</summary>
    public static readonly CheckRule DocNumberDi = new("GW0212", "§7.2.5", "发文字号加“第”");
    /// <summary>Leading zeros in the number.</summary>
    public static readonly CheckRule DocNumberZeros = new("GW0213", "§7.2.5", "发文字号虚位");
    /// <summary>Year not in full Arabic numerals.</summary>
    public static readonly CheckRule DocNumberYear = new("GW0214", "§7.2.5", "发文字号年份");
    /// <summary>发文字号 not 3号仿宋.</summary>
    public static readonly CheckRule DocNumberType = new("GW0215", "§5.2.2", "发文字号字体字号");
    /// <summary>No red separator under the 发文字号.</summary>
    public static readonly CheckRule NoRedRule = new("GW0220", "§7.2.7", "缺版头分隔线");
    /// <summary>Separator not red.</summary>
    public static readonly CheckRule RedRuleColour = new("GW0221", "§7.2.7", "版头分隔线颜色");
    /// <summary>Separator narrower than the 版心.</summary>
    public static readonly CheckRule RedRuleWidth = new("GW0222", "§7.2.7", "版头分隔线宽度");

    /// <summary>No title found: title checks skipped.</summary>
    public static readonly CheckRule NoTitle = new("GW0300", "§7.3.1", "未找到标题", FindingSeverity.Info);
    /// <summary>Title not in 小标宋.</summary>
    public static readonly CheckRule TitleFont = new("GW0301", "§7.3.1", "标题字体");
    /// <summary>Title not 2号.</summary>
    public static readonly CheckRule TitleSize = new("GW0302", "§7.3.1", "标题字号");
    /// <summary>Title not centred.</summary>
    public static readonly CheckRule TitleAlignment = new("GW0303", "§7.3.1", "标题居中");
    /// <summary>Body text not in 仿宋.</summary>
    public static readonly CheckRule BodyFont = new("GW0311", "§5.2.2", "正文字体");
    /// <summary>Body text not 3号.</summary>
    public static readonly CheckRule BodySize = new("GW0312", "§5.2.2", "正文字号");
    /// <summary>一、 heading not in 黑体.</summary>
    public static readonly CheckRule Level1Font = new("GW0313", "§7.3.3", "第一层标题字体");
    /// <summary>（一） heading not in 楷体.</summary>
    public static readonly CheckRule Level2Font = new("GW0314", "§7.3.3", "第二层标题字体");

    /// <summary>附件说明 without the full-width colon.</summary>
    public static readonly CheckRule AttachmentColon = new("GW0401", "§7.3.4", "附件说明冒号");
    /// <summary>附件说明 numbered other than 1. 2. ….</summary>
    public static readonly CheckRule AttachmentNumbering = new("GW0402", "§7.3.4", "附件顺序号");
    /// <summary>Punctuation after an attachment's name.</summary>
    public static readonly CheckRule AttachmentPunctuation = new("GW0403", "§7.3.4", "附件名称后标点");
    /// <summary>No 成文日期 found: date checks skipped.</summary>
    public static readonly CheckRule NoDate = new("GW0410", "§7.3.5.4", "未找到成文日期", FindingSeverity.Info);
    /// <summary>Date in Chinese numerals.</summary>
    public static readonly CheckRule DateNumerals = new("GW0411", "§7.3.5.4", "成文日期数字");
    /// <summary>Month or day zero-padded.</summary>
    public static readonly CheckRule DatePadding = new("GW0412", "§7.3.5.4", "成文日期虚位");
    /// <summary>Year not in full.</summary>
    public static readonly CheckRule DateYear = new("GW0413", "§7.3.5.4", "成文日期年份");

    /// <summary>No 版记 found: 版记 checks skipped.</summary>
    public static readonly CheckRule NoColophon = new("GW0500", "§7.4", "未找到版记", FindingSeverity.Info);
    /// <summary>Text after the 版记.</summary>
    public static readonly CheckRule ColophonNotLast = new("GW0501", "§7.4", "版记位置");
    /// <summary>抄送 not 4号仿宋.</summary>
    public static readonly CheckRule CopyToType = new("GW0502", "§7.4.2", "抄送机关字体字号");
    /// <summary>抄送 not ending in 。.</summary>
    public static readonly CheckRule CopyToStop = new("GW0503", "§7.4.2", "抄送机关末尾句号");
    /// <summary>印发 line not 4号仿宋.</summary>
    public static readonly CheckRule PrintedByType = new("GW0504", "§7.4.3", "印发机关和印发日期字体字号");
    /// <summary>A 版记 rule of the wrong thickness.</summary>
    public static readonly CheckRule ColophonRuleWeight = new("GW0505", "§7.4.1", "版记分隔线粗细");
    /// <summary>版记 rules missing.</summary>
    public static readonly CheckRule ColophonRuleMissing = new("GW0506", "§7.4.1", "缺版记分隔线");

    /// <summary>印发日期 not in Arabic numerals, full year, unpadded.</summary>
    public static readonly CheckRule PrintDate = new("GW0507", "§7.4.3", "印发日期形式");

    /// <summary>No page numbers.</summary>
    public static readonly CheckRule NoPageNumber = new("GW0601", "§7.5", "缺页码");
    /// <summary>Page number without the — N — dashes.</summary>
    public static readonly CheckRule PageNumberForm = new("GW0602", "§7.5", "页码形式");
    /// <summary>Page number not 4号.</summary>
    public static readonly CheckRule PageNumberSize = new("GW0603", "§7.5", "页码字号");
    /// <summary>Page number not in 宋体.</summary>
    public static readonly CheckRule PageNumberFont = new("GW0604", "§7.5", "页码字体");
    /// <summary>Odd and even pages share one footer.</summary>
    public static readonly CheckRule PageNumberSides = new("GW0605", "§7.5", "单双页页码");
    /// <summary>Page number not one character in from the right (odd) or left (even).</summary>
    public static readonly CheckRule PageNumberPlace = new("GW0606", "§7.5", "页码位置");

    /// <summary>All rules, in code order.</summary>
    public static IReadOnlyList<CheckRule> All { get; } = typeof(CheckRules).GetFields()
        .Where(f => f.FieldType == typeof(CheckRule)).Select(f => (CheckRule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
}
