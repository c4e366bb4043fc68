namespace OfficeTools.Templates.Tests;

/// <summary>LibreOffice renders each sample: the text a reader sees and a plausible page count.</summary>
public class PdfTests
{
    /// <summary>Each template with the page range its sample must fill.</summary>
    public static TheoryData<string, int, int> Expected => new()
    {
        { "notice", 3, 5 },
        { "form-leadership", 4, 8 },
        { "form-grassroots", 2, 5 },
        { "form-member", 3, 6 },
        { "briefing", 4, 7 },
    };

    [Theory, MemberData(nameof(Expected))]
    public void Pdf_shows_the_key_texts_and_page_count(string name, int minPages, int maxPages)
    {
        var pdf = LibreOffice.Of(name);
        var text = string.Concat(pdf.Text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var key in RenderTests.KeyTexts[name])
            Assert.Contains(string.Concat(key.Where(c => !char.IsWhiteSpace(c))), text, StringComparison.Ordinal);
        Assert.Contains("—1—", text, StringComparison.Ordinal);
        Assert.InRange(pdf.Pages, minPages, maxPages);
    }
}
