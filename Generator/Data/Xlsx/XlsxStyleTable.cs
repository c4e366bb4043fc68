using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeTools.Data;

/// <summary>
/// The workbook's cell formats: the two every workbook has (0 plain, 1 date), then one per distinct
/// <see cref="XlsxStyle"/> in the order first used, so plain workbooks keep the stylesheet they always had.
/// </summary>
sealed class XlsxStyleTable
{
    const string FontName = "等线";
    const uint DateFormat = 164;
    readonly Dictionary<XlsxStyle, uint> _index = [];
    readonly List<XlsxStyle> _styles = [];

    /// <summary>The cell format index of <paramref name="style"/>, added when new.</summary>
    public uint Index(XlsxStyle style)
    {
        if (_index.TryGetValue(style, out var i)) return i;
        _styles.Add(style);
        return _index[style] = (uint)_styles.Count + 1;
    }

    /// <summary>The stylesheet holding every style asked for.</summary>
    public Stylesheet Build()
    {
        var fonts = new List<(bool Bold, double Size)> { (false, 11) };
        var fills = new List<string?> { null, null };
        var formats = new List<CellFormat>
        {
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new() { NumberFormatId = DateFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
        };
        var codes = new List<string>();
        foreach (var s in _styles)
        {
            var number = s.NumberFormat is { } code ? DateFormat + 1 + (uint)Find(codes, code) : s.Date ? DateFormat : 0u;
            var font = Find(fonts, (s.Bold, s.FontSize));
            var fill = s.Fill is null ? 0 : Find(fills, s.Fill);
            var format = new CellFormat
            {
                NumberFormatId = number, FontId = (uint)font, FillId = (uint)fill, BorderId = s.Border ? 1u : 0u, FormatId = 0,
                ApplyNumberFormat = number > 0, ApplyFont = font > 0, ApplyFill = fill > 0, ApplyBorder = s.Border, ApplyAlignment = true,
            };
            format.Append(new Alignment
            {
                Horizontal = s.Align switch { XlsxAlign.Left => HorizontalAlignmentValues.Left, XlsxAlign.Center => HorizontalAlignmentValues.Center, _ => null },
                Vertical = s.Middle ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top,
                WrapText = s.Wrap ? true : null,
            });
            if (!s.Locked) { format.ApplyProtection = true; format.Append(new Protection { Locked = false }); }
            formats.Add(format);
        }
        return new Stylesheet(
            new NumberingFormats(codes.Select((c, i) => new NumberingFormat { NumberFormatId = DateFormat + 1 + (uint)i, FormatCode = c })
                .Prepend(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" })) { Count = 1 + (uint)codes.Count },
            new Fonts(fonts.Select(Font)) { Count = (uint)fonts.Count },
            new Fills(fills.Select((f, i) => Fill(f, i))) { Count = (uint)fills.Count },
            _styles.Any(s => s.Border) ? new Borders(Border(false), Border(true)) { Count = 2 } : new Borders(Border(false)) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count });
    }

    static int Find<T>(List<T> list, T item)
    {
        var i = list.IndexOf(item);
        if (i >= 0) return i;
        list.Add(item);
        return list.Count - 1;
    }

    static Font Font((bool Bold, double Size) f)
    {
        var font = new Font();
        if (f.Bold) font.Append(new Bold());
        font.Append(new FontSize { Val = f.Size }, new FontName { Val = FontName });
        return font;
    }

    static Fill Fill(string? rgb, int index) => rgb is null
        ? new Fill(new PatternFill { PatternType = index == 1 ? PatternValues.Gray125 : PatternValues.None })
        : new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    static Border Border(bool thin)
    {
        if (!thin) return new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder());
        static T Side<T>() where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
        return new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder());
    }
}
