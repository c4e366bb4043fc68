using System.Text.Json.Nodes;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Identity;
using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>Every generated form carries its sealed identity; the key lives in the key store, never in the output.</summary>
public class FormIdentityTests
{
    static BatchResult Run(BatchOptions options) => BatchRunner.Run(options, null, TestContext.Current.CancellationToken);

    static (string Dir, string Ledger) Mini(string? campaignId = null)
    {
        var dir = TestLedgers.TempDir("identity");
        var ledger = MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots), ("P1", "丙", UnitKinds.Member)],
            MiniLedgerFile.DoneAndUnsatisfied);
        if (campaignId != null)
        {
            var json = JsonNode.Parse(File.ReadAllText(ledger))!;
            json["campaign"]!["id"] = campaignId;
            File.WriteAllText(ledger, json.ToJsonString());
        }
        return (dir, ledger);
    }

    [Fact]
    public void Batch_forms_and_notices_carry_a_sealed_identity_of_their_unit_and_the_briefing_none()
    {
        var (dir, ledger) = Mini();
        var output = Path.Combine(dir, "out");
        var result = Run(new BatchOptions { Ledger = ledger, Output = output });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var campaign = LedgerLoader.Load(ledger).Ledger!.Campaign;
        Assert.Null(campaign.Id);
        Assert.Matches("^c-[0-9a-f]{16}$", campaign.CampaignId);
        var key = CampaignKeys.Find(campaign.CampaignId);
        Assert.NotNull(key);
        var seen = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(output, "forms")))
        {
            var bytes = File.ReadAllBytes(file);
            DocxValidation.AssertValid(bytes, file);
            Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(FormStamp.Read(bytes), campaign.CampaignId, key!, out var identity));
            seen[identity!.UnitId] = identity.Kind;
        }
        Assert.Equal(new Dictionary<string, string> { ["U1"] = UnitKinds.Leadership, ["U2"] = UnitKinds.Grassroots, ["P1"] = UnitKinds.Member }, seen);
        // a notice is sealed with its number and round (its 办理结果 slip comes back); the briefing is not
        foreach (var file in Directory.GetFiles(Path.Combine(output, "notices")))
        {
            Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(FormStamp.Read(File.ReadAllBytes(file)), campaign.CampaignId, key!, out var notice));
            Assert.Equal("督办通知单", notice!.Kind);
            Assert.Equal(1, notice.Round);
            Assert.NotNull(notice.Number);
        }
        Assert.Null(FormStamp.Read(File.ReadAllBytes(Path.Combine(output, "briefing.docx"))));
        // The key is in the key store, nowhere in what gets published.
        var keyText = File.ReadAllText(CampaignKeys.PathOf(campaign.CampaignId));
        Assert.StartsWith(TestKeyStore.Folder, CampaignKeys.PathOf(campaign.CampaignId), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(output, "*", SearchOption.AllDirectories), f => f.EndsWith(".key", StringComparison.Ordinal));
        Assert.All(Directory.GetFiles(output, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain(keyText, System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f)), StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CampaignKeys.PathOf(campaign.CampaignId)));
    }

    [Fact]
    public void A_notices_identity_seals_its_number_and_round_and_a_v1_form_identity_still_verifies()
    {
        var key = new byte[32];
        key[0] = 7;
        var notice = FormIdentity.Notice("c1", "U1", "督办通知单", "某教督〔2014〕17号", 2);
        var sealedText = notice.Seal(key);
        Assert.StartsWith("v2.", sealedText, StringComparison.Ordinal);
        Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(sealedText, "c1", key, out var read));
        Assert.Equal(("U1", "某教督〔2014〕17号", 2), (read!.UnitId, read.Number, read.Round));
        // another round in the same seal: edited
        var parts = sealedText.Split('.');
        parts[5] = Convert.ToBase64String("1"u8.ToArray()).TrimEnd('=');
        Assert.Equal(FormIdentity.Verdict.Edited, FormIdentity.Verify(string.Join('.', parts), "c1", key, out _));
        // a form's identity is sealed as before (v1) and reads back without a number
        var form = new FormIdentity("c1", "U1", UnitKinds.Leadership).Seal(key);
        Assert.StartsWith("v1.", form, StringComparison.Ordinal);
        Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(form, "c1", key, out var formRead));
        Assert.Null(formRead!.Number);
        Assert.Equal(0, formRead.Round);
    }

    [Fact]
    public void The_key_is_made_once_and_reused_by_later_runs()
    {
        var id = "reuse-" + Guid.NewGuid().ToString("N")[..8];
        var (dir, ledger) = Mini(id);
        Assert.Null(CampaignKeys.Find(id));
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "a") }).Success);
        var key = File.ReadAllText(CampaignKeys.PathOf(id));
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "b") }).Success);
        Assert.Equal(key, File.ReadAllText(CampaignKeys.PathOf(id)));
        var a = FormStamp.Read(File.ReadAllBytes(Directory.GetFiles(Path.Combine(dir, "a", "forms"))[0]));
        var b = FormStamp.Read(File.ReadAllBytes(Directory.GetFiles(Path.Combine(dir, "b", "forms"))[0]));
        Assert.Equal(a, b);
        Assert.Equal(FormIdentity.Verdict.Valid, FormIdentity.Verify(a, id, CampaignKeys.Find(id)!, out var identity));
        Assert.Equal(id, identity!.CampaignId);
    }

    [Fact]
    public void Parallel_first_uses_agree_on_one_key()
    {
        var id = "race-" + Guid.NewGuid().ToString("N")[..8];
        var keys = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 16, _ => keys.Add(Convert.ToBase64String(CampaignKeys.ForGenerating(id))));
        Assert.Single(keys.Distinct());
        Assert.Equal([id + ".key"], Directory.GetFiles(CampaignKeys.Folder, id + "*").Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("活动2014")]
    [InlineData("a b")]
    public void A_campaign_id_that_is_not_a_safe_name_is_a_ledger_error(string id)
    {
        var (_, ledger) = Mini(id);
        var error = Assert.Single(LedgerLoader.Load(ledger).Errors);
        Assert.Contains("field 活动编号 (id)", error.ToString());
        Assert.Contains("is not a campaign id", error.Message);
    }

    [Fact]
    public void The_derived_id_depends_on_office_code_and_year_only()
    {
        var a = Campaign.DeriveId("中共测试县委办公室", "测教督", 2014);
        Assert.Equal(a, Campaign.DeriveId("中共测试县委办公室", "测教督", 2014));
        Assert.NotEqual(a, Campaign.DeriveId("中共测试县委办公室", "测教督", 2015));
        Assert.NotEqual(a, Campaign.DeriveId("中共测试县委办公室", "青教督", 2014));
        Assert.True(Campaign.IsValidId(a));
    }

    [Fact]
    public void A_damaged_key_file_stops_the_batch_with_its_name()
    {
        var id = "damaged-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(CampaignKeys.Folder);
        File.WriteAllText(CampaignKeys.PathOf(id), "not a key");
        var (dir, ledger) = Mini(id);
        var result = Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out") });
        Assert.False(result.Success);
        Assert.Contains(CampaignKeys.PathOf(id), Assert.Single(result.Errors).ToString());
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }
}
