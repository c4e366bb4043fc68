using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// Reads and writes single cells of one workbook: text through the shared strings when the workbook has them (inline
/// otherwise), dates as serial numbers where the cell is formatted as a date, numbers as numbers. A formula replaced by a
/// value takes the calculation chain with it, and the workbook recalculates on opening, since its formulas may count the
/// cells that changed.
/// </summary>
internal sealed class XlsxCellWriter
{
    readonly WorkbookPart workbook;
    readonly List<string> shared = [];
    readonly Dictionary<string, int> sharedIndex = new(StringComparer.Ordinal);
    readonly HashSet<uint> dateStyles;
    bool formulaReplaced, changed;

    public XlsxCellWriter(WorkbookPart workbook)
    {
        this.workbook = workbook;
        if (workbook.SharedStringTablePart?.SharedStringTable is { } table)
            foreach (var item in table.Elements<SharedStringItem>())
            {
                var text = ItemText(item);
                sharedIndex.TryAdd(text, shared.Count);
                shared.Add(text);
            }
        dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
    }

    /// <summary>The text a cell shows as the reader reads it (shared, inline or plain), or "".</summary>
    public string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString is { } inl ? ItemText(inl) : "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        return raw;
    }

    /// <summary>True when the cell holds anything (a value or a formula).</summary>
    public static bool HasContent(Cell cell) => cell.CellValue != null || cell.InlineString != null || cell.CellFormula != null;

    /// <summary>Puts <paramref name="value"/> into <paramref name="cell"/>, keeping its style and, where the value allows, its type.</summary>
    public void Set(Cell cell, CellUpdate value)
    {
        if (cell.CellFormula != null) { cell.CellFormula = null; formulaReplaced = true; }
        changed = true;
        cell.InlineString = null;
        var isDateCell = cell.StyleIndex?.Value is { } s && dateStyles.Contains(s);
        if (value.Text.Length == 0) { cell.CellValue = null; cell.DataType = null; return; }
        if (value.Date is { } date && isDateCell)
        {
            cell.DataType = null;
            cell.CellValue = new CellValue(date.ToOADate().ToString("R", CultureInfo.InvariantCulture));
            return;
        }
        if (value.Number is { } n)
        {
            cell.DataType = null;
            cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
            return;
        }
        if (workbook.SharedStringTablePart?.SharedStringTable is { } table)
        {
            if (!sharedIndex.TryGetValue(value.Text, out var index))
            {
                index = shared.Count;
                shared.Add(value.Text);
                sharedIndex[value.Text] = index;
                table.AppendChild(new SharedStringItem(new Text(value.Text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
            return;
        }
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(value.Text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Brings the workbook's bookkeeping in line with the cells written: shared-string counts, calculation chain, recalculation.</summary>
    public void Finish()
    {
        if (!changed) return;
        if (workbook.SharedStringTablePart?.SharedStringTable is { } table)
        {
            table.Count = null;
            table.UniqueCount = (uint)shared.Count;
        }
        if (formulaReplaced && workbook.CalculationChainPart is { } chain) workbook.DeletePart(chain);
        var hasFormulas = workbook.WorksheetParts.Any(p => p.Worksheet.Descendants<CellFormula>().Any());
        if (hasFormulas)
        {
            var calc = workbook.Workbook.CalculationProperties ??= new CalculationProperties();
            calc.FullCalculationOnLoad = true;
        }
    }

    // Phonetic runs (furigana) are not part of the cell's text, as the reader has it.
    static string ItemText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() == null).Select(t => t.Text));

    static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats == null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>().Where(f => f.NumberFormatId?.Value != null)
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
}
