using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`officetools sample`: the seed printed and recorded, the same draw again from it, the documents, and returned records as 复核 verdicts.</summary>
public sealed class SampleLoopTests : LoopTest
{
    [Fact]
    public void A_draw_is_redrawn_from_its_seed_and_its_filled_record_becomes_verdicts()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);

        // seed 3 draws 县国土资源局 (U005) among its 6 with the strata by level (县直部门, 乡镇, 村（社区）)
        var run = Ok("sample", Sample, "--to", store, "--seed", "3", "--size", "6", "--date", "2015-02-10", "-o", P("抽查"));
        Assert.StartsWith("抽查 seed 3 (draw again with --seed 3): 6 of 46 unit(s), 共6个", run.Out, StringComparison.Ordinal);
        Assert.Contains("the draw (seed 3) recorded in the campaign's trail", run.Out, StringComparison.Ordinal);
        // the same seed draws the same units (the table is the same), and records nothing new
        var again = Ok("sample", Sample, "--to", store, "--seed", "3", "--size", "6");
        Assert.Equal(Table(run.Out), Table(again.Out));
        Assert.Contains("in the campaign's trail already", again.Out, StringComparison.Ordinal);
        // no seed: a new one, printed, and the draw made with it is the one printed again
        var fresh = Ok("sample", Sample, "--to", store, "--size", "6");
        var seed = fresh.Out.Split(' ')[2];
        Assert.Equal(Table(fresh.Out), Table(Ok("sample", Sample, "--to", store, "--seed", seed, "--size", "6").Out));
        var trail = Ok("export", "trail", Sample, "--to", store).Out;
        Assert.Contains("抽查", trail, StringComparison.Ordinal);

        var list = File.ReadAllBytes(P("抽查", "sample-list.docx"));
        DocxValidation.AssertValid(list, "抽查名单");
        var listText = DocxText.Part(list, "all");
        foreach (var key in new[] { "抽查名单", "抽样种子3", "县国土资源局领导班子", "专项整治事项3项", "2015年2月10日" })
            Assert.Contains(key, listText, StringComparison.Ordinal);
        Assert.Contains("未发现不符合", Ok("check", P("抽查", "sample-list.docx")).Out, StringComparison.Ordinal);
        Assert.Equal(6, Directory.GetFiles(P("抽查", "records"), "*.docx").Length);

        // 县国土资源局 (U005): I0022 and I0023 reported 整改到位; the checkers pass one and send one back
        var record = Directory.GetFiles(P("抽查", "records"), "*-U005.docx").Single();
        DocxValidation.AssertValid(File.ReadAllBytes(record), "U005's 抽查记录表");
        var filled = FormFiller.Fill(File.ReadAllBytes(record), new Dictionary<string, object?>
        {
            ["item.I0022.check"] = "查阅门户网站，已按季度公开", ["item.I0022.verdict"] = "通过",
            ["item.I0023.check"] = "联席会议未召开", ["item.I0023.verdict"] = "退回重办", ["item.I0023.reason"] = "联席会议制度未落实",
            ["checker"] = "督查组王某",
        });
        Directory.CreateDirectory(P("returned"));
        File.WriteAllBytes(P("returned", Path.GetFileName(record)), filled);
        var verified = Ok("verify", Sample, "--to", store, "--records", P("returned"));
        Assert.Contains("复核: 1 通过, 1 退回重办", verified.Out, StringComparison.Ordinal);
        var u005 = Ok("export", "trail", Sample, "--to", store, "--item", "I0023").Out;
        Assert.Contains("联席会议制度未落实", u005, StringComparison.Ordinal);
        Assert.Contains("督查组王某", u005, StringComparison.Ordinal);
        // the same records again record nothing new
        Assert.Contains("复核: 0 通过, 0 退回重办", Ok("verify", Sample, "--to", store, "--records", P("returned")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Forged_records_and_bad_sizes_are_refused_located_and_nothing_is_recorded()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var big = CliHarness.Exec("sample", Sample, "--to", store, "--per-stratum", "9", "--seed", "1", "-o", P("抽查"));
        Assert.Equal(1, big.Code);
        Assert.Contains("--per-stratum 9: stratum 党员干部·", big.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was written or recorded", big.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("抽查")));
        Assert.DoesNotContain("抽查", Ok("export", "trail", Sample, "--to", store).Out, StringComparison.Ordinal);

        // the draw is recorded: a folder that is no store is refused
        var nostore = CliHarness.Exec("sample", Sample, "--to", P("nostore"), "--size", "3");
        Assert.Equal(1, nostore.Code);
        Assert.Contains("not a store: the draw is recorded in the store", nostore.Err, StringComparison.Ordinal);

        Ok("sample", Sample, "--to", store, "--seed", "3", "--size", "6", "-o", P("抽查"));
        var record = File.ReadAllBytes(Directory.GetFiles(P("抽查", "records"), "*-U005.docx").Single());
        Directory.CreateDirectory(P("bad"));
        // a record whose unit.id was changed, a 自查报告表 in the place of a record, and a verdict on an item not reported done
        File.WriteAllBytes(P("bad", "edited.docx"), FormFiller.ForceText(FormFiller.Fill(record, new Dictionary<string, object?> { ["item.I0022.verdict"] = "通过" }), "unit.id", "U004"));
        File.Copy(Directory.GetFiles(P("r1", "forms"), "*-U005.docx").Single(), P("bad", "form.docx"));
        File.WriteAllBytes(P("bad", "early.docx"), FormFiller.Fill(record, new Dictionary<string, object?> { ["item.I0024.verdict"] = "通过" }));
        var bad = CliHarness.Exec("verify", Sample, "--to", store, "--records", P("bad"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("edited.docx: refused:", bad.Err, StringComparison.Ordinal);
        Assert.Contains("form.docx: refused: it is a 领导班子, not a 抽查记录表", bad.Err, StringComparison.Ordinal);
        Assert.Contains("early.docx, item I0024 核查结论", bad.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was recorded", bad.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("复核", Ok("export", "trail", Sample, "--to", store, "--item", "I0024").Out, StringComparison.Ordinal);
    }

    // the draw's table: the lines after the first (the seed) up to the lines about files and the trail
    static string Table(string output) => string.Join('\n', output.Split('\n').Skip(1).TakeWhile(l => !l.StartsWith("wrote", StringComparison.Ordinal) && !l.StartsWith("the draw", StringComparison.Ordinal) && !l.StartsWith("this draw", StringComparison.Ordinal)));
}
