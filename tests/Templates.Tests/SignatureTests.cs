using System.Xml.Linq;
using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>署名 and 成文日期 never stand on a page without the body (GB/T 9704 §7.3.5): the body's last paragraph, the 附件说明 and the 署名 are each kept with the next.</summary>
public class SignatureTests
{
    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    public void The_last_body_paragraph_the_attachment_note_and_the_signature_keep_with_the_date(string name)
    {
        var x = new Ooxml(Samples.Rendered(name));
        var paragraphs = x.Document.Root!.Element(W + "body")!.Elements(W + "p").ToList();
        var signature = paragraphs.FindIndex(p => StyleOf(p) == "GwSignature");
        Assert.True(signature > 0, "a 署名");
        Assert.Equal("GwDate", StyleOf(paragraphs[signature + 1]));
        var lastBody = paragraphs.FindLastIndex(signature, p => StyleOf(p) is not ("GwAttachNote" or "GwSignature"));
        for (var i = lastBody; i <= signature; i++)
            Assert.True(KeepsWithNext(x, paragraphs[i]), $"paragraph {i + 1} («{string.Concat(paragraphs[i].Descendants(W + "t").Select(t => t.Value))}») is not kept with the next");
    }

    static bool KeepsWithNext(Ooxml x, XElement p) =>
        p.Element(W + "pPr")?.Element(W + "keepNext") is not null || x.StylePara(StyleOf(p), "keepNext", "val") is not "0" and not "false" && x.Style(StyleOf(p)).Descendants(W + "keepNext").Any();
}

/// <summary>署名 and 成文日期 where GB/T 9704 §7.3.5 puts them, measured on LibreOffice's rendering and read from the OOXML.</summary>
public class SignaturePlacementTests
{
    const double LeftMm = 28, RightMm = 210 - 26, CharMm = 156.0 / 28;

    [Theory]
    [InlineData("notice")]
    [InlineData("briefing")]
    public void Sealed_the_date_ends_four_characters_in_and_a_signature_too_long_to_centre_ends_at_the_edge(string name)
    {
        var pdf = LibreOffice.Of(name);
        var office = Samples.Json(name)["campaign"]!["office"]!.GetValue<string>();
        Assert.True(Samples.Json(name)["campaign"]!["sealed"]!.GetValue<bool>());
        var signature = pdf.Words.Single(w => w.Word == office);
        var date = pdf.Words.Where(w => w.Page == signature.Page && w.BottomMm > signature.BottomMm + 3 && w.BottomMm < signature.BottomMm + 12).ToList();
        Assert.NotEmpty(date);
        Assert.InRange(date.Max(w => w.RightMm), RightMm - 4 * CharMm - 0.6, RightMm - 4 * CharMm + 0.6);
        // 25 characters cannot be centred over a date 4 characters in: the signature ends at the right edge
        Assert.InRange(signature.RightMm, RightMm - 0.6, RightMm + 0.3);
    }

    [Theory]
    [InlineData(true, "青山县委办公室", 16.5, 16)]
    [InlineData(false, "青山县委办公室", 16, 18)]
    [InlineData(false, "青山县教育实践活动领导小组办公室", 10, 12)]
    public void The_leading_spaces_follow_the_texts_and_the_seal(bool sealedDocument, string office, double signatureChars, double dateChars)
    {
        var x = new Ooxml(Samples.RenderedWith("notice", m =>
        {
            m["campaign"]!["sealed"] = sealedDocument;
            m["campaign"]!["office"] = office;
            m["notice"]!["date"] = "2015年12月22日";
        }));
        static double Lead(string text) => text.TakeWhile(c => c is '\u3000' or '\u2002').Sum(c => c == '\u3000' ? 1 : 0.5);
        var signature = Ooxml.Text(Assert.Single(x.ParagraphsIn("GwSignature")));
        var date = Ooxml.Text(Assert.Single(x.ParagraphsIn("GwDate")));
        Assert.Equal(office, signature.TrimStart('\u3000', '\u2002'));
        Assert.Equal("2015年12月22日", date.TrimStart('\u3000', '\u2002'));
        Assert.Equal(signatureChars, Lead(signature));
        Assert.Equal(dateChars, Lead(date));
    }
}
