using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>
/// Edits a written workbook the way Excel saves what the clerk typed: every text as a shared string (the writer's
/// inline strings too), a date typed into a date-formatted cell as its serial number with the cell's style kept.
/// </summary>
static class SheetFiller
{
    /// <summary>Sets cells of one sheet: a string is shared text, a DateOnly a serial, a number a number; null clears the cell's value.</summary>
    public static void Fill(string path, string sheet, params (string Cell, object? Value)[] cells)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var strings = SharedStrings(doc);
        var data = Part(doc, sheet).Worksheet.GetFirstChild<SheetData>()!;
        foreach (var (reference, value) in cells)
        {
            var cell = CellAt(data, reference);
            cell.RemoveAllChildren();
            cell.DataType = null;
            switch (value)
            {
                case null: break;
                case string s: cell.DataType = CellValues.SharedString; cell.CellValue = new CellValue(Share(strings, s)); break;
                case DateOnly d: cell.CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)); break;
                case IFormattable f: cell.CellValue = new CellValue(f.ToString(null, CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"cannot fill {value.GetType()}");
            }
        }
        MoveInlineToShared(doc, strings);
    }

    /// <summary>Clears the style of a cell (so a number in it is a plain number, not a date).</summary>
    public static void Unstyle(string path, string sheet, string reference)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        CellAt(Part(doc, sheet).Worksheet.GetFirstChild<SheetData>()!, reference).StyleIndex = null;
    }

    /// <summary>Deletes a sheet (its tab and its part).</summary>
    public static void DeleteSheet(string path, string name)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var entry = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = doc.WorkbookPart.GetPartById(entry.Id!);
        entry.Remove();
        doc.WorkbookPart.Workbook.DefinedNames?.Remove();
        doc.WorkbookPart.DeletePart(part);
    }

    static WorksheetPart Part(SpreadsheetDocument doc, string name) =>
        (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    static SharedStringTable SharedStrings(SpreadsheetDocument doc)
    {
        var part = doc.WorkbookPart!.SharedStringTablePart ?? doc.WorkbookPart.AddNewPart<SharedStringTablePart>();
        return part.SharedStringTable ??= new SharedStringTable();
    }

    static string Share(SharedStringTable table, string text)
    {
        var items = table.Elements<SharedStringItem>().ToList();
        var i = items.FindIndex(x => x.InnerText == text);
        if (i < 0) { table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })); i = items.Count; }
        return i.ToString(CultureInfo.InvariantCulture);
    }

    static void MoveInlineToShared(SpreadsheetDocument doc, SharedStringTable strings)
    {
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
            foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).ToList())
            {
                var text = cell.InlineString?.InnerText ?? "";
                cell.RemoveAllChildren();
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(Share(strings, text));
            }
    }

    static Cell CellAt(SheetData data, string reference)
    {
        var rowNumber = uint.Parse(new string([.. reference.SkipWhile(char.IsAsciiLetter)]), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowNumber);
        if (row == null)
        {
            row = new Row { RowIndex = rowNumber };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowNumber);
            if (after == null) data.PrependChild(row); else after.InsertAfterSelf(row);
        }
        var column = OfficeTools.Data.XlsxCells.Column(reference);
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (cell != null) return cell;
        cell = new Cell { CellReference = reference };
        var before = row.Elements<Cell>().FirstOrDefault(c => OfficeTools.Data.XlsxCells.Column(c.CellReference?.Value) > column);
        if (before == null) row.Append(cell); else before.InsertBeforeSelf(cell);
        return cell;
    }
}
