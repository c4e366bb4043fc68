using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Data;

/// <summary>One sheet to write: its tab name and its rows (strings, numbers, bools, DateTime, null).</summary>
public sealed record XlsxSheetData(string Name, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Writes plain rows to a valid .xlsx (inline strings, dates as yyyy-mm-dd), streaming each sheet.</summary>
public static class XlsxWriter
{
    /// <summary>Writes the sheets to <paramref name="path"/> (through a temporary file, so a failure leaves nothing).</summary>
    public static void Write(string path, IEnumerable<XlsxSheetData> sheets)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew)) Write(stream, sheets);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes the sheets as an .xlsx package to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<XlsxSheetData> sheets)
    {
        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook(new Sheets());
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        uint id = 1;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            if (sheet.Name.Length is 0 or > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || !names.Add(sheet.Name))
                throw new ArgumentException($"invalid or duplicate sheet name \"{sheet.Name}\" (1–31 characters, none of []:*?/\\)");
            var part = wb.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet.Rows);
            wb.Workbook.Sheets!.Append(new Sheet { Name = sheet.Name, SheetId = id++, Id = wb.GetIdOfPart(part) });
        }
        if (id == 1) throw new ArgumentException("a workbook needs at least one sheet");
    }

    static void WriteSheet(WorksheetPart part, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        w.WriteStartElement(new SheetData());
        uint r = 0;
        foreach (var row in rows)
        {
            r++;
            w.WriteStartElement(new Row { RowIndex = r });
            for (var c = 0; c < row.Count; c++)
            {
                if (Cell(row[c], XlsxCells.ColumnName(c) + r) is { } cell) w.WriteElement(cell);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    static Cell? Cell(object? value, string reference)
    {
        static CellValue Num(IFormattable f) => new(f.ToString(null, CultureInfo.InvariantCulture));
        return value switch
        {
            null => null,
            string s => new Cell(new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }))
                { CellReference = reference, DataType = CellValues.InlineString },
            bool b => new Cell(new CellValue(b ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
            DateTime d => new Cell(Num(d.ToOADate())) { CellReference = reference, StyleIndex = 1 },
            DateOnly d => new Cell(Num(d.ToDateTime(TimeOnly.MinValue).ToOADate())) { CellReference = reference, StyleIndex = 1 },
            double or float or decimal or int or long or short or byte or uint or ulong => new Cell(Num((IFormattable)value)) { CellReference = reference },
            _ => Cell(value.ToString(), reference),
        };
    }

    // XML 1.0 cannot carry most control characters; Excel would call the file corrupt.
    static string Clean(string s) =>
        s.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF')
            ? new string([.. s.Where(ch => !(ch < 0x20 && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF'))])
            : s;

    static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 2 });
}
