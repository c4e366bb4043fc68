using OfficeTools.Engine.Rendering;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>gw.title breaks long titles at word boundaries into a trapezoid or diamond; gw.signature_lead and gw.date_lead place 署名 and 成文日期 (GB/T 9704 §7.3.1, §7.3.5).</summary>
public class GongwenLayoutHelperTests
{
    [Theory]
    [InlineData("关于教育实践活动整改落实情况“回头看”有关情况的通报", "关于教育实践活动整改落实情况“回头看”\n有关情况的通报")]
    [InlineData("教育实践活动整改落实情况“回头看”自查报告表（领导班子）", "教育实践活动整改落实情况“回头看”\n自查报告表（领导班子）")]
    [InlineData("关于进一步加强基层党组织建设工作的通知", "关于进一步加强基层党组织建设工作的通知")]
    [InlineData("督办通知单", "督办通知单")]
    public void Long_titles_break_between_words_with_the_longer_line_on_top(string title, string expected) =>
        Assert.Equal(expected, TitleBreaker.Break(title));

    [Theory]
    [InlineData("中共青山县委党的群众路线教育实践活动领导小组办公室关于对教育实践活动整改落实情况进行“回头看”督查情况的通报")]
    [InlineData("青山县人力资源和社会保障局关于开展整改落实情况专项检查自查报告表填报工作有关事项的通知")]
    [InlineData("关于印发《青山县党员领导干部作风建设问题专项整治工作方案》的通知")]
    public void Every_line_fits_no_line_starts_with_closing_or_ends_with_opening_punctuation_and_no_word_is_split(string title)
    {
        var lines = TitleBreaker.Break(title).Split('\n');
        Assert.True(lines.Length >= 2);
        Assert.Equal(title, string.Concat(lines));
        foreach (var line in lines)
        {
            Assert.True(SignatureLayout.Width(line) <= TitleBreaker.TitleChars, line);
            Assert.DoesNotContain(line[0], "”’》）、，。；：");
            Assert.DoesNotContain(line[^1], "“‘《（");
        }
        var at = 0;
        foreach (var line in lines.SkipLast(1))
        {
            at += line.Length;
            for (var p = Math.Max(0, at - 8); p < at; p++)
                Assert.DoesNotContain(TitleLexicon.StartingAt(title, p), w => p + w.Length > at);
        }
    }

    [Fact]
    public void A_title_with_the_clerks_own_breaks_is_left_as_it_is() =>
        Assert.Equal("关于教育实践活动\n整改落实情况的通报", TitleBreaker.Break("关于教育实践活动\r\n整改落实情况的通报"));

    [Fact]
    public void Gw_title_puts_line_breaks_into_the_title_paragraph()
    {
        var body = DocxText.Body(Render.Ok(DocxFactory.Create(DocxFactory.P("{{ gw.title t }}")),
            """{"t":"关于教育实践活动整改落实情况“回头看”有关情况的通报"}"""));
        Assert.Equal("关于教育实践活动整改落实情况“回头看”\n有关情况的通报", body.Trim());
    }

    // 28 characters a line; the date 2014年12月15日 is 8 characters wide (digits half a character, and a fifth of one
    // at each of the five places where digits meet Chinese).
    [Theory]
    [InlineData("青山县委办公室", "2014年12月15日", true, 16.5, 16)]           // sealed: date ends 4 in (28-4-8=16); signature (7) centred over it
    [InlineData("青山县委办", "2014年1月5日", true, 18, 17)]                   // the date 7 wide: 28-4-7=17; the signature (5) centred: 18
    [InlineData("中共青山县委党的群众路线教育实践活动领导小组办公室", "2014年12月15日", true, 3, 16)] // too long to centre: it ends at the right edge
    [InlineData("青山县教育实践活动办公室", "2014年12月15日", false, 14, 16)]    // unsealed: signature (12) ends 2 in, date starts 2 further right
    [InlineData("县委办", "2014年12月15日", false, 16, 18)]                    // date the longer: date ends 2 in, signature 2 to its left
    public void Signature_and_date_start_where_the_standard_puts_them(string signature, string date, bool sealedDocument, double signatureStart, double dateStart)
    {
        Assert.Equal(signatureStart, SignatureLayout.Width(SignatureLayout.SignatureLead(signature, date, sealedDocument)));
        Assert.Equal(dateStart, SignatureLayout.Width(SignatureLayout.DateLead(signature, date, sealedDocument)));
        if (sealedDocument)
            Assert.Equal(SignatureLayout.LineChars - 4, dateStart + SignatureLayout.Width(date));
    }
}
