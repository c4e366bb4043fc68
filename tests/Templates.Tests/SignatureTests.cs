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
