using System.Diagnostics;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>LibreOffice opens a merged print file and lays it out with every document in order, each from an odd page, page numbers from 1.</summary>
public class MergeLibreOfficeTests
{
    [Fact]
    public void Merged_notices_print_in_order_each_from_an_odd_page_numbered_from_1()
    {
        var soffice = SystemTools.Soffice;
        SystemTools.Poppler("pdftotext");
        var dir = Directory.CreateTempSubdirectory("ot-lo-merge-").FullName;
        try
        {
            var numbers = new[] { "青教督〔2015〕71号", "青教督〔2015〕72号", "青教督〔2015〕73号" };
            var docs = numbers.Select(no => Merging.Sample("notice", m => m["notice"]!["number"] = no)).ToList();
            docs.Insert(1, DocxFactory.Create(DocxFactory.P("短文一页"), footerXml: DocxFactory.P("短文页脚")));
            File.WriteAllBytes(Path.Combine(dir, "print.docx"), Merging.Merge(docs));
            // Blank pages that odd-page breaks insert are kept, as a printer would get them.
            LibreOfficeTests.Convert(soffice, dir, ["--convert-to", "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}"],
                [Path.Combine(dir, "print.docx")]);
            var pdf = Path.Combine(dir, "print.pdf");
            Assert.True(File.Exists(pdf), "soffice produced no PDF");
            var pages = Run("pdftotext", "-layout", pdf, "-").Split('\f');
            var starts = new List<int>();
            foreach (var mark in new[] { numbers[0], "短文一页", numbers[1], numbers[2] })
            {
                var page = Array.FindIndex(pages, starts.Count == 0 ? 0 : starts[^1] + 1, p => Compact(p).Contains(Compact(mark), StringComparison.Ordinal));
                Assert.True(page >= 0, $"«{mark}» not found after page {(starts.Count == 0 ? 0 : starts[^1] + 1)}");
                Assert.True(page % 2 == 0, $"«{mark}» starts on page {page + 1}, an even page");
                starts.Add(page);
            }
            // Each notice's first page is its page 1 (GB/T 9704 page numbers: —1—), the short document's too.
            Assert.All(starts.Where((_, i) => i != 1), p => Assert.Contains("1", pages[p].Split('\n').Last(l => l.Trim().Length > 0)));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void Merged_footnotes_and_endnotes_come_out_with_their_own_documents()
    {
        var soffice = SystemTools.Soffice;
        SystemTools.Poppler("pdftotext");
        var dir = Directory.CreateTempSubdirectory("ot-lo-merge-notes-").FullName;
        try
        {
            var names = new[] { "甲", "乙", "丙" };
            // Without comments: LibreOffice 7.4 shows the wrong footnote texts in any document (merged or not) that has
            // several comments and several footnotes (checked on a hand-made single document); comments are checked in MergeNotesTests.
            File.WriteAllBytes(Path.Combine(dir, "notes.docx"), Merging.Merge(names.Select(n => MergeNotesTests.Annotated(n, comment: false))));
            LibreOfficeTests.Convert(soffice, dir, ["--convert-to", "pdf"], [Path.Combine(dir, "notes.docx")]);
            var pdf = Path.Combine(dir, "notes.pdf");
            Assert.True(File.Exists(pdf), "soffice produced no PDF");
            var pages = Run("pdftotext", "-layout", pdf, "-").Split('\f').Select(Compact).ToList();
            // Each document on its own page(s) with its own footnote; the endnotes after the last document, in order.
            for (var i = 0; i < names.Length; i++)
            {
                var page = pages.FindIndex(p => p.Contains(names[i] + "正文", StringComparison.Ordinal));
                Assert.True(page >= 0, $"«{names[i]}正文» not found");
                Assert.Contains("脚注" + names[i], pages[page]);
            }
            var all = string.Concat(pages);
            var endnotes = names.Select(n => all.IndexOf("尾注" + n, StringComparison.Ordinal)).ToList();
            Assert.All(endnotes, i => Assert.True(i >= 0, "an endnote is missing"));
            Assert.Equal(endnotes.Order(), endnotes);
            Assert.True(endnotes[0] > all.IndexOf("丙正文", StringComparison.Ordinal), "endnotes come after the last document");
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    static string Run(string tool, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return output;
    }
}
