using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeTools.TemplateBuilder.Ooxml;

namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>Assembles a template package (document, styles, settings, fonts, odd/even footers) byte-for-byte reproducibly.</summary>
public static class DocxPackage
{
    /// <summary>GB/T 9704 section: A4, margins 37/28/35/26 mm, page number 7 mm below the 版心, 22-line grid.</summary>
    public const string SectionProperties =
        "<w:sectPr><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>" +
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
        "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"1247\" w:gutter=\"0\"/>" +
        "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";

    /// <summary>Builds the package for a body (inner XML of w:body without sectPr) and returns its bytes.</summary>
    public static byte[] Build(string bodyXml)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            Feed(main, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                $"<w:document {Namespaces.Root}><w:body>{bodyXml}{SectionProperties}</w:body></w:document>");
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), Styles.Xml());
            Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), Settings.Xml());
            Feed(main.AddNewPart<FontTablePart>("rIdFonts"), Settings.FontTableXml());
            Feed(main.AddNewPart<FooterPart>("rIdFooterOdd"), Footers.Odd());
            Feed(main.AddNewPart<FooterPart>("rIdFooterEven"), Footers.Even());
            var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            if (errors.Count > 0)
                throw new InvalidDataException("template does not validate:\n" + string.Join("\n", errors.Take(20)));
        }
        return Deterministic(ms.ToArray());
    }

    static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(s);
    }

    // System.IO.Packaging stamps entries with the current time; rewrite with a fixed time so a rebuild is byte-identical.
    static byte[] Deterministic(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? "" : e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
