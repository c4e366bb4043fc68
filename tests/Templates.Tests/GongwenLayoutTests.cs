using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>版头 and 版记 of the notice and the briefing: red 标志, red separator, 主送, 版记 rules.</summary>
public class GongwenLayoutTests
{
    /// <summary>The notice and the briefing.</summary>
    public static TheoryData<string> Documents => new(Samples.Gongwen);

    [Theory, MemberData(nameof(Documents))]
    public void Masthead_is_red_xiaobiaosong_centred_35mm_below_the_text_block_top(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var first = x.Document.Descendants(W + "p").First();
        Assert.Equal("GwMasthead", StyleOf(first));
        Assert.StartsWith("{{ campaign.office_short }}", Text(first), StringComparison.Ordinal);
        Assert.Equal("FF0000", x.StyleRun("GwMasthead", "color"));
        Assert.Equal("方正小标宋简体", x.StyleRun("GwMasthead", "rFonts", "eastAsia"));
        Assert.Equal("center", x.Para(first, "jc"));
        Assert.Equal("1984", x.Para(first, "spacing", "before"));
    }

    [Theory, MemberData(nameof(Documents))]
    public void Document_number_carries_the_red_separator(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var docNo = x.Document.Descendants(W + "p").ElementAt(1);
        Assert.Equal("GwDocNo", StyleOf(docNo));
        Assert.Equal("center", x.Para(docNo, "jc"));
        var bottom = x.Style("GwDocNo").Descendants(W + "pBdr").Single().Element(W + "bottom")!;
        Assert.Equal("12", (string?)bottom.Attribute(W + "sz"));
        Assert.Equal("FF0000", (string?)bottom.Attribute(W + "color"));
        Assert.Equal("single", (string?)bottom.Attribute(W + "val"));
        // the title follows two lines below the red line, then 主送 flush left
        var title = x.Document.Descendants(W + "p").ElementAt(2);
        Assert.Equal("GwTitle", StyleOf(title));
        Assert.Equal("1158", x.Para(title, "spacing", "before"));
        var recipient = x.Document.Descendants(W + "p").ElementAt(3);
        Assert.Equal("GwRecipient", StyleOf(recipient));
        Assert.EndsWith("：", Text(recipient).Replace("{{ briefing.recipients }}", "：", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("0", x.Para(recipient, "ind", "firstLine"));
    }

    [Theory, MemberData(nameof(Documents))]
    public void Colophon_sits_at_the_bottom_with_thick_and_thin_rules(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var body = x.Document.Root!.Element(W + "body")!;
        var table = body.Elements(W + "tbl").Last();
        Assert.Same(table, body.Elements().Reverse().Skip(2).First());
        var pos = table.Element(W + "tblPr")!.Element(W + "tblpPr")!;
        Assert.Equal("bottom", (string?)pos.Attribute(W + "tblpYSpec"));
        Assert.Equal("margin", (string?)pos.Attribute(W + "vertAnchor"));
        var borders = table.Element(W + "tblPr")!.Element(W + "tblBorders")!;
        Assert.Equal("8", (string?)borders.Element(W + "top")!.Attribute(W + "sz"));      // 0.35 mm
        Assert.Equal("8", (string?)borders.Element(W + "bottom")!.Attribute(W + "sz"));   // 0.35 mm
        Assert.Equal("6", (string?)borders.Element(W + "insideH")!.Attribute(W + "sz"));  // 0.25 mm
        var rows = table.Elements(W + "tr").Select(Text).ToList();
        Assert.StartsWith("抄送：", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("印发", rows[1], StringComparison.Ordinal);
        Assert.Equal("28", x.StyleRun("GwColophon", "sz"));
        Assert.Equal("仿宋_GB2312", x.StyleRun("GwColophon", "rFonts", "eastAsia"));
    }

    [Theory, MemberData(nameof(Documents))]
    public void Signature_date_and_attachment_follow_the_standard(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        Assert.Equal("right", x.StylePara("GwSignature", "jc"));
        Assert.Equal("200", x.StylePara("GwSignature", "ind", "rightChars"));
        Assert.Equal("400", x.StylePara("GwDate", "ind", "rightChars"));
        Assert.Single(x.ParagraphsIn("GwDate"));
        Assert.StartsWith("附件", Text(x.ParagraphsIn("GwAttachNote").First()).Replace("{{ if for.first }}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var label = x.ParagraphsIn("GwAttachLabel").First();
        Assert.Equal("黑体", x.StyleRun("GwAttachLabel", "rFonts", "eastAsia"));
        Assert.NotNull(x.Style("GwAttachLabel").Descendants(W + "pageBreakBefore").SingleOrDefault());
        Assert.StartsWith("附件", Text(label), StringComparison.Ordinal);
    }
}
