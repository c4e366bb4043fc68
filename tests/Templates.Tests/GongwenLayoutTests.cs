using System.Globalization;
using System.Xml.Linq;
using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>版头 and 版记 of the notice and the briefing: red 标志, red separator, 主送, 版记 rules.</summary>
public class GongwenLayoutTests
{
    /// <summary>The notice and the briefing.</summary>
    public static TheoryData<string> Documents => new(Samples.Gongwen);

    static bool IsBlockTag(XElement p) =>
        Text(p).Trim() is var t && t.StartsWith("{{", StringComparison.Ordinal) && t.EndsWith("}}", StringComparison.Ordinal) &&
        t.IndexOf("}}", StringComparison.Ordinal) == t.Length - 2 &&
        t[2..].TrimStart().Split(' ')[0] is "if" or "else" or "end" or "for";

    [Theory, MemberData(nameof(Documents))]
    public void Masthead_is_red_xiaobiaosong_centred_35mm_below_the_text_block_top(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var first = x.Document.Descendants(W + "p").First(p => !IsBlockTag(p));
        Assert.Equal("GwMasthead", StyleOf(first));
        Assert.Equal("FF0000", x.StyleRun("GwMasthead", "color"));
        Assert.Equal("方正小标宋简体", x.StyleRun("GwMasthead", "rFonts", "eastAsia"));
        foreach (var p in x.ParagraphsIn("GwMasthead"))
        {
            Assert.StartsWith("{{ campaign.office_short }}", Text(p), StringComparison.Ordinal);
            Assert.Equal("center", x.Para(p, "jc"));
            // 35 mm (1984 twips) to the characters' top edge: the space before is less by the line's lead above
            // them, 0.30 em at the variant's size (measured on the PDF by MastheadTests)
            var halfPoints = int.Parse((string)p.Descendants(W + "sz").Single().Attribute(W + "val")!, CultureInfo.InvariantCulture);
            Assert.Equal(1984 - (int)Math.Round(halfPoints * 10 * 0.30), int.Parse(x.Para(p, "spacing", "before")!, CultureInfo.InvariantCulture));
        }
    }

