using System.IO.Compression;
using System.Text;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Identity;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// Collecting trusts nothing in the returned file: a form counts only with its own sealed identity of this campaign,
/// and a bad newer file never displaces a unit's valid earlier one.
/// </summary>
public sealed class IdentityTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "collect-id-" + Guid.NewGuid().ToString("N"));
    static CancellationToken Ct => TestContext.Current.CancellationToken;
    static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    LedgerView Ledger(int units = 3, string? campaignId = null)
    {
        var json = SampleLedger.Create(units);
        if (campaignId != null) json["campaign"]!["id"] = campaignId;
        var (ledger, errors) = LedgerView.Load(SampleLedger.Write(json, dir));
        Assert.Empty(errors);
        return ledger!;
    }

    static byte[] Filled(int unit, string? campaignId = null) =>
        FormFiller.Fill(TestForms.Blank($"U{unit:D3}", "基层党组织", 3, SampleLedger.ItemIds(unit), campaignId: campaignId), SampleLedger.Answers(unit));

    static ReturnedForm Returned(string file, byte[] bytes, int minute = 0) =>
        new(file, Now.AddMinutes(minute), null, () => bytes);

    static string SealOf(byte[] docx) => FormStamp.Read(docx) ?? throw new InvalidOperationException("no identity");

    // Replaces part n (1 campaign, 2 unit, 3 kind, 4 mac) of the sealed text, keeping the rest.
    static byte[] WithPart(byte[] docx, int n, string value)
    {
        var parts = SealOf(docx).Split('.');
        parts[n] = Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return FormStamp.Write(docx, string.Join('.', parts));
    }

    static UnmatchedForm Rejected(CollectReport report, string file) => Assert.Single(report.Unmatched, u => u.File == file);

    [Fact]
    public void A_valid_form_counts_and_its_identity_is_not_on_the_page()
    {
        var form = Filled(1);
        var report = Collector.Collect([Returned("a.docx", form)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(SubmissionStatus.Submitted, report.Units[0].Status);
        Assert.Empty(report.Unmatched);
        using var zip = new ZipArchive(new MemoryStream(form));
        using var body = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var text = body.ReadToEnd();
        Assert.DoesNotContain(SealOf(form).Split('.')[4], text, StringComparison.Ordinal);
        Assert.DoesNotContain(FormStamp.PropertyName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_without_identity_counts_for_no_unit()
    {
        var report = Collector.Collect([Returned("plain.docx", Filled(1, campaignId: ""))], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(SubmissionStatus.Missing, report.Units[0].Status);
        Assert.Equal(FormProblem.NoIdentity, Rejected(report, "plain.docx").Problems[0].Id);
        Assert.Equal(0, report.MergedFields);
    }

    public static TheoryData<string> Edits() => ["unit-in-seal", "kind-in-seal", "mac", "garbage", "unit-control", "seal-of-another-unit"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_form_whose_identity_was_edited_counts_for_no_unit(string edit)
    {
        var form = Filled(1);
        var edited = edit switch
        {
            "unit-in-seal" => WithPart(form, 2, "U002"),
            "kind-in-seal" => WithPart(form, 3, "领导班子"),
            "mac" => WithPart(form, 4, "forged-mac-forged-mac-forged-mac"),
            "garbage" => FormStamp.Write(form, "v1.%%%.@@@.!!!.???"),
            // The unit.id control retyped to another unit: the seal still says U001.
            "unit-control" => FormFiller.ForceText(form, "unit.id", "U002"),
            // The whole (valid) seal of unit U002 copied into U001's form.
            _ => FormStamp.Write(form, SealOf(Filled(2))),
        };
        var report = Collector.Collect([Returned("edited.docx", edited)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.All(report.Units, u => Assert.Equal(SubmissionStatus.Missing, u.Status));
        var problem = Rejected(report, "edited.docx").Problems[0];
        Assert.Equal(FormProblem.IdentityEdited, problem.Id);
        Assert.Contains("edited", problem.Message);
    }

    [Fact]
    public void A_form_of_another_campaign_counts_for_no_unit()
    {
        var report = Collector.Collect([Returned("other.docx", Filled(1, campaignId: "other-campaign-2025"))], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(SubmissionStatus.Missing, report.Units[0].Status);
        var problem = Rejected(report, "other.docx").Problems[0];
        Assert.Equal(FormProblem.OtherCampaign, problem.Id);
        Assert.Contains("other-campaign-2025", problem.Message);
    }

    [Fact]
    public void A_form_of_another_campaign_that_claims_this_campaign_id_fails_its_seal()
    {
        // Same campaign id, but sealed under another key (another office's machine): the seal does not verify.
        var form = Filled(1);
        var forged = FormStamp.Write(form, new FormIdentity(SampleLedger.CampaignId(), "U001", "基层党组织").Seal(new byte[32]));
        var report = Collector.Collect([Returned("forged.docx", forged)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(FormProblem.IdentityEdited, Rejected(report, "forged.docx").Problems[0].Id);
    }

    [Fact]
    public void Without_the_campaign_key_no_form_is_counted_and_the_key_file_is_named()
    {
        var id = "never-keyed-" + Guid.NewGuid().ToString("N")[..8];
        var report = Collector.Collect([Returned("a.docx", Filled(1))], Ledger(campaignId: id), Now, null, cancellationToken: Ct);
        Assert.Equal(SubmissionStatus.Missing, report.Units[0].Status);
        var problem = Rejected(report, "a.docx").Problems[0];
        Assert.Equal(FormProblem.NoCampaignKey, problem.Id);
        Assert.Contains(CampaignKeys.PathOf(id), problem.Message);
        Assert.False(File.Exists(CampaignKeys.PathOf(id)), "verifying must never create a key");
    }

    [Fact]
    public void Two_identity_properties_are_no_identity()
    {
        var form = Filled(1);
        var seal = SealOf(form);
        // A second property of the same name, added by hand next to ours.
        var twice = Rewrite(form, "docProps/custom.xml", xml => xml.Replace("</Properties>",
            $"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"9\" name=\"{FormStamp.PropertyName}\"><vt:lpwstr>{seal}</vt:lpwstr></property></Properties>", StringComparison.Ordinal));
        Assert.Null(FormStamp.Read(twice));
        var report = Collector.Collect([Returned("twice.docx", twice)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(FormProblem.NoIdentity, Rejected(report, "twice.docx").Problems[0].Id);
    }

    [Fact]
    public void An_invalid_newer_form_never_displaces_a_valid_earlier_one()
    {
        var valid = Filled(1);
        var broken = FormFiller.Delete(Filled(1), "item.I001-1.note");
        var report = Collector.Collect([Returned("U001-v1.docx", valid, 0), Returned("U001-v2.docx", broken, 5)], Ledger(), Now, null, cancellationToken: Ct);
        var unit = report.Units[0];
        Assert.Equal(SubmissionStatus.Submitted, unit.Status);
        Assert.Equal("U001-v1.docx", unit.File);
        Assert.Empty(unit.Problems);
        var notCounted = Assert.Single(unit.NotCounted);
        Assert.Equal("U001-v2.docx", notCounted.File);
        Assert.Contains(notCounted.Problems, p => p.Id == FormProblem.ControlDeleted);
        var json = System.Text.Json.Nodes.JsonNode.Parse(ReportWriter.ToJson(report))!;
        Assert.Equal("U001-v2.docx", json["units"]![0]!["notCounted"]![0]!["file"]!.ToString());
    }

    [Fact]
    public void A_forged_newer_form_never_displaces_a_valid_earlier_one()
    {
        var valid = Filled(1);
        var answers = SampleLedger.Answers(1);
        answers["filler"] = "冒名者";
        var forged = WithPart(FormFiller.Fill(TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1)), answers), 4, "x");
        var report = Collector.Collect([Returned("U001-v1.docx", valid, 0), Returned("U001-v2.docx", forged, 5)], Ledger(), Now, null, cancellationToken: Ct);
        var unit = report.Units[0];
        Assert.Equal(SubmissionStatus.Submitted, unit.Status);
        Assert.Equal("U001-v1.docx", unit.File);
        Assert.Equal("李1", unit.Values["filler"]);
        Assert.Equal(FormProblem.IdentityEdited, Rejected(report, "U001-v2.docx").Problems[0].Id);
    }

    [Fact]
    public void A_valid_newer_form_still_replaces_an_earlier_one_and_all_invalid_shows_the_latest()
    {
        var first = Filled(1);
        var answers = SampleLedger.Answers(1);
        answers["filler"] = "新填报人";
        var second = FormFiller.Fill(TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1)), answers);
        var report = Collector.Collect([Returned("v1.docx", first, 0), Returned("v2.docx", second, 5)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal("v2.docx", report.Units[0].File);
        Assert.Empty(report.Units[0].NotCounted);

        var bad1 = FormFiller.Delete(Filled(1), "item.I001-1.note");
        var bad2 = FormFiller.Delete(Filled(1), "item.I001-2.note");
        var invalid = Collector.Collect([Returned("b1.docx", bad1, 0), Returned("b2.docx", bad2, 5)], Ledger(), Now, null, cancellationToken: Ct);
        Assert.Equal(SubmissionStatus.Invalid, invalid.Units[0].Status);
        Assert.Equal("b2.docx", invalid.Units[0].File);
    }

    static byte[] Rewrite(byte[] docx, string part, Func<string, string> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string text;
            using (var r = new StreamReader(entry.Open())) text = r.ReadToEnd();
            using var s = entry.Open();
            s.SetLength(0);
            using var w = new StreamWriter(s, new UTF8Encoding(false));
            w.Write(edit(text));
        }
        return ms.ToArray();
    }
}
