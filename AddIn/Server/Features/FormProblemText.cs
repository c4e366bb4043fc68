using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// What the pane says about a returned form's problems: in Chinese, each answer named as the form shows it (事项“…”的整改进展,
/// 第 N 个检查重点的自查情况, “填报人”), never by its tag or the ledger's item id. An item is named by its problem text, as
/// its row on the form reads: the form numbers items within each 检查重点 and leaves closed ones out, so a number would not
/// match what the person has in front of them. The library's <see cref="FormProblem"/>
/// (a <see cref="Diagnostic"/> with a FormProblem code as its id) is the data; this is the add-in's door making the sentence (the CLI keeps the library's own message).
/// </summary>
public static class FormProblemText
{
    // the labels the form shows beside each control (Templates/Builder FormTemplate)
    static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["unit.id"] = "单位编号", ["form.kind"] = "报表类型", ["filler"] = "填报人", ["filler_phone"] = "联系电话",
        ["fill_date"] = "填报日期", ["new_problems"] = "新发现的问题", ["signature"] = "签字",
    };

    static readonly Dictionary<string, string> FocusFields = new(StringComparer.Ordinal)
    {
        ["self"] = "自查情况", ["problems"] = "存在问题", ["measures"] = "整改措施", ["due"] = "完成时限",
        ["status"] = "完成情况", ["satisfaction"] = "群众评价", ["note"] = "备注",
    };

    // the columns of the form's item table (ItemTag.Fields)
    static readonly Dictionary<string, string> ItemFields = new(StringComparer.Ordinal)
    {
        ["status"] = "整改进展", ["satisfaction"] = "群众评价", ["note"] = "进展说明",
    };

    // on a 办理结果 slip the item's fields are the slip's (SlipChecker.Fields, their one home)
    static string ItemLabel(string field, bool slip) =>
        (slip ? SlipChecker.Fields.FirstOrDefault(f => f.Field == field).Label : ItemFields.GetValueOrDefault(field)) ?? "内容";

    /// <summary>
    /// The sentence for <paramref name="problem"/>; <paramref name="problems"/> gives each of the unit's items' problem text
    /// by item id; <paramref name="notice"/> the number a returned 办理结果 slip names (its 文号), if it is one.
    /// </summary>
    public static string Of(Diagnostic problem, IReadOnlyDictionary<string, string> problems, string? notice = null)
    {
        var where = Where(problem.Tag, problems, notice != null);
        return problem.Id switch
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

    /// <summary>A control named as the form shows it (for the pane's "以下控件未能写入" in Word), by the rules of <see cref="Of"/>.</summary>
    public static string NameOf(string tag, IReadOnlyDictionary<string, string> problems, bool slip) => Where(tag, problems, slip);

    static string Where(string? tag, IReadOnlyDictionary<string, string> problems, bool slip)
    {
        if (tag is null) return "报表";
        if (Fixed.TryGetValue(tag, out var label)) return $"“{label}”";
        if (ItemTag.TryParse(tag, out var itemId, out var field))
        {
            var what = ItemLabel(field, slip);
            return problems.TryGetValue(itemId, out var text) ? $"事项“{Short(text)}”的{what}" : $"一个台账中没有的事项的{what}";
        }
        var parts = tag.Split('.');
        if (parts is ["focus", var n, var f] && int.TryParse(n, out var number))
            return $"第 {number} 个检查重点的{FocusFields.GetValueOrDefault(f, "内容")}";
        return "报表中的一处内容";
    }

    static string Short(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
