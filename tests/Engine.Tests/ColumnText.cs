using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// The body's text with each table's layout made visible, for the column-loop cases: a table reads
/// [grid 2000 1333 1333 1333 2000 = 8000] (its w:gridCol widths and their sum), then one line per row,
/// each cell as «text» with its width (w:tcW) and, when it spans columns, ×span; vMerge shows as ^ (restart) or ¦ (continue).
/// </summary>
internal static class ColumnText
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Of(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        using var s = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(s).Root!.Element(W + "body")!;
        var sb = new StringBuilder();
        foreach (var e in body.Elements())
        {
            if (e.Name == W + "p") sb.Append(Text(e)).Append('\n');
            else if (e.Name == W + "tbl") Table(e, sb);
        }
        return sb.ToString().TrimEnd('\n');
    }

    static void Table(XElement tbl, StringBuilder sb)
    {
        var grid = tbl.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => (int)c.Attribute(W + "w")!).ToList();
        sb.Append("[grid ").AppendJoin(' ', grid).Append(" = ").Append(grid.Sum()).Append("]\n");
        foreach (var tr in tbl.Elements(W + "tr"))
        {
            var cells = tr.Elements(W + "tc").Select(tc =>
            {
                var pr = tc.Element(W + "tcPr");
                var span = (string?)pr?.Element(W + "gridSpan")?.Attribute(W + "val");
                var merge = pr?.Element(W + "vMerge") is { } vm ? ((string?)vm.Attribute(W + "val") == "restart" ? "^" : "¦") : "";
                var width = (string?)pr?.Element(W + "tcW")?.Attribute(W + "w") ?? "?";
                return $"«{string.Join("/", tc.Elements(W + "p").Select(Text))}» {width}{(span is null ? "" : "×" + span)}{merge}";
            });
            sb.Append(string.Join(" | ", cells)).Append('\n');
        }
    }

    static string Text(XElement p) => string.Concat(p.Descendants(W + "t").Select(t => t.Value));
}
