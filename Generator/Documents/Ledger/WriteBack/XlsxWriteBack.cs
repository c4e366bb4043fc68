using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>
/// Patches a copy of the clerk's workbook: only the cells of updated fields change, missing columns are appended at
/// the right of the sheet under the header the reader knows, new items become rows after the last. Everything else
/// (sheets and their order, styles, widths, formulas, the clerk's own columns and sheets) is the workbook as it came.
/// </summary>
internal static class XlsxWriteBack
{
    public static byte[] Write(byte[] source, UpdatePlan plan)
    {
        using var stream = new MemoryStream();
        stream.Write(source);
        stream.Position = 0;
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var wb = doc.WorkbookPart!;
            var cells = new XlsxCellWriter(wb);
            foreach (var sheet in wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
            {
                if (sheet.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part) continue;
                var name = sheet.Name?.Value ?? "";
                if (Is(LedgerFields.Items, name)) new XlsxTablePatch(part, LedgerFields.Items, cells).Apply(plan.Items, plan.NewItems, plan.ItemColumns);
                else if (Is(LedgerFields.Units, name)) new XlsxTablePatch(part, LedgerFields.Units, cells).Apply(plan.Units, [], plan.UnitColumns);
            }
            cells.Finish();
        }
        return stream.ToArray();
    }

    // The same sheet the reader takes for the table (its Chinese name or its JSON key).
    static bool Is(LedgerTable table, string sheet) => sheet == table.Sheet || sheet.Equals(table.Key, StringComparison.OrdinalIgnoreCase);
}
