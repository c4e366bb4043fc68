namespace OfficeTools.Templates.Tests;

/// <summary>LibreOffice renders each sample: the text a reader sees and a plausible page count.</summary>
public class PdfTests
{
    /// <summary>Each template with the page range its sample must fill.</summary>
    public static TheoryData<string, int, int> Expected => new()
    {
        // body on two pages, the 办理结果 slip with the 版记 on the third (issue 12: two or three pages)
        { "notice", 2, 3 },
        { "form-leadership", 4, 8 },
        { "form-grassroots", 2, 5 },
        { "form-member", 3, 6 },
        { "briefing", 4, 7 },
        { "reminder", 1, 2 },
        { "sample-list", 1, 3 },
        { "sample-record", 1, 3 },
        { "bulletin", 2, 5 },
        { "talk-notice", 1, 3 },
        // each record on one page, to be filled in by hand or in Word
        { "talk-record", 1, 1 },
        { "admonition-record", 1, 1 },
        { "commendation", 1, 3 },
        { "member-report", 1, 3 },
    };

    // texts in body paragraphs or wide cells: pdftotext interleaves the lines of narrow table cells
    static readonly Dictionary<string, string[]> KeyTexts = new()
    {
        ["notice"] = ["青山县教育实践活动办公室", "青教督〔2015〕3号", "督办通知单", "中共青山县交通运输局委员会：", "一、督办事项",
            "（一）对整改效果不理想", "督办事项办理结果报告单", "抄送：", "2015年2月6日印发"],
        ["form-leadership"] = ["自查报告表（领导班子）", "中共青山县交通运输局委员会", "一、学习习近平总书记系列重要讲话", "六、整改责任落实情况",
            "本项无列入整改台账的事项", "新发现的问题", "主要负责人（签字）"],
        ["form-grassroots"] = ["自查报告表（基层党组织）", "中共青山县石桥镇柳溪村支部委员会", "三、整改措施落实情况：基层党组织建设制度", "党组织书记（签字）"],
        ["form-member"] = ["自查报告表（党员干部）", "郑国华", "五、指导推动分管领域和教育实践活动联系点整改工作情况", "本人（签字）"],
        ["briefing"] = ["青山县教育实践活动办公室文件", "青教办〔2015〕5号", "关于教育实践活动整改落实情况“回头看”有关情况的通报",
            "整改完成率65.4%", "附件：1.各单位整改落实情况统计表", "21项专项整治任务进展情况表", "抄送：", "2015年2月6日印发"],
        ["reminder"] = ["青山县教育实践活动办公室", "催办通知", "孙志强同志：", "已逾期6天，经1次催办仍未办结", "请你作为分管领导",
            "中共青山县委党的群众路线教育实践活动领导小组办公室", "2015年2月12日"],
        ["sample-list"] = ["青山县教育实践活动领导小组办公室", "抽查名单", "抽样种子42", "2015年2月10日"],
        ["sample-record"] = ["抽查记录表", "县国土资源局领导班子"],
        ["bulletin"] = ["青山县教育实践活动领导小组办公室", "如对公示内容有意见建议", "2015年2月10日"],
        ["talk-notice"] = ["青山县教育实践活动办公室", "约谈提醒通知", "中共青山县交通运输局委员会：", "二、约谈安排", "2015年2月12日"],
        ["talk-record"] = ["约谈提醒谈话记录", "本记录一式两份，一份存档，一份交所在单位党组织。"],
        ["admonition-record"] = ["诫勉谈话记录", "一份交所在单位党组织"],
        ["commendation"] = ["青山县教育实践活动办公室", "予以通报表扬的通报", "一、受表扬的单位", "抄送：", "2015年2月10日印发"],
        ["member-report"] = ["个人整改措施落实情况报告", "专题民主生活会上", "三、下一步整改打算", "钱志华"],
    };

    [Theory, MemberData(nameof(Expected))]
    public void Pdf_shows_the_key_texts_and_page_count(string name, int minPages, int maxPages)
    {
        var pdf = LibreOffice.Of(name);
        var text = string.Concat(pdf.Text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var key in KeyTexts[name])
            Assert.Contains(string.Concat(key.Where(c => !char.IsWhiteSpace(c))), text, StringComparison.Ordinal);
        Assert.Contains("—1—", text, StringComparison.Ordinal);
        Assert.InRange(pdf.Pages, minPages, maxPages);
    }
}
