namespace OfficeTools.Templates.Tests;

/// <summary>The 版记 measured on LibreOffice's rendering of the last page (GB/T 9704 §7.4): rules and lines where the standard puts them.</summary>
public class ColophonTests
{
    const double TextBottomMm = 297 - 35;   // the 版心 ends 35 mm above the paper's bottom edge
    const double TextLeftMm = 28, TextRightMm = 210 - 26;
    const double OneCharMm = 14 * 25.4 / 72; // a character of 4号

    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    public void The_last_rule_lies_on_the_bottom_edge_of_the_text_area_under_thick_thin_thick_rules(string name)
    {
        var pdf = LibreOffice.Of(name);
        var rules = pdf.LastPage.BlackRulesMm(150);
        Assert.True(rules.Count >= 3, $"{rules.Count} full-width rules on the last page");
        var (first, middle, last) = (rules[^3], rules[^2], rules[^1]);
        Assert.InRange(last.BottomMm, TextBottomMm - 0.5, TextBottomMm + 0.3);
        // 0.35 mm, 0.25 mm, 0.35 mm, at 0.127 mm a pixel
        Assert.InRange(first.BottomMm - first.TopMm, 0.25, 0.5);
        Assert.InRange(middle.BottomMm - middle.TopMm, 0.12, 0.3);
        Assert.InRange(last.BottomMm - last.TopMm, 0.25, 0.5);
        // 抄送 between the first two rules, 印发 between the last two
        var words = pdf.Words.Where(w => w.Page == pdf.Pages).ToList();
        var copy = words.First(w => w.Word.StartsWith("抄送：", StringComparison.Ordinal));
        Assert.InRange(copy.BottomMm, first.BottomMm, middle.TopMm);
        Assert.InRange(copy.LeftMm, TextLeftMm + OneCharMm - 0.5, TextLeftMm + OneCharMm + 0.5);
        var printed = words.Last(w => w.Word.EndsWith("印发", StringComparison.Ordinal));
        Assert.InRange(printed.BottomMm, middle.BottomMm, last.TopMm);
    }

    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    public void The_printing_office_and_the_date_share_one_line_one_character_in_from_each_side(string name)
    {
        var pdf = LibreOffice.Of(name);
        var words = pdf.Words.Where(w => w.Page == pdf.Pages).ToList();
        var date = words.Last(w => w.Word.EndsWith("印发", StringComparison.Ordinal));
        var office = words.Single(w => w.Word == Samples.Json(name)["campaign"]!["printed_by"]!.GetValue<string>());
        Assert.Equal(date.BottomMm, office.BottomMm, 0.2);
        Assert.InRange(office.LeftMm, TextLeftMm + OneCharMm - 0.5, TextLeftMm + OneCharMm + 0.5);
        Assert.InRange(date.RightMm, TextRightMm - OneCharMm - 0.5, TextRightMm - OneCharMm + 0.5);
    }

    [Theory]
    [InlineData("reminder")]
    [InlineData("talk-notice")]
    public void A_notice_copied_to_nobody_has_the_printing_line_between_two_thick_rules_at_the_bottom_edge(string name)
    {
        var pdf = LibreOffice.Of(name);
        var rules = pdf.LastPage.BlackRulesMm(150);
        Assert.True(rules.Count >= 2, $"{rules.Count} full-width rules on the last page");
        var (first, last) = (rules[^2], rules[^1]);
        Assert.InRange(last.BottomMm, TextBottomMm - 0.5, TextBottomMm + 0.3);
        Assert.InRange(first.BottomMm - first.TopMm, 0.25, 0.5);
        Assert.InRange(last.BottomMm - last.TopMm, 0.25, 0.5);
        var words = pdf.Words.Where(w => w.Page == pdf.Pages).ToList();
        Assert.DoesNotContain(words, w => w.Word.StartsWith("抄送", StringComparison.Ordinal));
        var printed = words.Last(w => w.Word.EndsWith("印发", StringComparison.Ordinal));
        Assert.InRange(printed.BottomMm, first.BottomMm, last.TopMm);
        Assert.InRange(printed.RightMm, TextRightMm - OneCharMm - 0.5, TextRightMm - OneCharMm + 0.5);
    }
}
