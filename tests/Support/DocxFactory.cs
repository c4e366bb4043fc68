using System.IO.Compression;
using System.Text;

namespace OfficeTools.Testing;

/// <summary>Builds small but complete .docx packages from WordprocessingML snippets, for test templates.</summary>
public static class DocxFactory
{
    /// <summary>The w: namespace declarations every snippet may use (w, r, w14, mc).</summary>
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "mc:Ignorable=\"w14\"";

    /// <summary>
    /// A package whose body holds <paramref name="bodyXml"/> (inner XML of w:body, without sectPr);
    /// optional header/footer/footnote/endnote/comment inner XML and a numbering part.
    /// </summary>
    public static byte[] Create(string bodyXml, string? headerXml = null, string? footerXml = null,
        string? footnotesXml = null, string? endnotesXml = null, string? numberingXml = null, string? commentsXml = null)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            var sect = new StringBuilder("<w:sectPr>");
            void Part(string name, string type, string relType, string xml, string relId)
            {
                Write(zip, "word/" + name, xml);
                types.Append($"<Override PartName=\"/word/{name}\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{type}+xml\"/>");
                rels.Append($"<Relationship Id=\"{relId}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{relType}\" Target=\"{name}\"/>");
            }
            if (headerXml != null)
            {
                Part("header1.xml", "header", "header", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr {Namespaces}>{headerXml}</w:hdr>", "rIdH1");
                sect.Append("<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>");
            }
            if (footerXml != null)
            {
                Part("footer1.xml", "footer", "footer", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr {Namespaces}>{footerXml}</w:ftr>", "rIdF1");
                sect.Append("<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>");
            }
            if (footnotesXml != null)
                Part("footnotes.xml", "footnotes", "footnotes", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes {Namespaces}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{footnotesXml}</w:footnotes>", "rIdFn");
            if (endnotesXml != null)
                Part("endnotes.xml", "endnotes", "endnotes", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:endnotes {Namespaces}><w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>{endnotesXml}</w:endnotes>", "rIdEn");
            if (commentsXml != null)
                Part("comments.xml", "comments", "comments", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments {Namespaces}>{commentsXml}</w:comments>", "rIdCm");
            if (numberingXml != null)
                Part("numbering.xml", "numbering", "numbering", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering {Namespaces}>{numberingXml}</w:numbering>", "rIdNum");
            sect.Append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>");
            Write(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{bodyXml}{sect}</w:body></w:document>");
            rels.Append("</Relationships>");
            Write(zip, "word/_rels/document.xml.rels", rels.ToString());
            types.Append("</Types>");
            Write(zip, "[Content_Types].xml", types.ToString());
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        }
        return ms.ToArray();
    }

    /// <summary>A paragraph with one run per text piece (to imitate how Word splits what a person typed).</summary>
    public static string P(params string[] runs) =>
        "<w:p>" + string.Concat(runs.Select(r => $"<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(r)}</w:t></w:r>")) + "</w:p>";

    static void Write(ZipArchive zip, string name, string content)
    {
        var e = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var s = e.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        s.Write(bytes);
    }
}
