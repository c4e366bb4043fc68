using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>The paragraphs of one part in reading order, each located as a clerk would find it.</summary>
internal static class DocumentMap
{
    const int NearLength = 12;

    /// <summary>The paragraphs of <paramref name="root"/> (a body, header or footer), numbered like the other commands do.</summary>
    public static List<Block> Read(OpenXmlElement root, StyleChain styles, string part, string label, ListLabels? lists = null)
    {
        var blocks = new List<Block>();
        var tables = new Dictionary<Table, int>();
        var paragraphs = 0;
        foreach (var e in root.Descendants())
        {
            if (e is Table t) { tables[t] = tables.Count + 1; continue; }
            if (e is not Paragraph p || p.Ancestors<TextBoxContent>().Any()) continue;
            var cell = p.Ancestors<TableCell>().FirstOrDefault();
            var table = cell?.Ancestors<Table>().FirstOrDefault();
            var tableStyle = table?.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
            var runs = p.Descendants<Run>().Where(r => r.Ancestors<Paragraph>().FirstOrDefault() == p)
                .Select(r => new RunText(TextOf(r), styles.Run(p, r, tableStyle))).ToList();
            var text = string.Concat(runs.Select(r => r.Text));
            FindingPlace place;
            if (cell is null || table is null || !tables.TryGetValue(table, out var ti))
                place = new FindingPlace(part, label, Paragraph: ++paragraphs, Near: Near(text));
            else
            {
                var row = cell.Parent as TableRow;
                place = new FindingPlace(part, label, Table: ti,
                    Row: row is null ? 1 : row.ElementsBefore().OfType<TableRow>().Count() + 1,
                    Cell: cell.ElementsBefore().OfType<TableCell>().Count() + 1, Near: Near(text));
            }
            blocks.Add(new Block(p, place, text, styles.Paragraph(p, tableStyle), runs, table, lists?.Of(p, tableStyle) ?? ""));
        }
        return blocks;
    }

    /// <summary>
    /// The paragraphs in text boxes (a 标志 is often set in one), numbered in their own sequence; of a box written
    /// twice (DrawingML with a VML fallback) only the first copy.
    /// </summary>
    public static List<Block> ReadTextBoxes(OpenXmlElement root, StyleChain styles, string part, string label)
    {
        var blocks = new List<Block>();
        foreach (var p in root.Descendants<Paragraph>())
        {
            if (!p.Ancestors<TextBoxContent>().Any() || p.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().Any()) continue;
            var runs = p.Descendants<Run>().Where(r => r.Ancestors<Paragraph>().FirstOrDefault() == p)
                .Select(r => new RunText(TextOf(r), styles.Run(p, r, null))).ToList();
            var text = string.Concat(runs.Select(r => r.Text));
            blocks.Add(new Block(p, new FindingPlace(part, label, Paragraph: blocks.Count + 1, Near: Near(text)), text, styles.Paragraph(p, null), runs, null));
        }
        return blocks;
    }

    static string TextOf(Run r) => string.Concat(r.ChildElements.Select(c => c switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));

    static string? Near(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        return t.Length <= NearLength ? t : t[..NearLength] + "…";
    }
}
