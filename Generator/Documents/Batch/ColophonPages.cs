using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// The 版记 when the body leaves it no room on its last page (GB/T 9704 §7.4, §7.5): it then stands on a page of its
/// own, an even page as double-sided printing puts the last face, with a blank page before it when the body ends on an
/// even page, and neither page carries a page number.
/// </summary>
/// <remarks>
/// Whether the 版记 fits is a matter of layout, which only a layout engine knows; the batch learns it from LibreOffice by
/// converting each 公文 twice, with and without its 版记 (the frame at the foot of the 版心, see the templates' Gongwen
/// builder), and comparing page counts. When the 版记 does not fit, the .docx gets the layout spelt out: a section break
/// after the body (the body keeps its footers), an explicit page break for the blank page when one is needed, and a last
/// section whose footers are empty. Word then shows what the PDF shows, as long as it paginates the body the same way.
/// </remarks>
internal static class ColophonPages
{
    /// <summary>
    /// The document without its 版记 and the paragraph that anchors it, for counting the pages the body's text takes, or
    /// null when it has none. (The anchor alone spills onto a new page when the body fills the last one exactly.)
    /// </summary>
    public static byte[]? WithoutColophon(byte[] docx) => !MayHaveColophon(docx) ? null : Edit(docx, (_, body, colophon) =>
    {
        foreach (var e in colophon[^1].ElementsAfter().Where(e => e is not SectionProperties).ToList()) e.Remove();
        foreach (var p in colophon) p.Remove();
        return true;
    });

    /// <summary>
    /// The document with its 版记 on a page of its own without page number, after a blank page without one when
    /// <paramref name="blankPageFirst"/>.
    /// </summary>
    public static byte[] OnOwnPage(byte[] docx, bool blankPageFirst) => Edit(docx, (main, body, colophon) =>
    {
        var last = body.Elements<SectionProperties>().LastOrDefault();
        if (last == null) return false;
        // the body's section ends with its last paragraph (a paragraph of its own after a table), keeping the body's
        // footers and page set-up
        var bodySection = (SectionProperties)last.CloneNode(true);
        bodySection.RemoveAllChildren<SectionType>();
        if (colophon[0].PreviousSibling() is Paragraph { ParagraphProperties: { SectionProperties: null, ParagraphPropertiesChange: null } pPr })
            pPr.Append(bodySection);
        else if (colophon[0].PreviousSibling() is Paragraph { ParagraphProperties: null } bare)
            bare.PrependChild(new ParagraphProperties(bodySection));
        else colophon[0].InsertBeforeSelf(Tiny(bodySection));
        if (blankPageFirst) colophon[0].InsertBeforeSelf(Tiny(null, new Run(new Break { Type = BreakValues.Page })));
        // the 版记's section starts on a new page and has empty footers (a section without its own would inherit them)
        // under an id of its own, so that laying out the same document twice gives the same parts (a rerun keeps its PDF)
        var footer = main.AddNewPart<FooterPart>(ColophonFooterId(main));
        footer.Footer = new Footer(new Paragraph());
        var id = main.GetIdOfPart(footer);
        last.RemoveAllChildren<FooterReference>();
        foreach (var type in new[] { HeaderFooterValues.Default, HeaderFooterValues.Even, HeaderFooterValues.First })
            last.PrependChild(new FooterReference { Type = type, Id = id });
        last.RemoveAllChildren<SectionType>();
        last.InsertAfter(new SectionType { Val = SectionMarkValues.NextPage },
            last.ChildElements.Last(e => e is FooterReference or HeaderReference));
        return true;
    }) ?? docx;

    static string ColophonFooterId(MainDocumentPart main)
    {
        var taken = main.Parts.Select(p => p.RelationshipId).Concat(main.ExternalRelationships.Select(r => r.Id))
            .Concat(main.HyperlinkRelationships.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);
        var id = "rIdColophonFooter";
        for (var n = 2; taken.Contains(id); n++) id = $"rIdColophonFooter{n}";
        return id;
    }

    // Every document of a batch passes here, forms by the thousand, and only the 公文 have a 版记: a look at the main
    // part's text for a bottom-aligned frame spares the others a parse into the SDK's object tree.
    static bool MayHaveColophon(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx, writable: false), System.IO.Compression.ZipArchiveMode.Read);
        if (zip.GetEntry("word/document.xml") is not { } main) return true; // an unusual package: let the SDK find its main part
        using var reader = new StreamReader(main.Open());
        return reader.ReadToEnd().Contains("w:yAlign=\"bottom\"", StringComparison.Ordinal);
    }

    /// <summary>The number of pages of a PDF LibreOffice wrote (its page objects are not compressed).</summary>
    public static int PageCount(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var count = 0;
        for (var at = text.IndexOf("/Type/Page", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type/Page", at + 1, StringComparison.Ordinal))
            if (at + 10 >= text.Length || text[at + 10] != 's') count++;
        return count;
    }

    // An empty paragraph as low as a line can be, so the break it carries adds no line to a full page.
    static Paragraph Tiny(SectionProperties? section, params OpenXmlElement[] content)
    {
        var pPr = new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "2" }));
        if (section != null) pPr.Append(section);
        return new Paragraph([pPr, .. content]);
    }

    // The 版记: the paragraphs framed at the foot of the margin area (w:framePr yAlign="bottom") that end the body, before
    // the paragraph that anchors them.
    static byte[]? Edit(byte[] docx, Func<MainDocumentPart, Body, List<Paragraph>, bool> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            if (doc.MainDocumentPart?.Document?.Body is not { } body) return null;
            var blocks = body.ChildElements.Where(e => e is not SectionProperties).ToList();
            var colophon = new List<Paragraph>();
            for (var i = blocks.Count - 1; i >= 0; i--)
            {
                if (blocks[i] is Paragraph p && p.ParagraphProperties?.FrameProperties is { } f && f.YAlign?.Value == VerticalAlignmentValues.Bottom)
                    colophon.Insert(0, p);
                else if (colophon.Count > 0 || i < blocks.Count - 2) break;
            }
            if (colophon.Count == 0 || !change(doc.MainDocumentPart, body, colophon)) return null;
        }
        return stream.ToArray();
    }
}
