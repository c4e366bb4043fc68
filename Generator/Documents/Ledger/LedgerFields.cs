namespace OfficeTools.Documents.Ledger;

/// <summary>A column of a ledger table: its JSON key and the Chinese header a clerk sees.</summary>
public sealed record LedgerField(string Key, string Header);

/// <summary>The ledger's tables: names (JSON key, sheet/CSV name) and columns.</summary>
public static class LedgerFields
{
    /// <summary>The campaign table (a 项目/内容 sheet in Excel and CSV; an object in JSON).</summary>
    public static LedgerTable Campaign { get; } = new("campaign", "活动",
    [
        new("office", "发文机关"), new("office_short", "发文机关标志"), new("code", "督办机关代字"),
        new("briefing_code", "通报机关代字"), new("year", "年度"), new("notice_serial", "督办起始编号"),
        new("briefing_serial", "通报编号"), new("start_date", "开始日期"), new("report_deadline", "报送截止日期"),
        new("as_of", "统计截止日期"), new("briefing_date", "通报日期"), new("notice_date", "督办日期"),
        new("notice_days", "督办限期天数"), new("meeting", "会议名称"), new("recipients", "主送机关"),
        new("contact", "联系人"), new("phone", "联系电话"), new("signer", "签发人"), new("copy_to", "抄送"),
        new("printed_by", "印发机关"), new("print_date", "印发日期"), new("feedback", "反馈方式"), new("sealed", "加盖印章"), new("id", "活动编号"),
        new("committee", "本级党委"),
    ]);

    /// <summary>The units table.</summary>
    public static LedgerTable Units { get; } = new("units", "单位",
    [
        new("id", "编号"), new("name", "单位名称"), new("kind", "类别"), new("parent", "上级单位编号"),
        new("head", "主要负责人"), new("deputy", "分管领导"), new("contact", "联系人"), new("phone", "联系电话"),
        new("title", "职务"), new("org", "党组织名称"), new("reported", "报送情况"),
    ]);

    /// <summary>The items table.</summary>
    public static LedgerTable Items { get; } = new("items", "整改事项",
    [
        new("id", "编号"), new("unit", "单位编号"), new("focus", "重点序号"), new("task", "专项整治序号"),
        new("problem", "存在问题"), new("measure", "整改措施"), new("owner", "责任人"), new("due", "完成时限"),
        new("status", "整改状态"), new("satisfaction", "群众评价"), new("newly_found", "新发现问题"),
        new("evidence", "佐证材料"), new("formalism", "形式主义走过场"), new("relapse", "四风反弹顶风违纪"),
        new("offender", "当事人"),
        new("stage", "阶段"), new("verdict", "复核结论"), new("reason", "退回原因"), new("closed_at", "销号时间"),
        new("closed_by", "销号人"),
    ]);

    /// <summary>The items table's columns of the 督办 loop (阶段 … 销号人): optional, appended by the write-back when missing.</summary>
    public static IReadOnlyList<LedgerField> LoopFields { get; } = [.. Items.Fields.SkipWhile(f => f.Key != "stage")];

    /// <summary>The rules-made table (制度建设).</summary>
    public static LedgerTable RulesMade { get; } = new("rules_made", "制度建设",
    [
        new("unit", "单位编号"), new("title", "制度名称"), new("date", "出台日期"),
    ]);

    /// <summary>The campaign sheet's two headers.</summary>
    public const string CampaignKeyHeader = "项目", CampaignValueHeader = "内容";

    /// <summary>All four tables.</summary>
    public static IReadOnlyList<LedgerTable> All { get; } = [Campaign, Units, Items, RulesMade];
}

/// <summary>A ledger table: JSON key, sheet name and columns.</summary>
public sealed record LedgerTable(string Key, string Sheet, IReadOnlyList<LedgerField> Fields)
{
    /// <summary>The field whose key or Chinese header is <paramref name="name"/>, or null.</summary>
    public LedgerField? Find(string name)
    {
        var n = name.Trim();
        return Fields.FirstOrDefault(f => f.Key.Equals(n, StringComparison.OrdinalIgnoreCase) || f.Header == n);
    }
}
