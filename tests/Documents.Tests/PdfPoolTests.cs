using OfficeTools.Testing;
using System.IO.Compression;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>
/// `batch --pdf` with a pool of LibreOffice workers fed in chunks: a document LibreOffice cannot load is named with its reason
/// while the rest are converted and the .docx set stays whole; a rerun converts only what changed.
/// </summary>
public sealed class PdfPoolTests
{
    static string Soffice => SystemTools.Soffice;

    static (string Dir, string Ledger) Mini()
    {
        var dir = TestLedgers.TempDir("pdf-pool");
        return (dir, MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots)], MiniLedgerFile.DoneAndUnsatisfied));
    }

    // a package LibreOffice refuses: its main part is not XML
    static byte[] Unloadable(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document><broken");
        }
        return stream.ToArray();
    }

    [Fact]
    public void Workers_in_chunks_convert_every_document_and_name_the_one_LibreOffice_cannot_load()
    {
        var (dir, ledger) = Mini();
        var batch = BatchRunner.Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out") }, null, TestContext.Current.CancellationToken);
        Assert.True(batch.Success, string.Join("\n", batch.Errors));
        var root = Path.Combine(dir, "out");
        var docs = Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        File.WriteAllBytes(Path.Combine(root, "forms", "坏文件.docx"), Unloadable(File.ReadAllBytes(Path.Combine(root, docs[^1]))));
        docs.Insert(1, Path.Combine("forms", "坏文件.docx"));

        var reported = 0;
        var result = PdfConverter.Convert(Soffice, root, docs, new PdfJobs { Workers = 2, ChunkSize = 2, Progress = new Count(() => Interlocked.Increment(ref reported)) },
            TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith(Path.Combine("forms", "坏文件.docx") + ": LibreOffice", error);
        Assert.Contains("source file could not be loaded", error);
        Assert.DoesNotContain("javaldx", error);
        Assert.Equal(docs.Count - 1, result.Count);
        Assert.Equal(docs.Count - 1, reported);
        foreach (var d in docs.Where(d => !d.Contains("坏文件", StringComparison.Ordinal)))
            Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(root, Path.ChangeExtension(d, ".pdf")))[..4]);
        Assert.False(File.Exists(Path.Combine(root, "forms", "坏文件.pdf")));
    }

    [Fact]
    public void A_rerun_keeps_the_pdfs_of_unchanged_documents_and_converts_the_changed_and_the_missing()
    {
        var (dir, ledger) = Mini();
        var output = Path.Combine(dir, "out");
        BatchResult Batch(string l) => BatchRunner.Run(new BatchOptions { Ledger = l, Output = output, Pdf = true, Soffice = Soffice, PdfJobs = 2 }, null,
            TestContext.Current.CancellationToken);
        var first = Batch(ledger);
        Assert.True(first.Success, string.Join("\n", first.Errors));
        Assert.Equal((5, 0), (first.Summary!.Pdfs, first.Summary.PdfsReused));
        var briefing = Path.Combine(output, "briefing.pdf");
        var made = File.ReadAllBytes(briefing);

        var second = Batch(ledger);
        Assert.True(second.Success, string.Join("\n", second.Errors));
        Assert.Equal((5, 5), (second.Summary!.Pdfs, second.Summary.PdfsReused));
        Assert.Equal(made, File.ReadAllBytes(briefing));
        // a PDF older than its document, or gone, is made again
        File.SetLastWriteTimeUtc(briefing, File.GetLastWriteTimeUtc(Path.Combine(output, "briefing.docx")).AddMinutes(-5));
        File.Delete(Path.Combine(output, "forms", "甲单位-U1.pdf"));
        var third = Batch(ledger);
        Assert.Equal((5, 3), (third.Summary!.Pdfs, third.Summary.PdfsReused));
        Assert.True(File.GetLastWriteTimeUtc(briefing) >= File.GetLastWriteTimeUtc(Path.Combine(output, "briefing.docx")));

        // another unit's name changes every document that names it: all are converted again
        var renamed = ledger.Replace(".json", "-2.json", StringComparison.Ordinal);
        File.WriteAllText(renamed, File.ReadAllText(ledger).Replace("乙村党支部", "丙村党支部", StringComparison.Ordinal));
        var fourth = Batch(renamed);
        Assert.True(fourth.Success, string.Join("\n", fourth.Errors));
        Assert.InRange(fourth.Summary!.PdfsReused, 1, 3);
        Assert.Equal(5, Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Length);
    }

    sealed class Count(Action tick) : IProgress<int>
    {
        public void Report(int value) => tick();
    }
}
