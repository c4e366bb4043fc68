using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeTools.TemplateBuilder.Ooxml;

namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>
/// Writes a template package laid out as Word writes one (relative targets, an Override per part, no BOM, fixed
/// timestamps, so a rebuild is byte-identical) and checks it with the Open XML SDK validator.
/// </summary>
public static class DocxPackage
{
    /// <summary>GB/T 9704 section: A4, margins 37/28/35/26 mm, page number 7 mm below the 版心, 22-line grid.</summary>
    public const string SectionProperties =
        "<w:sectPr><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>" +
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
        "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"1247\" w:gutter=\"0\"/>" +
        "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";

    const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    const string WordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const string RelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>Builds the package for a body (inner XML of w:body without sectPr) and its templated properties; throws when it does not validate.</summary>
    public static byte[] Build(string bodyXml, CoreProperties properties)
    {
        (string Name, string Type, string? RelId, string? Rel, string Content)[] parts =
        [
            ("word/document.xml", WordMl + "document.main+xml", null, null,
                Xml + $"<w:document {Namespaces.Root}><w:body>{bodyXml}{SectionProperties}</w:body></w:document>"),
            ("word/styles.xml", WordMl + "styles+xml", "rIdStyles", "styles", Styles.Xml()),
            ("word/settings.xml", WordMl + "settings+xml", "rIdSettings", "settings", Settings.Xml()),
            ("word/fontTable.xml", WordMl + "fontTable+xml", "rIdFonts", "fontTable", Settings.FontTableXml()),
            ("word/footer1.xml", WordMl + "footer+xml", "rIdFooterOdd", "footer", Footers.Odd()),
            ("word/footer2.xml", WordMl + "footer+xml", "rIdFooterEven", "footer", Footers.Even()),
        ];
        var types = new StringBuilder(Xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        var rels = new StringBuilder(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var p in parts)
        {
            types.Append($"<Override PartName=\"/{p.Name}\" ContentType=\"{p.Type}\"/>");
            if (p.RelId != null)
                rels.Append($"<Relationship Id=\"{p.RelId}\" Type=\"{RelType}{p.Rel}\" Target=\"{p.Name["word/".Length..]}\"/>");
        }
        types.Append("</Types>");
        rels.Append("</Relationships>");

        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", types.ToString());
            Write(zip, "_rels/.rels", Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{RelType}officeDocument\" Target=\"word/document.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
            Write(zip, "docProps/core.xml", properties.Xml());
            Write(zip, "word/_rels/document.xml.rels", rels.ToString());
            foreach (var p in parts) Write(zip, p.Name, p.Content);
        }
        var bytes = ms.ToArray();
        Validate(bytes);
        return bytes;
    }

    static void Write(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var s = entry.Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    static void Validate(byte[] package)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(package), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        if (errors.Count > 0)
            throw new InvalidDataException("template does not validate:\n" + string.Join("\n", errors.Take(20)));
    }
}
