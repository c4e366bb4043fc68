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

    [Fact]
    public void A_colophon_rule_drawn_too_thin_in_our_frame_is_found()
    {
        var notice = File.ReadAllBytes(Directory.GetFiles(Path.Combine(batch.Output, "notices"), "*.docx").Order(StringComparer.Ordinal).First());
        using var stream = new MemoryStream();
        stream.Write(notice);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            // the first 版记 rule: a black-filled paragraph 20 twips (0.35 mm) high, made 10 (0.18 mm)
            var at = xml.IndexOf("<w:pStyle w:val=\"GwColophonRule\"/>", StringComparison.Ordinal);
            var line = xml.IndexOf("w:line=\"20\"", at, StringComparison.Ordinal);
            xml = xml[..line] + "w:line=\"10\"" + xml[(line + "w:line=\"20\"".Length)..];
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write(xml);
        }
        var found = Findings.Of(stream.ToArray());
        var only = Assert.Single(found);
        Assert.Equal("GW0505", only.Code);
    }
}
