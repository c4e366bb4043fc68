using System.Text.RegularExpressions;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// `officetools outcomes`: a 约谈提醒通知 and a 约谈记录 per 约谈, a 诫勉谈话记录 per 诫勉, the 表扬通报, and the 民主生活会 pack (会议通报 and a
/// 个人整改措施落实情况报告 per 班子成员, from the member's returned form in the store or else from the ledger); all or nothing.
/// </summary>
public sealed partial class OutcomesLoopTests : LoopTest
{
    [Fact]
    public async Task Every_outcome_gets_its_documents_and_a_member_with_a_returned_form_is_drafted_from_it()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        // 周德明 (U033, a 党员领导干部) fills his form: what he found, did, and has still to do
        var form = Directory.GetFiles(P("r1", "forms"), "*-U033.docx").Single();
        var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?>
        {
            ["focus.1.self"] = "对照个人对照检查材料逐条梳理，建立了个人整改台账", ["focus.1.measures"] = "每月到联系点调研不少于四天",
            ["focus.1.status"] = "整改到位",
            ["focus.2.problems"] = "联系服务群众的长效机制尚不健全", ["focus.2.status"] = "部分整改到位",
            ["new_problems"] = "个别调研报告质量不高",
        });
        await using (var s = new LocalFormStore(store))
            await s.SubmitAsync("U033", Path.GetFileName(form), filled, "zhou@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);

        var run = Ok("outcomes", Sample, "--to", store, "--date", "2015-01-10", "-o", P("out"));
        Assert.Contains("约谈提醒: 6 约谈提醒通知", run.Out, StringComparison.Ordinal);
        Assert.Contains("诫勉批评: 1 诫勉谈话记录", run.Out, StringComparison.Ordinal);
        Assert.Contains("8 个人整改措施落实情况报告, 1 drafted from the member's self-inspection form, 7 from the ledger", run.Out, StringComparison.Ordinal);

        // one 约谈记录 for each 约谈提醒通知, by the same file name
        var talks = Names(P("out", "talk-notices"));
        Assert.Equal(6, talks.Length);
        Assert.Equal(talks, Names(P("out", "talk-records")));
        Assert.Single(Names(P("out", "admonitions")));
        Assert.True(File.Exists(P("out", "commendation.docx")));
        Assert.True(File.Exists(P("out", "meeting", "briefing.docx")));
        Assert.Equal(9, Names(P("out", "meeting")).Length);

        var documents = Directory.GetFiles(P("out"), "*.docx", SearchOption.AllDirectories);
        foreach (var file in documents)
        {
            var bytes = File.ReadAllBytes(file);
            DocxValidation.AssertValid(bytes, file);
            if (file.EndsWith("briefing.docx", StringComparison.Ordinal)) continue;
            // what the office's 主任 reads: no tag, no unit or item id, no rule's id or category, no English
            var text = DocxText.Part(bytes, "all");
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(Latin(), text);
        }

        // 县民政局领导班子 (U004): its 主要负责人 by name, its overdue items with how late, the day to come by, the office's 署名
        var notice = DocxText.Part(File.ReadAllBytes(P("out", "talk-notices", "县民政局领导班子-U004.docx")), "all");
        foreach (var key in new[] { "约谈提醒通知", "中共青山县民政局党组：", "决定对你单位主要负责人吴淑珍同志进行约谈提醒", "制度建设计划中部分制度未按期出台",
            "未启动，逾期8天", "请吴淑珍同志于2015年1月17日前到我办接受约谈", "中共青山县委党的群众路线教育实践活动领导小组办公室", "2015年1月10日" })
            Assert.Contains(key, notice, StringComparison.Ordinal);
        var record = DocxText.Part(File.ReadAllBytes(P("out", "talk-records", "县民政局领导班子-U004.docx")), "all");
        Assert.Contains("依据青教督谈〔2014〕", record, StringComparison.Ordinal);
        Assert.Contains("约谈内容", record, StringComparison.Ordinal);
        // a person is spoken to as 你 and talked to in person
        var person = DocxText.Part(File.ReadAllBytes(P("out", "talk-notices", "孙玉兰-U044.docx")), "all");
        Assert.Contains("孙玉兰同志：", person, StringComparison.Ordinal);
        Assert.Contains("你在个人整改中存在", person, StringComparison.Ordinal);

        var commendation = DocxText.Part(File.ReadAllBytes(P("out", "commendation.docx")), "all");
        foreach (var key in new[] { "予以通报表扬的通报", "县发展和改革委员会领导班子", "胡丽萍（县交通运输局办公室主任）", "抄送：", "2015年1月10日印发" })
            Assert.Contains(key, commendation, StringComparison.Ordinal);

        var zhou = DocxText.Part(File.ReadAllBytes(P("out", "meeting", "周德明-U033.docx")), "all");
        foreach (var key in new[] { "结合自查报告表的自查情况", "对照个人对照检查材料逐条梳理，建立了个人整改台账。每月到联系点调研不少于四天。",
            "联系服务群众的长效机制尚不健全。", "对“回头看”中新发现的问题：个别调研报告质量不高。", "（在中共青山县发展和改革委员会党组专题民主生活会上）" })
            Assert.Contains(key, zhou, StringComparison.Ordinal);
        var zhu = DocxText.Part(File.ReadAllBytes(P("out", "meeting", "朱淑珍-U034.docx")), "all");
        Assert.Contains("结合整改台账", zhu, StringComparison.Ordinal);

        var check = Ok("check", P("out", "talk-notices", "县民政局领导班子-U004.docx"), P("out", "commendation.docx"),
            P("out", "meeting", "周德明-U033.docx"), P("out", "talk-records", "县民政局领导班子-U004.docx"), P("out", "admonitions", Names(P("out", "admonitions"))[0]));
        Assert.Equal(5, Regex.Matches(check.Out, "未发现不符合").Count);

        // a second run writes the same documents again
        Ok("outcomes", Sample, "--to", store, "--date", "2015-01-10", "-o", P("out"));
        Assert.Equal(documents.Order(), Directory.GetFiles(P("out"), "*.docx", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void Bad_input_is_reported_at_once_and_nothing_is_written()
    {
        var rules = P("rules.json");
        File.WriteAllText(rules, File.ReadAllText(RepoPaths.Of("Templates", "rules", "default-rules.json")).Replace("\"document\": \"talk\"", "\"document\": \"talks\"", StringComparison.Ordinal));
        var bad = CliHarness.Exec("outcomes", Sample, "--rules", rules, "--date", "2015-02-30", "-o", P("out"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("--date «2015-02-30»: not a date", bad.Err, StringComparison.Ordinal);
        Assert.Contains("rules.json: rule 3, document: 'talks' is not a document an outcome calls for: talk, admonition, commendation", bad.Err, StringComparison.Ordinal);
        Assert.Contains("outcomes failed: 2 problem(s); nothing written", bad.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("out")));

        // a batch's folder is replaced by the next batch: refused
        Ok("batch", Sample, "-o", P("r1"));
        var into = CliHarness.Exec("outcomes", Sample, "-o", P("r1"));
        Assert.Equal(1, into.Code);
        Assert.Contains("is a batch's output", into.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("r1", "talk-notices")));

        // a template that does not compile: located, and nothing written
        Directory.CreateDirectory(P("templates"));
        foreach (var t in new[] { "talk-notice", "talk-record", "admonition-record", "commendation", "member-report", "briefing" })
            File.Copy(RepoPaths.Of("Templates", t + ".docx"), P("templates", t + ".docx"));
        File.WriteAllBytes(P("templates", "commendation.docx"), DocxFactory.Create(DocxFactory.P("{{ if commendation.units }}")));
        var broken = CliHarness.Exec("outcomes", Sample, "--templates", P("templates"), "-o", P("out"));
        Assert.Equal(1, broken.Code);
        Assert.Contains("commendation.docx", broken.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("out")));
    }

    [Fact]
    public void With_pdf_every_document_has_its_pdf_and_a_colophon_without_room_goes_to_an_even_page_of_its_own()
    {
        var run = Ok("outcomes", Sample, "--date", "2015-01-10", "--pdf", "-o", P("out"));
        Assert.Contains("wrote 23 document(s) and 23 PDF(s)", run.Out, StringComparison.Ordinal);
        foreach (var docx in Directory.GetFiles(P("out"), "*.docx", SearchOption.AllDirectories))
        {
            Assert.True(File.Exists(Path.ChangeExtension(docx, ".pdf")), docx);
            DocxValidation.AssertValid(File.ReadAllBytes(docx), docx);
        }
        // the sample's 表扬通报 fills its second page: the 版记 stands alone on page 4, after a blank page 3, neither numbered
        var pages = PdfPages(P("out", "commendation.pdf"));
        Assert.Equal(0, pages.Length % 2);
        Assert.Contains("印发", pages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("—", pages[^1], StringComparison.Ordinal);
        Assert.Contains("—2—", string.Concat(pages[1].Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        // each record is one page to fill in
        foreach (var record in Directory.GetFiles(P("out", "talk-records"), "*.pdf").Concat(Directory.GetFiles(P("out", "admonitions"), "*.pdf")))
            Assert.Single(PdfPages(record));
    }

    // the text of each page of a PDF, by poppler's pdftotext (pages end in a form feed)
    static string[] PdfPages(string pdf)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Split('\f')[..^1];
    }

    static string[] Names(string folder) => [.. Directory.GetFiles(folder, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
