using OfficeTools.Testing;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Identity;

namespace OfficeTools.Collect.Tests;

/// <summary>The sealed identity is a custom document property: a LibreOffice re-save keeps it, and the form still counts.</summary>
public class LibreOfficeIdentityTests
{
    [Fact]
    public void The_identity_survives_a_LibreOffice_resave_and_the_form_counts()
    {
        _ = SystemTools.Soffice;
        var blank = TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1));
        var filled = FormFiller.Fill(blank, SampleLedger.Answers(1));
        var resaved = LibreOffice.Resave(filled);
        Assert.Equal(FormStamp.Read(filled), FormStamp.Read(resaved));

        var dir = Path.Combine(Path.GetTempPath(), "collect-lo-id-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (ledger, errors) = LedgerView.Load(SampleLedger.Write(SampleLedger.Create(2), dir));
            Assert.Empty(errors);
            var layouts = new FormLayouts();
            Assert.True(layouts.Add(blank));
            Assert.True(layouts.Add(TestForms.Blank("U002", "基层党组织", 3, SampleLedger.ItemIds(1))));
            var report = Collector.Collect([new ReturnedForm("resaved.docx", DateTimeOffset.UtcNow, null, () => resaved)], ledger!,
                new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), layouts, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Empty(report.Unmatched);
            Assert.Equal(SubmissionStatus.Submitted, report.Units[0].Status);

            // An identity edited before the re-save is still caught after it.
            var edited = LibreOffice.Resave(FormFiller.ForceText(filled, "unit.id", "U002"));
            var rejected = Collector.Collect([new ReturnedForm("edited.docx", DateTimeOffset.UtcNow, null, () => edited)], ledger!,
                new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), layouts, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(FormProblem.IdentityEdited, Assert.Single(rejected.Unmatched).Problems[0].Id);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
