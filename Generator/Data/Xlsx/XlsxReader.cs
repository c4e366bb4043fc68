using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeTools.Packages;

namespace OfficeTools.Data;

/// <summary>
/// Reads .xlsx workbooks with the Open XML SAX reader (row by row, so big sheets stay cheap): shared and inline
/// strings, numbers (long when integral, else decimal), booleans, dates by their number format. A cell holding an
/// Excel error (#N/A, #REF!… from a broken formula) is no value, and a located error of its sheet's table: its text
/// would otherwise reach the documents (sheets nobody reads as a table do not matter).
/// </summary>
public static class XlsxReader
{
    /// <summary>
    /// Reads every sheet of the workbook at <paramref name="path"/> (or only the first one). The package is first
    /// inflated through the shared capped inspector, so a zip or shared-strings bomb is a located error, never an
    /// out-of-memory abort inside the Open XML SDK (which inflates lazily, uncapped).
    /// </summary>
    public static WorkbookResult ReadWorkbook(string path, bool firstSheetOnly = false, PackageLimits? limits = null)
    {
        if (!File.Exists(path)) return Fail(path, "file not found");
        if (Path.GetExtension(path).Equals(".xls", StringComparison.OrdinalIgnoreCase) || IsOle(path))
            return Fail(path, "legacy binary Excel workbook (.xls): open it in Excel and save it as .xlsx");
        try
        {
            var bytes = File.ReadAllBytes(path);
            // A data file's macros never run here: only the archive-level dangers are refused.
            if (PackageInspector.Inspect(bytes, (limits ?? PackageLimits.Default) with { RefuseMacros = false }) is { } problem)
                return problem.Id is PackageProblemIds.NotZip or PackageProblemIds.Corrupt
                    ? Fail(path, $"not a readable .xlsx workbook (corrupt, truncated or another format): {problem.Message}")
                    : new(null, [new Diagnostic(path, problem.Part.Length > 0 ? problem.Part : "file", problem.Message)]);
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var wb = doc.WorkbookPart;
            if (wb?.Workbook?.Sheets == null) return Fail(path, "not an Excel workbook (no workbook part)");
            var context = new SheetContext(path,
                ReadSharedStrings(wb.SharedStringTablePart),
                DateStyles(wb.WorkbookStylesPart?.Stylesheet),
                wb.Workbook.WorkbookProperties?.Date1904?.Value == true);
            var sheets = new List<XlsxSheet>();
            foreach (var sheet in wb.Workbook.Sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part) continue;
                var name = sheet.Name?.Value ?? $"Sheet{sheets.Count + 1}";
                var errors = new List<Diagnostic>();
                sheets.Add(new XlsxSheet(path, name, ReadRows(part, context, $"sheet {name}", errors)) { CellErrors = errors });
                if (firstSheetOnly) break;
            }
            return new WorkbookResult(new XlsxWorkbook(path, sheets), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
            or System.Xml.XmlException or ArgumentException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return Fail(path, $"not a readable .xlsx workbook (corrupt, truncated or another format): {e.Message}");
        }
    }

    static WorkbookResult Fail(string path, string message) => new(null, [new Diagnostic(path, "file", message)]);

    static bool IsOle(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var s = File.OpenRead(path);
        return s.Read(head) == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    }

    sealed record SheetContext(string File, List<string> SharedStrings, HashSet<uint> DateStyles, bool Date1904);

    static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var list = new List<string>();
        if (part == null) return list;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                list.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
        }
        return list;
    }

    // Phonetic runs (furigana) are not part of the cell's text.
    static string ItemText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() == null).Select(t => t.Text));

    static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats == null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value != null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var xf in styles.CellFormats.Elements<CellFormat>())
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            if (custom.TryGetValue(id, out var code) ? XlsxCells.IsDateFormat(code) : XlsxCells.IsBuiltInDate(id)) result.Add(index);
            index++;
        }
        return result;
    }

    // Rows of one sheet; cells holding Excel errors are left empty and reported in errors (located by `where`, the sheet).
    static List<XlsxRow> ReadRows(WorksheetPart part, SheetContext context, string where, List<Diagnostic> errors)
    {
        var rows = new List<XlsxRow>();
        using var reader = OpenXmlReader.Create(part);
        var lastNumber = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(lastNumber + 1));
            lastNumber = number;
            var cells = new List<object?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var col = XlsxCells.Column(cell.CellReference?.Value);
                if (col < 0) col = cells.Count;
                while (cells.Count <= col) cells.Add(null);
                if (cell.DataType?.Value == CellValues.Error)
                {
                    var at = cell.CellReference?.Value ?? $"{XlsxCells.ColumnName(col)}{number}";
                    errors.Add(new Diagnostic(context.File, $"{where}, cell {at}",
                        $"the cell holds the Excel error {cell.CellValue?.Text ?? "#VALUE!"} (a formula that failed); fix it in the workbook"));
                    continue;
                }
                cells[col] = Value(cell, context);
            }
            while (cells.Count > 0 && cells[^1] is null) cells.RemoveAt(cells.Count - 1);
            if (cells.Count > 0) rows.Add(new XlsxRow(number, cells));
        }
        return rows;
    }

    static object? Value(Cell cell, SheetContext context)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString is { } inl ? ItemText(inl) : null;
        var raw = cell.CellValue?.Text;
        if (raw == null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < context.SharedStrings.Count ? context.SharedStrings[i] : null;
        if (type == CellValues.Boolean) return raw is "1" or "true";
        if (type == CellValues.String) return raw;
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? iso : raw;
        // "1e400" parses as Infinity: beyond a double it stays the text it is, never a number printed as "∞".
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number)) return raw;
        if (cell.StyleIndex?.Value is { } style && context.DateStyles.Contains(style) && number is > -657435 and < 2958466)
            return FromSerial(number, context.Date1904);
        if (Math.Abs(number) < 9e15 && number == Math.Floor(number)) return (long)number;
        // Excel keeps 15 significant digits; the decimal conversion drops binary noise like 0.30000000000000004.
        return Math.Abs(number) < 7.9e27 ? (decimal)number : number;
    }

    static DateTime FromSerial(double serial, bool date1904)
    {
        var date = DateTime.FromOADate(date1904 ? serial + 1462 : serial);
        // Round to the millisecond: serials carry float noise.
        return new DateTime((date.Ticks + 5000) / 10000 * 10000, DateTimeKind.Unspecified);
    }
}
