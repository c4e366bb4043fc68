using System.IO.Compression;
using OfficeTools.Documents.Batch;

namespace OfficeTools.Templates.Tests;

/// <summary>28 characters a line is a hard edge: no closing punctuation hangs past the 版心 (GB/T 9704 §5.2.2).</summary>
public class LineEdgeTests
{
    const double RightEdgeMm = 210 - 26; // 订口 28 mm + 版心 156 mm

    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    [InlineData("form-leadership")]
    [InlineData("form-grassroots")]
    [InlineData("form-member")]
    public void Nothing_is_set_past_the_right_edge_of_the_text_area(string name)
    {
        var past = LibreOffice.Of(name).Words.Where(w => w.RightMm > RightEdgeMm + 0.5).ToList();
        Assert.True(past.Count == 0, string.Join("\n", past.Select(w => $"{w.RightMm:0.0} mm: {w.Word}")));
    }

    [Fact]
    public void Templates_forbid_hanging_punctuation_as_Word_reads_it_and_LibreOffice_gets_it_turned_over()
    {
        // the briefing: its text has no hidden runs (the notice's slip and the forms hide the unit id, which the copy leaves out)
        var template = Samples.Template("briefing");
        Assert.Contains("<w:overflowPunct w:val=\"0\"/>", Part(template, "word/styles.xml"), StringComparison.Ordinal);
        var forLibreOffice = LibreOfficeInput.Prepare(template);
        Assert.Contains("<w:overflowPunct w:val=\"1\"/>", Part(forLibreOffice, "word/styles.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("<w:overflowPunct w:val=\"0\"/>", Part(forLibreOffice, "word/styles.xml"), StringComparison.Ordinal);
        Assert.Equal(Part(template, "word/document.xml"), Part(forLibreOffice, "word/document.xml"));
    }

    static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var r = new StreamReader(zip.GetEntry(name)!.Open());
        return r.ReadToEnd();
    }
}
