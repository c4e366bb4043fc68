using System.IO.Compression;
using System.Text;

namespace OfficeTools.Cli.Tests.Data;

/// <summary>Hand-written .xlsx packages imitating what Excel saves: shared strings, styles with date formats.</summary>
static class XlsxFixtures
{
    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook with the given sheet XML bodies (sheetData inner XML), shared strings and cellXfs numFmtIds.</summary>
    public static byte[] Workbook(string[] sheetNames, string[] sheetRows, string[] sharedStrings, (uint Id, string Code)[] customFormats,
        uint[] cellXfFormats, bool date1904 = false)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            var rels = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rS\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rT\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            var sheets = new StringBuilder();
            for (var i = 0; i < sheetNames.Length; i++)
            {
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{sheetRows[i]}</sheetData></worksheet>");
                types.Append($"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                rels.Append($"<Relationship Id=\"r{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                sheets.Append($"<sheet name=\"{sheetNames[i]}\" sheetId=\"{i + 1}\" r:id=\"r{i + 1}\"/>");
            }
            Write(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><workbookPr{(date1904 ? " date1904=\"1\"" : "")}/><sheets>{sheets}</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
            Write(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"{sharedStrings.Length}\">{string.Concat(sharedStrings.Select(s => $"<si>{s}</si>"))}</sst>");
            var numFmts = customFormats.Length == 0 ? "" : $"<numFmts count=\"{customFormats.Length}\">{string.Concat(customFormats.Select(f => $"<numFmt numFmtId=\"{f.Id}\" formatCode=\"{System.Security.SecurityElement.Escape(f.Code)}\"/>"))}</numFmts>";
            Write(zip, "xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\">{numFmts}<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellXfs count=\"{cellXfFormats.Length}\">{string.Concat(cellXfFormats.Select(f => $"<xf numFmtId=\"{f}\"/>"))}</cellXfs></styleSheet>");
            Write(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Write(zip, "_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        }
        return ms.ToArray();
    }

    static void Write(ZipArchive zip, string name, string content)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }
}
