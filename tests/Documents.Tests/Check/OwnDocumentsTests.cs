namespace OfficeTools.Documents.Tests.Check;

/// <summary>Everything the sample batch makes passes the checker: the 公文 (notices, briefing) with no finding at all, the forms with no error.</summary>
public class OwnDocumentsTests(BatchFixture batch) : IClassFixture<BatchFixture>
{
    [Fact]
    public void The_notices_and_the_briefing_have_no_findings()
    {
        var files = Directory.GetFiles(Path.Combine(batch.Output, "notices"), "*.docx").Append(Path.Combine(batch.Output, "briefing.docx")).ToList();
        Assert.True(files.Count > 1);
        foreach (var f in files)
        {
            var found = Findings.OfFile(f);
            Assert.True(found.Count == 0, $"{Path.GetFileName(f)}:\n{found.Show()}");
        }
    }

    [Fact]
    public void Every_batch_output_has_no_errors()
    {
        var files = Directory.GetFiles(batch.Output, "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var f in files)
        {
            var errors = Findings.OfFile(f).Errors();
            Assert.True(errors.Count == 0, $"{Path.GetFileName(f)}:\n{errors.Show()}");
        }
    }
}
