namespace OfficeTools.TemplateBuilder.Ooxml;

/// <summary>Table builders: every table fits the 156 mm 版心 (8844 twips) with a fixed layout.</summary>
public static partial class W
{
    /// <summary>The width of the 版心 in twips (156 mm: 11906 − 1588 − 1474).</summary>
    public const int TextWidth = 8844;

    /// <summary>A bordered table in the 公文表格 style with the given column widths and rows (XML).</summary>
    public static string Table(int[] widths, IEnumerable<string> rows, string tblPrExtra = "", string style = "GwTable", int? cellMargin = null)
    {
        if (widths.Sum() != TextWidth)
            throw new ArgumentException($"columns sum to {widths.Sum()}, not {TextWidth}", nameof(widths));
        var grid = string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>"));
        return $"<w:tbl><w:tblPr><w:tblStyle w:val=\"{style}\"/>{tblPrExtra}<w:tblW w:w=\"{TextWidth}\" w:type=\"dxa\"/>" +
               "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>" +
               (cellMargin is int m ? $"<w:tblCellMar><w:left w:w=\"{m}\" w:type=\"dxa\"/><w:right w:w=\"{m}\" w:type=\"dxa\"/></w:tblCellMar>" : "") +
               "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>" +
               $"<w:tblGrid>{grid}</w:tblGrid>{string.Concat(rows)}</w:tbl>";
    }

    /// <summary>A row that never breaks across pages; a <paramref name="header"/> row repeats on every page.</summary>
    public static string Row(bool header, params string[] cells) =>
        $"<w:tr><w:trPr><w:cantSplit/>{(header ? "<w:tblHeader/>" : "")}</w:trPr>{string.Concat(cells)}</w:tr>";

    /// <summary>A row whose height is at least <paramref name="minHeight"/> twips (room to write in).</summary>
    public static string TallRow(int minHeight, params string[] cells) =>
        $"<w:tr><w:trPr><w:trHeight w:val=\"{minHeight}\"/></w:trPr>{string.Concat(cells)}</w:tr>";

    /// <summary>A cell of <paramref name="width"/> twips spanning <paramref name="span"/> grid columns.</summary>
    public static string Cell(int width, string content, int span = 1, string vAlign = "center", string shade = "")
    {
        var spanXml = span > 1 ? $"<w:gridSpan w:val=\"{span}\"/>" : "";
        var shadeXml = shade.Length > 0 ? $"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{shade}\"/>" : "";
        return $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{spanXml}{shadeXml}<w:vAlign w:val=\"{vAlign}\"/></w:tcPr>{content}</w:tc>";
    }

    /// <summary>A label cell: 表头文字 (黑体, centred) on a light grey ground.</summary>
    public static string Label(int width, string text, int span = 1) =>
        Cell(width, PT("GwTableHeader", text), span, shade: "F2F2F2");

    /// <summary>A cell holding one paragraph of 表格文字 with the given runs.</summary>
    public static string TextCell(int width, string runs, int span = 1, string style = "GwTableText") =>
        Cell(width, P(style, runs), span);
}
