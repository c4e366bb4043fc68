using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using OfficeTools.Documents.Batch;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>
/// A 版记 the body leaves no room for stands on an even page of its own, after a blank page when the body ends on an even
/// page, and neither page is numbered (GB/T 9704 §7.4, §7.5); one that fits stays under the body. LibreOffice lays out the
/// sample notice with two, four, … 46 more lines of body text before its 版记 (two pages more), so every case comes up.
/// </summary>
public class ColophonPageTests(BatchFixture batch) : IClassFixture<BatchFixture>
{
    const string Filler = "这是为检验版记位置而加入正文的一个段落，长度一行。"; // 26 characters after the two-character indent: one line

    [Fact]
    public void The_colophon_stays_under_the_body_or_takes_an_even_page_of_its_own_without_page_numbers()
    {
        var soffice = SystemTools.Soffice;
        var notice = Directory.GetFiles(Path.Combine(batch.Output, "notices"), "*.docx").Order(StringComparer.Ordinal).First();
        var root = TestLedgers.TempDir("colophon-pages");
        var names = new List<string>();
        for (var lines = 0; lines <= 46; lines += 2)
        {
            var name = $"n{lines:00}.docx";
            File.WriteAllBytes(Path.Combine(root, name), WithLinesBeforeColophon(File.ReadAllBytes(notice), lines));
            names.Add(name);
        }
        var result = PdfConverter.Convert(soffice, root, names, TestContext.Current.CancellationToken);
        Assert.Empty(result.Errors);
        if (Environment.GetEnvironmentVariable("KEEP_COLOPHON") is { Length: > 0 } keep) foreach (var f in Directory.GetFiles(root)) { Directory.CreateDirectory(keep); File.Copy(f, Path.Combine(keep, Path.GetFileName(f)), true); }
        var seen = new HashSet<string>();
        foreach (var name in names)
        {
            var docx = File.ReadAllBytes(Path.Combine(root, name));
            DocxValidation.AssertValid(docx, name);
            // the checker reads the rewritten layout as a 公文 too: rules, page numbers of the main text
            var findings = Check.Findings.Of(docx, name);
            Assert.True(findings.Count == 0, Check.Findings.Show(findings));
            var pages = PageTexts(Path.Combine(root, Path.ChangeExtension(name, ".pdf")));
            var last = pages[^1];
            Assert.Contains("抄送：", last, StringComparison.Ordinal);
            var bodyOnLast = Strip(last).Length > 0;
            if (bodyOnLast)
            {
                seen.Add("under the body");
                Assert.Matches($"—\\s*{pages.Count}\\s*—", last);
                continue;
            }
            Assert.True(pages.Count % 2 == 0, $"{name}: the 版记 stands alone on page {pages.Count}, an odd page");
            Assert.DoesNotMatch("—\\s*\\d+\\s*—", last);
            var blank = Strip(pages[^2]).Length == 0 && !pages[^2].Contains("抄送", StringComparison.Ordinal);
            if (blank) Assert.DoesNotMatch("\\S", pages[^2]);
            seen.Add(blank ? "own page after a blank page" : "own page");
            // the pages before keep their numbers
            Assert.Matches("—\\s*1\\s*—", pages[0]);
        }
        Assert.Equal(["own page", "own page after a blank page", "under the body"], seen.Order(StringComparer.Ordinal));
    }

    // the text of the page that is not the 版记 and not a page number
    static string Strip(string page) => Regex.Replace(
        string.Join("\n", page.Split('\n').Where(l => !Regex.IsMatch(l, "^\\s*(—\\s*\\d+\\s*—)?\\s*$"))), "抄送：[^\\n]*(\\n[^\\n]*)*?印发", "").Trim();

    static List<string> PageTexts(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-layout", pdf, "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return [.. text.TrimEnd('\f', '\n').Split('\f')];
    }

    // the notice with body paragraphs added just before its 版记 (the framed paragraphs at the end)
    static byte[] WithLinesBeforeColophon(byte[] docx, int lines)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            var at = xml.IndexOf("<w:p><w:pPr><w:pStyle w:val=\"GwColophonRule\"/>", StringComparison.Ordinal);
            Assert.True(at > 0, "the notice has its 版记 frame");
            var filler = string.Concat(Enumerable.Repeat($"<w:p><w:r><w:t>{Filler}</w:t></w:r></w:p>", lines));
            xml = xml[..at] + filler + xml[at..];
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write(xml);
        }
        return stream.ToArray();
    }
}
