using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// What the pane says about a returned form's problems: in Chinese, each answer named as the form names it (第 N 项的完成情况,
/// 第 N 个检查重点的自查情况, 填报人), never by its tag or the ledger's item id. The library's <see cref="FormProblem"/>
/// is the data; this is the add-in's door making the sentence (the CLI keeps the library's own message).
/// </summary>
public static class FormProblemText
{
    // the labels the form shows beside each control (Templates/Builder FormTemplate)
    static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["unit.id"] = "单位编号", ["form.kind"] = "报表类型", ["filler"] = "填报人", ["filler_phone"] = "联系电话",
        ["fill_date"] = "填报日期", ["new_problems"] = "新发现的问题", ["signature"] = "签字",
    };

    static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["self"] = "自查情况", ["problems"] = "存在问题", ["measures"] = "整改措施", ["due"] = "完成时限",
        ["status"] = "完成情况", ["satisfaction"] = "群众评价", ["note"] = "备注",
    };

    // a form's field, else a 办理结果 slip's (SlipChecker.Fields, its one home)
    static string Label(string field) =>
        Fields.GetValueOrDefault(field) ?? SlipChecker.Fields.FirstOrDefault(f => f.Field == field).Label ?? "内容";

    /// <summary>
    /// The sentence for <paramref name="problem"/>; <paramref name="itemIds"/> are the unit's items in the ledger's order
    /// (序号 = place + 1); <paramref name="notice"/> the number a returned 办理结果 slip names (its 文号), if it is one.
    /// </summary>
    public static string Of(FormProblem problem, IReadOnlyList<string> itemIds, string? notice = null)
    {
        var where = Where(problem.Tag, itemIds);
        return problem.Code switch
        {
            FormProblem.NotDocx => "这不是 .docx 文档",
            FormProblem.Corrupt => "文档已损坏，无法读取",
            FormProblem.Refused => "文件未通过安全检查",
            FormProblem.NotOurForm => "这不是活动办公室下发的报表（读不到单位编号）：请在下载的预填报表上填写后上传",
            FormProblem.UnknownUnit => "报表上的单位不在台账中",
            FormProblem.UnknownItem => $"{where}不是本单位台账中的事项",
            FormProblem.RequiredMissing => $"{where}未填写",
            FormProblem.NotAChoice => $"{where}填写的内容不在可选项中",
            FormProblem.BadDate => $"{where}不是有效日期",
            FormProblem.ControlDeleted => $"{where}已被删除",
            FormProblem.ControlDuplicated => $"{where}出现了不止一次",
            FormProblem.UnknownNotice => notice is null ? "报告单所属的督办通知单未向本单位下发" : $"报告单所属的督办通知单（{notice}）未在这一轮向本单位下发",
            FormProblem.OtherUnit => "这份报告单属于其他单位",
            FormProblem.NoIdentity => "报表缺少本次活动的识别信息（不是下载的预填报表，或识别信息被删除），不计入本单位",
            FormProblem.IdentityEdited => "报表的识别信息被改动过，不计入本单位",
            FormProblem.OtherCampaign => "这份报表是其他活动的，不计入本单位",
            FormProblem.NoCampaignKey => "服务没有本活动的密钥，无法核验报表，请联系管理员",
            _ => $"{where}有误",
        };
    }

    static string Where(string? tag, IReadOnlyList<string> itemIds)
    {
        if (tag is null) return "报表";
        if (Fixed.TryGetValue(tag, out var label)) return $"“{label}”";
        if (ItemTag.TryParse(tag, out var itemId, out var field))
        {
            var at = itemIds.ToList().IndexOf(itemId);
            var what = Label(field);
            return at < 0 ? $"一个台账中没有的事项的{what}" : $"第 {at + 1} 项的{what}";
        }
        var parts = tag.Split('.');
        if (parts is ["focus", var n, var f] && int.TryParse(n, out var number))
            return $"第 {number} 个检查重点的{Label(f)}";
        return "报表中的一处内容";
    }
}
