using Microsoft.Data.Sqlite;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// 新发现问题 through the real command line: a unit writes new problems on its form, collect proposes them, the clerk confirms
/// one in the verification sheet, and round 2 asks the unit about it; until then it is in no document.
/// </summary>
public sealed class NewProblemsLoopTests : LoopTest
{
    [Fact]
    public async Task New_problems_on_a_form_are_proposed_and_join_the_ledger_once_confirmed()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        const string unit = "U003";
        var form = Directory.GetFiles(P("r1", "forms"), $"*-{unit}.docx").Single();
        var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?>
        {
            ["new_problems"] = "1. 下属单位会议室超标准装修问题\n2. 节日期间公车停放管理不严\n无",
        });
        await using (var s = new LocalFormStore(store))
            await s.SubmitAsync(unit, Path.GetFileName(form), filled, "clerk@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);

        Ok("collect", store, "--ledger", Sample, "-o", P("collected.json"));
        Ok("collect", store, "--ledger", Sample, "-o", P("collected.json")); // twice: proposed once
        var awaiting = Ok("verify", Sample, "--to", store).Out;
        Assert.Contains("2 new problem(s) reported await 确认", awaiting);
        Assert.Contains("N0001", awaiting);

        // not in the ledger yet: round 2's form does not ask about it
        Ok("batch", Sample, "-o", P("before"), "--to", store);
        Assert.DoesNotContain("会议室超标准装修", DocxText.Body(File.ReadAllBytes(Directory.GetFiles(P("before", "forms"), $"*-{unit}.docx").Single())));

        var sheet = P("复核表.xlsx");
        Ok("verify", Sample, "--to", store, "--sheet-out", sheet);
        var typedOver = P("typed-over.xlsx");
        File.Copy(sheet, typedOver);
        SheetFiller.Fill(typedOver, "新发现问题", ("G4", "同意"));
        var bad = CliHarness.Exec("verify", Sample, "--to", store, "--sheet", typedOver);
        Assert.Equal(1, bad.Code);
        Assert.Contains("row 4, column G (确认)", bad.Err);

        SheetFiller.Fill(sheet, "新发现问题", ("G4", "纳入台账"), ("G5", "不纳入"));
        Assert.Contains("新发现问题: 1 纳入台账, 1 不纳入", Ok("verify", Sample, "--to", store, "--sheet", sheet).Out);
        Assert.DoesNotContain("await 确认", Ok("verify", Sample, "--to", store).Out);

        Ok("batch", Sample, "-o", P("r2"), "--to", store);
        var r2 = File.ReadAllBytes(Directory.GetFiles(P("r2", "forms"), $"*-{unit}.docx").Single());
        DocxValidation.AssertValid(r2);
        var text = DocxText.Body(r2);
        Assert.Contains("下属单位会议室超标准装修问题", text);
        Assert.DoesNotContain("节日期间公车停放管理不严", text);
        Assert.DoesNotContain("N0001", text);

        await using var store2 = new LocalFormStore(store);
        var history = CampaignHistory.Replay(await store2.ReadTrailAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, history.Proposals.Count);
        Assert.Equal((true, "clerk@example.cn"), (history.Proposal("N0001")!.Included == true, history.Proposal("N0001")!.Proposed.Actor));
        Assert.False(history.Proposal("N0002")!.Included);

        // the ledger comes back in the clerk's format with the new item as a row of its own; a batch from it alone asks about it
        var xlsx = RepoPaths.Of("Templates", "samples", "ledger.xlsx");
        Assert.Contains("1 new item(s) confirmed", Ok("export", "ledger", xlsx, "--to", store, "-o", P("台账（回头看）.xlsx")).Out);
        var back = OfficeTools.Documents.Ledger.LedgerLoader.Load(P("台账（回头看）.xlsx"));
        Assert.True(back.Success, string.Join("\n", back.Errors));
        var added = Assert.Single(back.Ledger!.Items, i => i.Id == "N0001");
        Assert.Equal((unit, "下属单位会议室超标准装修问题", true), (added.Unit, added.Problem, added.NewlyFound));
        Assert.Equal(OfficeTools.Data.XlsxReader.ReadWorkbook(xlsx).Workbook!.Sheets.Select(x => x.Name),
            OfficeTools.Data.XlsxReader.ReadWorkbook(P("台账（回头看）.xlsx")).Workbook!.Sheets.Select(x => x.Name));
        Ok("batch", P("台账（回头看）.xlsx"), "-o", P("from-export"));
        Assert.Contains("下属单位会议室超标准装修问题", DocxText.Body(File.ReadAllBytes(Directory.GetFiles(P("from-export", "forms"), $"*-{unit}.docx").Single())));
        var over = CliHarness.Exec("export", "ledger", xlsx, "--to", store, "-o", xlsx);
        Assert.Equal(1, over.Code);
        Assert.Contains("never over it", over.Err);
    }
}
