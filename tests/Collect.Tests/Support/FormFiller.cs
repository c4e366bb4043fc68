using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>
/// Fills content controls the way Word does when a person types or picks: the placeholder flag goes, the
/// content's runs are replaced (keeping the first run's formatting), dates get w:fullDate, check boxes w14:checked.
/// Values: string (lines → paragraphs in block controls, breaks in run controls), DateTime, bool.
/// </summary>
public static class FormFiller
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /// <summary>A copy of <paramref name="docx"/> with the controls tagged in <paramref name="values"/> filled.</summary>
    public static byte[] Fill(byte[] docx, IReadOnlyDictionary<string, object?> values) => Edit(docx, x =>
    {
        foreach (var sdt in x.Descendants(W + "sdt").ToList())
        {
            var pr = sdt.Element(W + "sdtPr");
            var tag = pr?.Element(W + "tag")?.Attribute(W + "val")?.Value;
            if (tag is null || !values.TryGetValue(tag, out var value)) continue;
            pr!.Element(W + "showingPlcHdr")?.Remove();
            var content = sdt.Element(W + "sdtContent")!;
            string text;
            switch (value)
            {
                case DateTime d:
                    var format = pr.Element(W + "date")?.Element(W + "dateFormat")?.Attribute(W + "val")?.Value ?? "yyyy-MM-dd";
                    pr.Element(W + "date")?.SetAttributeValue(W + "fullDate", d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    text = d.ToString(format, CultureInfo.InvariantCulture);
                    break;
                case bool b:
                    pr.Element(W14 + "checkbox")?.Element(W14 + "checked")?.SetAttributeValue(W14 + "val", b ? "1" : "0");
                    text = b ? "☒" : "☐";
                    break;
                default:
                    text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    break;
            }
            SetText(content, text);
        }
    });

    /// <summary>Removes every control with <paramref name="tag"/> (a person deleting a field).</summary>
    public static byte[] Delete(byte[] docx, string tag) => Edit(docx, x =>
    {
        foreach (var sdt in x.Descendants(W + "sdt").Where(s => TagOf(s) == tag).ToList())
        {
            // A block control in a cell leaves an empty paragraph behind, as Word does.
            if (sdt.Parent?.Name == W + "tc") sdt.ReplaceWith(new XElement(W + "p"));
            else sdt.Remove();
        }
    });

    /// <summary>Duplicates the table row holding <paramref name="tag"/> (a person copying a row).</summary>
    public static byte[] DuplicateRow(byte[] docx, string tag) => Edit(docx, x =>
    {
        var row = x.Descendants(W + "sdt").First(s => TagOf(s) == tag).Ancestors(W + "tr").First();
        row.AddAfterSelf(new XElement(row));
    });

    /// <summary>Types <paramref name="text"/> straight into a drop-down's content (as an XML-editing tool might), bypassing its choices.</summary>
    public static byte[] ForceText(byte[] docx, string tag, string text) => Edit(docx, x =>
    {
        var sdt = x.Descendants(W + "sdt").First(s => TagOf(s) == tag);
        sdt.Element(W + "sdtPr")!.Element(W + "showingPlcHdr")?.Remove();
        SetText(sdt.Element(W + "sdtContent")!, text);
    });

    /// <summary>Prefixes every item id in the form's <c>item.ID.field</c> tags, so copies of one form carry distinct item ids.</summary>
    public static byte[] PrefixItems(byte[] docx, string prefix) => Edit(docx, x =>
    {
        foreach (var tag in x.Descendants(W + "tag").Select(t => t.Attribute(W + "val")).OfType<XAttribute>())
            if (tag.Value.StartsWith("item.", StringComparison.Ordinal)) tag.Value = "item." + prefix + tag.Value[5..];
    });

    static string? TagOf(XElement sdt) => sdt.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val")?.Value;

    static void SetText(XElement content, string text)
    {
        var lines = text.Split('\n');
        var paragraphs = content.Elements(W + "p").ToList();
        if (paragraphs.Count > 0)
        {
            var pPr = paragraphs[0].Element(W + "pPr");
            foreach (var p in paragraphs.Skip(1)) p.Remove();
            paragraphs[0].ReplaceWith(lines.Select(l => new XElement(W + "p", pPr is null ? null : new XElement(pPr), Run(l))));
            return;
        }
        content.RemoveNodes();
        var run = new XElement(W + "r");
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Add(new XElement(W + "br"));
            run.Add(new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), lines[i]));
        }
        content.Add(run);
    }

    static XElement Run(string text) => new(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    static byte[] Edit(byte[] docx, Action<XDocument> change)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument x;
            using (var s = entry.Open()) x = XDocument.Load(s);
            change(x);
            entry.Delete();
            var fresh = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest);
            using var w = fresh.Open();
            x.Save(w, SaveOptions.DisableFormatting);
        }
        return ms.ToArray();
    }
}
