using OfficeTools.Testing;

namespace OfficeTools.Templates.Tests;

/// <summary>Each template rendered with its sample model by the engine: valid, complete, no tag left over.</summary>
public class RenderTests
{
    /// <summary>Every template name.</summary>
    public static TheoryData<string> All => new(Samples.Names);

    /// <summary>Texts a reader must find in each rendered sample.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> KeyTexts = new Dictionary<string, string[]>
    {
        ["notice"] = ["青山县教育实践活动办公室", "青教督〔2015〕3号", "督办通知单", "中共青山县交通运输局委员会：", "一、督办事项",
            "农村公路养护资金拨付滞后", "（一）对整改效果不理想", "2015年2月28日", "督办事项办理结果报告单", "抄送：", "2015年2月6日印发"],
        ["form-leadership"] = ["自查报告表（领导班子）", "中共青山县交通运输局委员会", "一、学习习近平总书记系列重要讲话", "六、整改责任落实情况",
            "超编制配备公务用车2辆", "本项无列入整改台账的事项", "七、新发现的问题", "（单位盖章）"],
        ["form-grassroots"] = ["自查报告表（基层党组织）", "中共青山县石桥镇柳溪村支部委员会", "三、整改措施落实情况：基层党组织建设制度",
            "承诺的村道路灯安装未完成", "党组织书记"],
        ["form-member"] = ["自查报告表（党员干部）", "郑国华", "五、指导推动分管领域和教育实践活动联系点整改工作情况", "下乡调研前呼后拥", "本人（签字）", "六、新发现的问题"],
        ["briefing"] = ["青山县教育实践活动办公室文件", "青教办〔2015〕5号", "关于教育实践活动整改落实情况“回头看”\n有关情况的通报",
            "各乡镇党委，县委各部委，县直各单位党组（党委）：", "整改完成率65.4%", "中共青山县教育局委员会", "诫勉批评",
            "青教督〔2015〕4号", "（二）对基本完成的整改任务，要提出巩固提高的具体要求。", "附件：1.各单位整改落实情况统计表",
            "21项专项整治任务进展情况表", "整治执法不公、粗暴执法问题", "抄送：", "印发"],
        // addressed to the 分管领导 at that level; each late item with its notice, 限期 and days late; signed and dated
        ["reminder"] = ["青山县教育实践活动办公室", "青教督催〔2014〕5号", "催办通知", "孙志强同志：", "已逾期6天，经1次催办仍未办结", "农村公路养护资金拨付滞后",
            "（青教督〔2015〕3号督办通知单）", "2015年2月6日", "已逾期6天", "退回重办", "请你作为分管领导", "于2015年2月15日前",
            "联系人：林晓岚", "中共青山县委党的群众路线教育实践活动领导小组办公室", "2015年2月12日"],
        // the seed to draw again, each unit with why it weighed, the strata
        ["sample-list"] = ["青山县教育实践活动领导小组办公室", "青教督抽〔2014〕1号", "抽查名单", "抽样种子42", "县民政局领导班子", "逾期事项5项",
            "领导班子·县直部门", "2015年2月10日"],
        ["sample-record"] = ["抽查记录表", "县国土资源局领导班子", "领导班子·县直部门", "专项整治事项3项（抽样种子42）", "“三公”经费支出公开不及时",
            "核查情况", "核查结论", "退回原因", "核查人", "核查日期"],
        ["bulletin"] = ["青山县教育实践活动领导小组办公室", "公示", "整改到位率", "销号率", "县发展和改革委员会领导班子", "如对公示内容有意见建议",
            "中共青山县委党的群众路线教育实践活动领导小组办公室", "2015年2月10日"],
        // to the unit's Party organisation, its 主要负责人 by name, each item with its 限期 and how late, when and what to bring
        ["talk-notice"] = ["青山县教育实践活动办公室", "青教督谈〔2014〕2号", "约谈提醒通知", "中共青山县交通运输局委员会：", "决定对你单位主要负责人赵立新同志进行约谈提醒",
            "一、约谈事由", "农村公路养护资金拨付滞后", "2015年1月15日", "整改中，逾期28天", "二、约谈安排", "请赵立新同志于2015年2月19日前到我办接受约谈",
            "三、有关要求", "（一）约谈前", "（三）约谈后15日内", "联系人：林晓岚", "中共青山县委党的群众路线教育实践活动领导小组办公室", "2015年2月12日"],
        ["talk-record"] = ["约谈提醒谈话记录", "约谈对象", "赵立新", "中共青山县交通运输局委员会主要负责人", "约谈人", "记录人", "约谈时间", "约谈地点",
            "约谈事由", "依据青教督谈〔2014〕2号约谈提醒通知。", "约谈内容", "被约谈人表态", "整改承诺", "被约谈人签字", "约谈人签字"],
        ["admonition-record"] = ["诫勉谈话记录", "谈话对象", "赵立新", "谈话人", "谈话时间", "诫勉事由", "整改搞形式、走过场，群众意见大", "本人表态", "被诫勉人签字"],
        // units, then persons, each with its figures; the 版记 printed the day the 通报 is dated
        ["commendation"] = ["青山县教育实践活动办公室", "青教督表〔2014〕1号", "关于对整改落实工作成效明显的单位和个人\n予以通报表扬的通报",
            "各乡镇党委，县委各部委，县直各单位党组（党委）：", "以下3个单位和1名同志", "一、受表扬的单位", "1．中共青山县教育局委员会：整改事项6项全部整改到位",
            "二、受表扬的个人", "1．郑国华（县教育局党委委员、副局长）", "希望受到表扬的单位和个人珍惜荣誉", "抄送：", "2015年2月10日印发"],
        // in the member's voice, what is done, what is not, what next; signed by the member
        ["member-report"] = ["个人整改措施落实情况报告", "（在中共青山县交通运输局委员会专题民主生活会上）", "钱志华", "本人对照个人整改措施",
            "一、整改措施落实情况", "（一）解决“四风”突出问题情况。", "二、尚未整改到位的问题", "计划于2015年3月31日前整改到位", "三、下一步整改打算",
            "（三）对照“三严三实”要求", "2015年2月10日"],
    };

    [Theory, MemberData(nameof(All))]
    public void Sample_renders_to_a_valid_document(string name) =>
        DocxValidation.AssertValid(Samples.Rendered(name), name + " rendered");

    [Theory, MemberData(nameof(All))]
    public void Rendered_sample_shows_the_key_texts_and_no_tags(string name)
    {
        var text = DocxText.Part(Samples.Rendered(name), "all");
        foreach (var key in KeyTexts[name]) Assert.Contains(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(All))]
    public void Rendered_sample_leaves_no_block_tag_paragraph_behind(string name)
    {
        var lines = DocxText.Body(Samples.Rendered(name)).Split('\n');
        Assert.DoesNotContain(lines, l => l.Contains("for ", StringComparison.Ordinal) && l.Contains(" in ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Trim() is "{{ end }}" or "{{ else }}");
        Assert.Equal(Samples.Gongwen.Contains(name) ? 1 : 0, lines.Count(l => l.StartsWith("抄送：", StringComparison.Ordinal)));
    }
}
