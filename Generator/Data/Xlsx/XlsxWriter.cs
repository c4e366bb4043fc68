using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Data;

/// <summary>
/// One sheet to write: its tab name and its rows (strings, numbers, bools, DateTime, DateOnly, null, or an
/// <see cref="XlsxCell"/> carrying a style), and optionally what people filling it need (<see cref="Layout"/>).
/// </summary>
public sealed record XlsxSheetData(string Name, IEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>Widths, frozen rows, validations, protection, print setup; null for plain rows.</summary>
    public XlsxSheetLayout? Layout { get; init; }
}

/// <summary>
/// Writes rows to a valid .xlsx (inline strings, dates as yyyy-mm-dd), streaming each sheet; styled cells and a
/// sheet layout make a workbook for people to fill (drop-downs, locked given columns, print setup).
/// </summary>
public static partial class XlsxWriter
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
        // the styles part comes first, as it always did (its relationship id stays rId1); its content is known at the end
        var stylesPart = wb.AddNewPart<WorkbookStylesPart>();
        var styles = new XlsxStyleTable();
        var printTitles = new List<DefinedName>();
        uint id = 1;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            if (sheet.Name.Length is 0 or > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || !names.Add(sheet.Name))
                throw new ArgumentException($"invalid or duplicate sheet name \"{sheet.Name}\" (1–31 characters, none of []:*?/\\)");
            var part = wb.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet.Rows, sheet.Layout, styles, id == 1);
            var entry = new Sheet { Name = sheet.Name, SheetId = id, Id = wb.GetIdOfPart(part) };
            if (sheet.Layout?.Hidden == true) entry.State = SheetStateValues.Hidden;
            wb.Workbook.Sheets!.Append(entry);
            if (sheet.Layout?.PrintTitleRows is > 0 and var titles)
                printTitles.Add(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${titles}")
                    { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
            id++;
        }
        if (id == 1) throw new ArgumentException("a workbook needs at least one sheet");
        if (printTitles.Count > 0) wb.Workbook.Append(new DefinedNames(printTitles));
        stylesPart.Stylesheet = styles.Build();
    }

    static Cell? Cell(object? value, string reference, XlsxStyleTable styles)
    {
        if (value is XlsxCell styled)
        {
            var style = styled.Value is DateTime or DateOnly && !styled.Style.Date && styled.Style.NumberFormat is null ? styled.Style with { Date = true } : styled.Style;
            var cell = Cell(styled.Value, reference, styles) ?? new Cell { CellReference = reference };
            cell.StyleIndex = styles.Index(style);
            return cell;
        }
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
            _ => Cell(value.ToString(), reference, styles),
        };
    }

    // XML 1.0 cannot carry most control characters; Excel would call the file corrupt.
    static string Clean(string s) =>
        s.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF')
            ? new string([.. s.Where(ch => !(ch < 0x20 && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF'))])
            : s;
}
