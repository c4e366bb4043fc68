using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>公文 made the way Word writes them (direct formatting, zh-CN style ids, theme fonts, split runs, rsids).</summary>
public class WordMadeTests
{
    [Fact]
    public void A_conforming_document_has_no_findings()
    {
        var docx = ForeignGongwen.Create();
        DocxValidation.AssertValid(docx, "Word-made 公文");
        var found = Findings.Of(docx);
        Assert.True(found.Count == 0, found.Show());
    }

    [Fact]
    public void A_font_from_a_character_style_counts()
    {
        // Without the character style's 小标宋, the title would fall back to the theme's 等线 and be reported.
        var docx = ForeignGongwen.Create(new ForeignGongwen.Options { TitleFontFromCharacterStyle = true });
        DocxValidation.AssertValid(docx, "title by character style");
        var found = Findings.Of(docx);
        Assert.True(found.Count == 0, found.Show());
    }

    [Theory]
    [MemberData(nameof(PlantedDeviations.Names), MemberType = typeof(PlantedDeviations))]
    public void Each_planted_deviation_is_found_and_nothing_else(string name)
    {
        var c = PlantedDeviations.Named(name);
        var docx = ForeignGongwen.Create(c.Options);
        DocxValidation.AssertValid(docx, name);
        Findings.AssertOnly(Findings.Of(docx), c);
    }
}
