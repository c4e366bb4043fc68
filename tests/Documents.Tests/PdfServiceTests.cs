using OfficeTools.Testing;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;
using OfficeTools.PdfServiceEmulator;

namespace OfficeTools.Documents.Tests;

/// <summary>
/// `batch --pdf-service URL`: the PDFs made by a Gotenberg service (here the emulator of its LibreOffice route, converting
/// with the local soffice), with the requests in flight bounded by --pdf-jobs, busy answers retried, and a document the
/// service cannot convert named with the service's answer while the others are written.
/// </summary>
public sealed class PdfServiceTests
{
    static string Soffice => SystemTools.Soffice;

    [Fact]
    public void A_batch_converts_through_the_service_with_bounded_requests_and_busy_answers_retried()
    {
        using var service = new GotenbergEmulator(Soffice).Start();
        service.BusyFor(2);
        var dir = TestLedgers.TempDir("pdf-service");
        var ledger = MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots)], MiniLedgerFile.DoneAndUnsatisfied);
        var output = Path.Combine(dir, "out");
        // no LibreOffice here: the service is all it needs
        var result = BatchRunner.Run(new BatchOptions
        {
            Ledger = ledger, Output = output, Pdf = true, PdfService = service.Url, PdfJobs = 2, Soffice = "/nonexistent/soffice",
        }, null, TestContext.Current.CancellationToken);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(5, result.Summary!.Pdfs);
        foreach (var docx in Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories))
            Assert.StartsWith("%PDF", File.ReadAllText(Path.ChangeExtension(docx, ".pdf"))[..4]);
        Assert.InRange(service.MostAtOnce, 1, 2);
        // the 公文 with a 版记 are also converted without it (the layout probe): more requests than documents, plus the two busy ones
        Assert.True(service.Requests >= 5 + 2, $"{service.Requests} requests");
    }

    [Fact]
    public void A_document_the_service_cannot_convert_is_named_with_its_answer_and_the_others_are_made()
    {
        using var service = new GotenbergEmulator(Soffice).Start();
        var root = TestLedgers.TempDir("pdf-service-bad");
        var good = Path.Combine(TestLedgers.TempDir("pdf-service-src"), "out");
        var batch = BatchRunner.Run(new BatchOptions
        {
            Ledger = MiniLedgerFile.Write(Path.GetDirectoryName(good)!, [("U1", "甲单位", UnitKinds.Leadership)], MiniLedgerFile.DoneAndUnsatisfied), Output = good,
        }, null, TestContext.Current.CancellationToken);
        Assert.True(batch.Success);
        File.Copy(Path.Combine(good, "briefing.docx"), Path.Combine(root, "a.docx"));
        File.WriteAllBytes(Path.Combine(root, "b.docx"), [.. "PK\u0003\u0004 not a package"u8]);

        var result = PdfConverter.Convert(null, root, ["a.docx", "b.docx"], new PdfJobs { Service = service.Url, Workers = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(["a.docx"], result.Converted);
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("b.docx: ", error);
        Assert.True(File.Exists(Path.Combine(root, "a.pdf")));
        Assert.False(File.Exists(Path.Combine(root, "b.pdf")));
    }

    [Fact]
    public void A_service_that_is_not_there_is_named_after_its_retries()
    {
        var root = TestLedgers.TempDir("pdf-service-gone");
        File.Copy(MakeOne(), Path.Combine(root, "a.docx"));
        var result = PdfConverter.Convert(null, root, ["a.docx"], new PdfJobs { Service = new Uri("http://127.0.0.1:9/"), Workers = 1 }, TestContext.Current.CancellationToken);
        var error = Assert.Single(result.Errors).ToString();
        Assert.Contains("could not be reached", error);
        Assert.Contains("tried 4 times", error);
    }

    static string MakeOne()
    {
        var dir = TestLedgers.TempDir("pdf-service-one");
        var output = Path.Combine(dir, "out");
        BatchRunner.Run(new BatchOptions { Ledger = MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership)], MiniLedgerFile.DoneAndUnsatisfied), Output = output },
            null, TestContext.Current.CancellationToken);
        return Path.Combine(output, "briefing.docx");
    }
}
