namespace OfficeTools.Templates.Tests;

/// <summary>The 版头 measured on LibreOffice's rendering (GB/T 9704 §7.2.4 and §7.2.6).</summary>
public class MastheadTests
{
    const double TextTopMm = 37; // 天头: the 版心 starts 37 mm below the paper's top edge

    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    public void The_mark_starts_35_mm_below_the_text_area_and_the_red_rule_lies_4_mm_below_the_number(string name)
    {
        var page = LibreOffice.Of(name).FirstPage;
        Assert.InRange(page.FirstRedMm - TextTopMm, 34.5, 35.5);
        var rule = page.RedRuleMm(150);
        Assert.InRange(rule - page.LastBlackAboveRuleMm(150), 3.5, 4.5);
    }
}
