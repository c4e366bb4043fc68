using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

/// <summary>
/// The sentences of the outcome documents (约谈提醒通知, 约谈记录, 诫勉谈话记录, 表扬通报), in the office's voice: who is spoken to,
/// who is talked to, why. One home for them, so the notice and its record say the same.
/// </summary>
public static class OutcomeWording
{
    /// <summary>Days from the 约谈提醒通知's date to the day the talk is held by.</summary>
    public const int TalkWithinDays = 7;

    /// <summary>Days after the talk by which the unit reports its 整改 in writing.</summary>
    public const int ReportWithinDays = 15;

    /// <summary>Who the notice is addressed to: a person as 姓名同志, a unit by its Party organisation.</summary>
    public static string Addressee(Unit unit) => unit.IsPerson ? unit.PersonName + "同志" : unit.OrgName;

    /// <summary>Who is talked to: the person, or the unit's 主要负责人 by name.</summary>
    public static string Subject(Unit unit) => unit.IsPerson ? unit.PersonName : unit.Head;

    /// <summary>The subject's post: the person's, or 主要负责人 of the unit.</summary>
    public static string SubjectPost(Unit unit) => unit.IsPerson ? unit.Post : unit.Name + "主要负责人";

    /// <summary>How the notice names the one talked to: 你, or 你单位主要负责人徐永刚同志.</summary>
    public static string SubjectInNotice(Unit unit) => unit.IsPerson ? "你" : $"你单位主要负责人{unit.Head}同志";

    /// <summary>
    /// The 约谈提醒通知's opening: what the 督查 found (the rule's reason), how many items, the decision, the transition to the list.
    /// </summary>
    public static string TalkOpening(Unit unit, Outcome outcome, int items) =>
        (unit.IsPerson ? $"在整改落实情况“回头看”督查中发现，你在个人整改中存在{Clause(outcome.Reason)}的问题，涉及整改事项{items}项（见下表）。"
            : $"在整改落实情况“回头看”督查中发现，你单位{Clause(outcome.Reason)}，涉及整改事项{items}项（见下表）。") +
        $"根据整改落实问责有关规定，经研究，决定对{SubjectInNotice(unit)}进行约谈提醒。现将有关事项通知如下：";

    /// <summary>When and where: by the day, at the office, the hour told by telephone.</summary>
    public static string TalkArrangement(Unit unit, string by) =>
        $"请{(unit.IsPerson ? "你" : unit.Head + "同志")}于{by}前到我办接受约谈，具体时间和地点由联系人另行电话通知。";

    /// <summary>What the one talked to prepares, says and reports after; numbered （一）（二）（三） by the template.</summary>
    public static IReadOnlyList<string> TalkRequirements(Unit unit) =>
    [
        "约谈前，对照上述事项逐项查找原因，形成书面说明，连同整改台账和佐证材料一并带到约谈现场",
        "约谈时，如实说明整改进展、未按期整改到位的原因和下一步整改措施，明确完成时限",
        $"约谈后{ReportWithinDays}日内，将整改落实情况书面报送我办{(unit.IsPerson ? "" : "，并抄报所在单位党组织")}",
    ];

    /// <summary>The 事由 of a talk's record: the reason, then each item by its problem.</summary>
    public static string Grounds(Outcome outcome, IReadOnlyList<LedgerItem> items) =>
        Clause(outcome.Reason) + (items.Count == 0 ? "。" :
            items.Count == 1 ? $"，涉及整改事项1项：{Gw.Condense(items[0].Problem)}。" :
            "，涉及整改事项" + items.Count + "项：" + string.Join("；", items.Select((i, n) => $"{n + 1}．{Gw.Condense(i.Problem)}")) + "。");

    /// <summary>The 表扬通报's opening, naming how many units and persons the outcome commends, and why (the rule's reason).</summary>
    public static string CommendationOpening(int units, int persons, string reason) =>
        "整改落实情况“回头看”开展以来，各级党组织和广大党员干部对照“两方案一计划”，坚持边查边改、立行立改，推动整改任务落地见效。" +
        $"经逐级督查、重点抽查，{Whom(units, persons)}{Clause(reason)}，列入整改台账的事项全部整改到位，群众评价好。" +
        "为树立典型、激励先进，经研究，决定予以通报表扬。";

    /// <summary>The 表扬通报's close: to those commended, then to everyone.</summary>
    public const string CommendationClosing =
        "希望受到表扬的单位和个人珍惜荣誉、再接再厉，持续巩固整改成果，防止问题反弹回潮。各级党组织和广大党员干部要以受表扬的单位和个人为榜样，" +
        "对照整改台账逐项抓好落实，以整改的实际成效取信于民。";

    /// <summary>The 表扬通报's title, naming 单位, 个人 or both.</summary>
    public static string CommendationTitle(int units, int persons) =>
        $"关于对整改落实工作成效明显的{(units > 0 && persons > 0 ? "单位和个人" : units > 0 ? "单位" : "个人")}予以通报表扬的通报";

    static string Whom(int units, int persons) => (units, persons) switch
    {
        (> 0, > 0) => $"以下{units}个单位和{persons}名同志",
        (> 0, _) => $"以下{units}个单位",
        _ => $"以下{persons}名同志",
    };

    // a reason as a clause inside a sentence: no full stop of its own
    static string Clause(string text) => text.Trim().TrimEnd('。', '；', '，');
}
