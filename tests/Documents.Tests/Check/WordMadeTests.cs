using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>公文 made the way Word writes them (direct formatting, zh-CN style ids, theme fonts, split runs, rsids).</summary>
public class WordMadeTests
{
    [Theory]
    [MemberData(nameof(PlantedDeviations.ConformingNames), MemberType = typeof(PlantedDeviations))]
    public void A_conforming_document_has_no_findings(string name)
    {
        var docx = ForeignGongwen.Create(PlantedDeviations.Conforming[name]);
        DocxValidation.AssertValid(docx, name);
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
