using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`officetools remind`: after the notices' 限期, the late units in red, a 催办通知 each, recorded once a day; bad input writes nothing.</summary>
public sealed class RemindLoopTests : LoopTest
{
    // the sample's notices are dated 2014-12-29 with 20 days: 限期 2015-01-18; its forms were due 2014-12-20
    const string After = "2015-01-25";

    [Fact]
    public async Task After_the_deadline_remind_prints_red_rows_writes_the_reminders_and_records_them_once()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        // 县民政局 (U004) sends its form back with one of its five supervised items done: its form is no longer due
        var form = Directory.GetFiles(P("r1", "forms"), "*-U004.docx").Single();
        var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?> { ["item.I0017.status"] = "整改到位" });
        await using (var s = new LocalFormStore(store))
            await s.SubmitAsync("U004", Path.GetFileName(form), filled, "clerk@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Ok("collect", store, "--ledger", Sample, "-o", P("c.json"));

        var run = Ok("remind", Sample, "--to", store, "--date", After, "-o", P("催办"));
        var lines = run.Out.Split('\n');
        Assert.StartsWith($"催办 {After}: 红 46, 黄 0, 绿 0", run.Out, StringComparison.Ordinal);
        // not a terminal: the colours are words, no escapes
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
        var u004 = Assert.Single(lines, l => l.Contains("县民政局领导班子", StringComparison.Ordinal) && l.StartsWith('红'));
        Assert.Contains("督办事项4项", u004, StringComparison.Ordinal);
        Assert.DoesNotContain("自查报告表未报送", u004, StringComparison.Ordinal);
        Assert.Contains("已逾期7天", u004, StringComparison.Ordinal);
        Assert.Contains("分管领导", u004, StringComparison.Ordinal);
        Assert.Contains("wrote 46 催办通知", run.Out, StringComparison.Ordinal);
        Assert.Contains("46 催办 recorded", run.Out, StringComparison.Ordinal);

        var docx = File.ReadAllBytes(Directory.GetFiles(P("催办"), "*-U004.docx").Single());
        DocxValidation.AssertValid(docx, "U004's 催办通知");
        var text = DocxText.Part(docx, "all");
        foreach (var key in new[] { "青教督催〔2014〕", "催办通知", "高德明同志：", "县民政局领导班子有下列事项已逾期7天", "（青教督〔2014〕17号督办通知单）", "2015年1月18日",
            "已逾期7天", "请你作为分管领导", "2015年1月25日" })
            Assert.Contains(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("制度建设计划中部分制度未按期出台", text, StringComparison.Ordinal); // I0017, reported done
        // Chinese only: no ids, no English on the page
        Assert.DoesNotMatch("[A-Za-z]", text);
        // a 公文 the GB/T 9704 checker finds nothing wrong with
        Assert.Contains("未发现不符合", Ok("check", Directory.GetFiles(P("催办"), "*-U004.docx").Single()).Out, StringComparison.Ordinal);

        // the trail shows the 催办; a second remind the same day records nothing new
        Assert.Contains("催办", Ok("export", "trail", Sample, "--to", store, "--unit", "U004").Out, StringComparison.Ordinal);
        Assert.Contains("already in the campaign's trail", Ok("remind", Sample, "--to", store, "--date", After, "-o", P("催办")).Out, StringComparison.Ordinal);
        var trail = Ok("export", "trail", Sample, "--to", store, "--unit", "U004").Out;
        Assert.Single(trail.Split('\n'), l => l.Contains("催办", StringComparison.Ordinal) && !l.Contains("督办通知单", StringComparison.Ordinal));

        // the table alone (no -o) writes and records nothing; --within widens 黄
        var before = Directory.GetFiles(P("催办")).Length;
        var soon = Ok("remind", Sample, "--to", store, "--date", "2015-01-14", "--unit", "U004", "--within", "5").Out;
        Assert.Contains("黄 1", soon, StringComparison.Ordinal);
        Assert.Contains("还有4天", soon, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(P("催办")).Length);
    }

    [Fact]
    public void Bad_input_is_reported_at_once_exits_1_and_writes_nothing()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var bad = CliHarness.Exec("remind", Sample, "--to", store, "--date", "2015-02-30", "--within", "三天", "--unit", "U999", "-o", P("催办"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("--date «2015-02-30»: not a date", bad.Err, StringComparison.Ordinal);
        Assert.Contains("--within «三天»: not a number of days", bad.Err, StringComparison.Ordinal);
        Assert.Contains("--unit U999: no such unit", bad.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was written or recorded", bad.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("催办")));
        Assert.DoesNotContain("催办", Ok("export", "trail", Sample, "--to", store).Out, StringComparison.Ordinal);
        // a negative number of days, and a folder that is no store
        var neg = CliHarness.Exec("remind", Sample, "--to", P("nostore"), "--within", "-1", "-o", P("催办"));
        Assert.Equal(1, neg.Code);
        Assert.Contains("--within «-1»", neg.Err, StringComparison.Ordinal);
        Assert.Contains("not a store", neg.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("催办")));
    }
}
