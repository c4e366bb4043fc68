using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Data;

// One worksheet part, its elements in the order the schema wants them.
public static partial class XlsxWriter
{
    static void WriteSheet(WorksheetPart part, IEnumerable<IReadOnlyList<object?>> rows, XlsxSheetLayout? layout, XlsxStyleTable styles, bool first)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        if (layout?.LandscapeFitToWidth == true) w.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (layout?.FrozenRows is > 0 and var frozen) w.WriteElement(FrozenView(frozen, first));
        if (layout?.ColumnWidths is { Count: > 0 } widths) w.WriteElement(Columns(widths));
        w.WriteStartElement(new SheetData());
        uint r = 0;
        foreach (var row in rows)
        {
            r++;
            var element = new Row { RowIndex = r };
            if (layout?.RowHeights.TryGetValue((int)r, out var height) == true) { element.Height = height; element.CustomHeight = true; }
            else if (layout is { FitWrappedRows: true } && XlsxRowHeights.Of(row, layout.ColumnWidths) is { } fitted) element.Height = fitted;
            w.WriteStartElement(element);
            for (var c = 0; c < row.Count; c++)
            {
                if (Cell(row[c], XlsxCells.ColumnName(c) + r, styles) is { } cell) w.WriteElement(cell);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (layout != null) WriteAfterData(w, layout);
        w.WriteEndElement();
    }

    static void WriteAfterData(OpenXmlWriter w, XlsxSheetLayout layout)
    {
        // no password: the point is that typing over a given column takes a deliberate step, not secrecy
        if (layout.Protected)
            w.WriteElement(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (layout.Merges.Count > 0)
            w.WriteElement(new MergeCells(layout.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)layout.Merges.Count });
        if (layout.Validations.Count > 0)
            w.WriteElement(new DataValidations(layout.Validations.Select(Validation)) { Count = (uint)layout.Validations.Count });
        if (layout.LandscapeFitToWidth)
        {
            w.WriteElement(new PrintOptions { HorizontalCentered = true });
            w.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            w.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        }
        if (layout.Footer is { } footer) w.WriteElement(new HeaderFooter(new OddFooter(footer)));
    }

    // only the first sheet is selected: Excel groups every selected sheet, and typing on one would then type on all
    static SheetViews FrozenView(int rows, bool selected)
    {
        var top = $"A{rows + 1}";
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = rows, TopLeftCell = top, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = top, SequenceOfReferences = new ListValue<StringValue> { InnerText = top } })
        { TabSelected = selected ? true : null, WorkbookViewId = 0 });
    }

    static Columns Columns(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (var c = 0; c < widths.Count; c++)
            if (widths[c] > 0)
                columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = widths[c], CustomWidth = true });
        return columns;
    }

    static DataValidation Validation(XlsxValidation v)
    {
        var element = new DataValidation
        {
            AllowBlank = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = v.Range },
        };
        if (v.List is { } list)
        {
            if (list.Any(x => x.Contains(',', StringComparison.Ordinal)) || string.Join(",", list).Length > 255)
                throw new ArgumentException($"a drop-down's words may not hold commas and fit 255 characters: {string.Join(" / ", list)}");
            element.Type = DataValidationValues.List;
            element.Append(new Formula1($"\"{string.Join(",", list)}\""));
        }
        else
        {
            element.Type = DataValidationValues.Date;
            element.Operator = DataValidationOperatorValues.Between;
            element.Append(new Formula1(Serial(v.From ?? new DateOnly(1900, 1, 1))), new Formula2(Serial(v.To ?? new DateOnly(9999, 12, 31))));
        }
        if (v.Error is { } error) element.Error = error;
        if (v.Prompt is { } prompt) { element.ShowInputMessage = true; element.Prompt = prompt; }
        return element;
    }

    static string Serial(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
}
