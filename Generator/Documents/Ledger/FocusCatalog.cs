namespace OfficeTools.Documents.Ledger;

/// <summary>One focus point of a self-inspection form: its title and the seed's 重点 text.</summary>
public sealed record FocusPoint(int No, string Title, string KeyPoints);

/// <summary>The seed's focus points for each unit kind, and the 21 special tasks.</summary>
public static class FocusCatalog
{
    static readonly FocusPoint[] LeadershipPoints =
    [
        new(1, "学习习近平总书记系列重要讲话特别是在教育实践活动总结大会上的重要讲话精神情况",
            "领导班子是否安排时间集中学习，是否组织党员干部开展专题学习；是否结合实际研究制定贯彻讲话精神、巩固和拓展教育实践活动成果的具体措施。"),
        new(2, "整改方案落实情况", "整改措施是否具体可行、落实到位，列入整改的问题是否按期解决，整改效果群众是否认可。"),
        new(3, "专项整治进展情况", "中央确定的21项专项整治任务是否逐项排查、整治到位，是否做到“共性病”、“个性病”一起治。"),
        new(4, "制度建设情况", "对中央出台的相关制度规定是否承接配套，是否按照作风建设要求结合实际建立健全有效管用规章制度，是否严格制度执行强化正风肃纪。"),
        new(5, "上下联动整改情况", "行业系统是否以上带下协同解决基层和群众反映强烈的政风行风问题，地方党委是否针对基层需要上级牵头解决的问题组织抓好联动整改。"),
        new(6, "整改责任落实情况", "党委（党组）主要负责同志是否真正担负起第一责任，班子成员是否按照任务分工抓好具体负责的整改工作，基层党建工作责任制是否落到实处。"),
    ];

    static readonly FocusPoint[] GrassrootsPoints =
    [
        new(1, "整改措施落实情况：不正之风整治", "发生在群众身边的不正之风是否有效整治。"),
        new(2, "整改措施落实情况：向群众承诺的事项", "向群众承诺的事项是否办好办实。"),
        new(3, "整改措施落实情况：基层党组织建设制度", "基层党组织建设制度是否健全落实。"),
    ];

    static readonly FocusPoint[] MemberPoints =
    [
        new(1, "个人整改措施落实情况：遵守党的纪律", "遵守党的纪律特别是政治纪律情况。"),
        new(2, "个人整改措施落实情况：执行中央八项规定精神", "执行中央八项规定精神情况。"),
        new(3, "个人整改措施落实情况：解决查摆出的突出问题", "解决查摆出的突出问题情况。"),
    ];

    static readonly FocusPoint[] LeaderPoints =
    [
        .. MemberPoints,
        new(4, "牵头负责的班子整改任务落实情况", "牵头负责的班子整改任务是否落实到位。"),
        new(5, "指导推动分管领域和教育实践活动联系点整改工作情况", "是否指导推动分管领域和联系点抓好整改工作。"),
    ];

    /// <summary>
    /// Default names of the 21 special tasks (专项整治); a ledger's campaign may list its own.
    /// </summary>
    public static IReadOnlyList<string> Tasks { get; } =
    [
        "整治文山会海、文风会风不正问题", "整治检查评比过多过滥问题", "整治“三公”经费开支过大问题",
        "整治公款送礼、公款吃喝、奢侈浪费问题", "整治超标配备公车问题", "整治多占办公用房问题",
        "整治新建滥建楼堂馆所问题", "整治“会所中的歌舞升平”问题", "整治党员干部参与赌博问题",
        "清理“吃空饷”问题", "整治收送“红包”和购物卡问题", "整治领导干部在企业兼职问题",
        "整治“裸官”问题", "整治“庸懒散奢”问题", "整治“门难进、脸难看、事难办”问题",
        "整治乱收费、乱罚款、乱摊派问题", "整治涉农资金管理使用中的问题", "整治拖欠群众征地补偿款问题",
        "整治教育乱收费问题", "整治医药购销和医疗服务中的不正之风问题", "整治执法不公、粗暴执法问题",
    ];

    /// <summary>The focus points a unit of <paramref name="kind"/> reports on.</summary>
    public static IReadOnlyList<FocusPoint> For(string kind) => kind switch
    {
        UnitKinds.Leadership => LeadershipPoints,
        UnitKinds.Grassroots => GrassrootsPoints,
        UnitKinds.Leader => LeaderPoints,
        _ => MemberPoints,
    };

    /// <summary>
    /// The focus point a newly found problem joins once confirmed: 整改方案落实情况 for a 领导班子 (列入整改的问题), 解决查摆出的突出问题
    /// for a person, 不正之风整治 for a 基层党组织.
    /// </summary>
    public static int NewProblemFocus(string kind) => kind switch
    {
        UnitKinds.Leadership => 2,
        UnitKinds.Member or UnitKinds.Leader => 3,
        _ => 1,
    };

    /// <summary>The focus point an item sits under: its own focus, or 专项整治 (3) for a task of a 领导班子.</summary>
    public static int FocusOf(LedgerItem item, string kind) => item.Focus ?? (kind == UnitKinds.Leadership && item.Task != null ? 3 : 1);

    /// <summary>The title shown for an item: its focus point, or 专项整治：task name.</summary>
    public static string TitleOf(LedgerItem item, string kind) =>
        item.Task is int t && t >= 1 && t <= Tasks.Count
            ? "专项整治：" + Tasks[t - 1]
            : For(kind).FirstOrDefault(f => f.No == FocusOf(item, kind))?.Title ?? "";
}