    [Theory, MemberData(nameof(Documents))]
    public void Masthead_size_keeps_the_office_name_on_one_line(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var variants = x.ParagraphsIn("GwMasthead").ToList();
        Assert.True(variants.Count > 2, "the 标志 size depends on the name's length");
        foreach (var p in variants)
        {
            var condition = Text((XElement)p.PreviousNode!);
            var size = int.Parse((string)p.Descendants(W + "sz").Single().Attribute(W + "val")!, CultureInfo.InvariantCulture);
            if (!condition.Contains("<=", StringComparison.Ordinal)) continue;
            var maxChars = int.Parse(condition.Split("<=")[1].Replace("}}", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            Assert.InRange(maxChars * size * 10, 1, 8844); // half-points × 10 = twips per full-width character
        }
        var rendered = new Ooxml(Samples.Rendered(name));
        var masthead = Assert.Single(rendered.ParagraphsIn("GwMasthead"));
        var renderedSize = int.Parse((string)masthead.Descendants(W + "sz").Single().Attribute(W + "val")!, CultureInfo.InvariantCulture);
        Assert.InRange(Text(masthead).Length * renderedSize * 10, 1, 8844);
        Assert.StartsWith((string)Samples.Json(name)["campaign"]!["office_short"]!, Text(masthead), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Documents))]
    public void Document_number_carries_the_red_separator(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var flow = x.Document.Descendants(W + "p").Where(p => !IsBlockTag(p) && StyleOf(p) != "GwMasthead").ToList();
        var docNo = flow[0];
        Assert.Equal("GwDocNo", StyleOf(docNo));
        Assert.Equal("center", x.Para(docNo, "jc"));
        var bottom = x.Style("GwDocNo").Descendants(W + "pBdr").Single().Element(W + "bottom")!;
        Assert.Equal("12", (string?)bottom.Attribute(W + "sz"));
        Assert.Equal("FF0000", (string?)bottom.Attribute(W + "color"));
        Assert.Equal("single", (string?)bottom.Attribute(W + "val"));
        // the title follows two lines below the red line, then 主送 flush left
        var title = flow[1];
        Assert.Equal("GwTitle", StyleOf(title));
        Assert.Equal("1158", x.Para(title, "spacing", "before"));
        var recipient = flow[2];
        Assert.Equal("GwRecipient", StyleOf(recipient));
        Assert.EndsWith("：", Text(recipient).Replace("{{ briefing.recipients }}", "：", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("0", x.Para(recipient, "ind", "firstLine"));
    }

    [Theory, MemberData(nameof(Documents))]
    public void Colophon_is_a_frame_at_the_bottom_of_the_text_area_with_thick_thin_thick_rules(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var body = x.Document.Root!.Element(W + "body")!;
        var framed = body.Elements(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "framePr") != null).ToList();
        Assert.Equal(5, framed.Count);
        // one frame: consecutive paragraphs with the same frame properties, the last of the body but the anchor
        Assert.Equal(body.Elements().Reverse().Skip(2).Take(5).Reverse(), framed);
        foreach (var p in framed)
        {
            var frame = p.Element(W + "pPr")!.Element(W + "framePr")!;
            Assert.Equal("bottom", (string?)frame.Attribute(W + "yAlign"));
            Assert.Equal("margin", (string?)frame.Attribute(W + "vAnchor"));
            Assert.Equal("8844", (string?)frame.Attribute(W + "w"));
        }
        // rules: exact-height paragraphs filled black, 0.35 mm, 0.25 mm, 0.35 mm (twips); LibreOffice drops frames whose paragraphs have borders
        int[] heights = [20, 14, 20];
        var rules = framed.Where((_, i) => i % 2 == 0).ToList();
        for (var i = 0; i < 3; i++)
        {
            var pPr = rules[i].Element(W + "pPr")!;
            Assert.Equal("000000", (string?)pPr.Element(W + "shd")!.Attribute(W + "fill"));
            Assert.Equal(heights[i].ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)pPr.Element(W + "spacing")!.Attribute(W + "line"));
            Assert.Null(pPr.Element(W + "pBdr"));
            Assert.Equal("", Text(rules[i]));
        }
        Assert.StartsWith("抄送：", Text(framed[1]), StringComparison.Ordinal);
        Assert.EndsWith("印发", Text(framed[3]), StringComparison.Ordinal);
        Assert.Equal("28", x.StyleRun("GwColophon", "sz"));
        Assert.Equal("仿宋_GB2312", x.StyleRun("GwColophon", "rFonts", "eastAsia"));
    }

    [Theory]
    [InlineData("青山县教育实践活动领导小组办公室", false)]
    [InlineData("中共青山县委教育实践活动领导小组办公", false)]
    [InlineData("中共青山县委教育实践活动领导小组办公室", true)]
    [InlineData("中共青山县委党的群众路线教育实践活动领导小组办公室", true)]
    public void A_printing_office_too_long_for_the_date_beside_it_puts_the_date_on_its_own_line(string printedBy, bool broken)
    {
        var x = new Ooxml(Samples.RenderedWith("notice", m => m["campaign"]!["printed_by"] = printedBy));
        var line = x.Document.Descendants(W + "p").Single(p => Text(p).EndsWith("印发", StringComparison.Ordinal));
        Assert.StartsWith(printedBy, Text(line), StringComparison.Ordinal);
        var runs = line.Elements(W + "r").ToList();
        var tab = runs.FindIndex(r => r.Element(W + "tab") != null);
        Assert.True(tab > 0, "no tab before the date");
        Assert.Equal(broken, runs.Take(tab).Any(r => r.Element(W + "br") != null));
        Assert.Equal("right", (string?)line.Element(W + "pPr")!.Element(W + "tabs")!.Element(W + "tab")!.Attribute(W + "val"));
    }

    [Theory, MemberData(nameof(Documents))]
    public void Signature_date_and_attachment_follow_the_standard(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        // flush left: the leading spaces from gw.signature_lead / gw.date_lead place them (GB/T 9704 §7.3.5)
        Assert.Equal("left", x.StylePara("GwSignature", "jc"));
        Assert.Equal("left", x.StylePara("GwDate", "jc"));
        Assert.Equal("0", x.StylePara("GwSignature", "ind", "firstLineChars"));
        Assert.StartsWith("{{ gw.signature_lead campaign.office ", Text(Assert.Single(x.ParagraphsIn("GwSignature"))), StringComparison.Ordinal);
        Assert.StartsWith("{{ gw.date_lead campaign.office ", Text(Assert.Single(x.ParagraphsIn("GwDate"))), StringComparison.Ordinal);
        Assert.Equal(Samples.WithAttachments.Contains(name), x.ParagraphsIn("GwAttachNote").Any());
        if (!Samples.WithAttachments.Contains(name)) return;
        Assert.StartsWith("附件", Text(x.ParagraphsIn("GwAttachNote").First()).Replace("{{ if for.first }}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var label = x.ParagraphsIn("GwAttachLabel").First();
        Assert.Equal("黑体", x.StyleRun("GwAttachLabel", "rFonts", "eastAsia"));
        Assert.NotNull(x.Style("GwAttachLabel").Descendants(W + "pageBreakBefore").SingleOrDefault());
        Assert.StartsWith("附件", Text(label), StringComparison.Ordinal);
    }
}
