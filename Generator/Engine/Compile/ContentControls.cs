using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// A content control whose tag is a data path is filled with the value when the path resolves (and stays a content
/// control); otherwise it is left as it was, a field for people to fill in.
/// </summary>
internal static class ContentControls
{
    static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static readonly XName RepeatingSection = W15 + "repeatingSection", RepeatingSectionItem = W15 + "repeatingSectionItem",
        DataBinding = W.Ns + "dataBinding", W15DataBinding = W15 + "dataBinding";
    static readonly XName Checkbox = W.W14 + "checkbox", Checked = W.W14 + "checked", CheckedState = W.W14 + "checkedState",
        UncheckedState = W.W14 + "uncheckedState", W14Val = W.W14 + "val";

    /// <summary>
    /// Rewrites every fillable content control of the part into "if the path resolves: value, else: as before". The
    /// path is the control's tag, or its title when it has no tag (Power Automate templates name controls by title).
    /// A repeating section whose path is a list repeats its first item once per element, the item's own controls
    /// resolving in that element first.
    /// </summary>
    public static void Apply(XElement root, string part, Locator locator, List<CodeEntry> codes, List<TemplateField> fields)
    {
        foreach (var sdt in root.Descendants(W.Sdt).ToList())
        {
            var pr = sdt.Element(W.SdtPr);
            var content = sdt.Element(W.SdtContent);
            var path = (pr?.Element(W.Tag) ?? pr?.Element(W.Alias))?.Attribute(W.Val)?.Value;
            if (pr == null || content == null || path == null || !ModelPath.IsPath(path)) continue;
            var where = locator.Near(sdt);
            fields.Add(new TemplateField(FieldKind.ContentControl, path, part, where, ParagraphText(sdt)));
            if (content.Descendants(W.Code).Any(m => codes[(int)m.Attribute("n")!].Tag?.Kind is TagKind.Open or TagKind.End or TagKind.Mid)) continue;
            if (pr.Element(RepeatingSection) != null)
            {
                Repeat(content, path, codes);
                continue;
            }
            var filled = Filled(content, path, pr, codes);
            if (filled == null) continue;
            var original = content.Nodes().ToList();
            content.RemoveNodes();
            content.Add(Code(codes, $"if __ot_has {Quote(path)}"), filled, Code(codes, "else"), original, Code(codes, "end"));
            // Properties that hold only while the control is unfilled: the placeholder flag, and a mapping to a custom XML
            // part (Word would show the part's old value again when it opens the file).
            foreach (var unfilledOnly in pr.Elements().Where(e => e.Name == W.ShowingPlcHdr || e.Name == DataBinding || e.Name == W15DataBinding).ToList())
                unfilledOnly.ReplaceWith(Code(codes, $"if !__ot_has {Quote(path)}"), new XElement(unfilledOnly), Code(codes, "end"));
            if (pr.Element(Checkbox)?.Element(Checked) is { } chk)
                chk.SetAttributeValue(W14Val, Ref(codes, $"__ot_checked {Quote(path)} {Quote((string?)chk.Attribute(W14Val) ?? "0")}"));
            if (pr.Element(W.Date) is { } date)
            {
                var filledDate = new XElement(date);
                filledDate.SetAttributeValue(W.FullDate, Ref(codes, $"__ot_fulldate {Quote(path)} {Quote((string?)date.Attribute(W.FullDate) ?? "")}"));
                date.ReplaceWith(Code(codes, $"if __ot_isdate {Quote(path)}"), filledDate, Code(codes, "else"), new XElement(date), Code(codes, "end"));
            }
        }
    }

    // The first item stands for every element of the list; with no list (or an empty one) the section stays as it was.
    static void Repeat(XElement content, string path, List<CodeEntry> codes)
    {
        var item = content.Elements(W.Sdt).FirstOrDefault(s => s.Element(W.SdtPr)?.Element(RepeatingSectionItem) != null);
        if (item == null) return;
        var original = content.Nodes().Select(n => n is XElement e ? new XElement(e) : n).ToList();
        var variable = $"__ot_item{codes.Count}";
        content.RemoveNodes();
        content.Add(Code(codes, $"if __ot_items {Quote(path)}"), Code(codes, $"for {variable} in (__ot_val {Quote(path)})"),
            Code(codes, $"__ot_enter {variable}"), item, Code(codes, "__ot_leave"), Code(codes, "end"),
            Code(codes, "else"), original, Code(codes, "end"));
    }

    static List<XElement>? Filled(XElement content, string path, XElement pr, List<CodeEntry> codes)
    {
        var first = content.Elements().FirstOrDefault(e => e.Name != W.Code);
        var valueCode = $"__ot_val {Quote(path)}";
        if (pr.Element(Checkbox) is { } cb)
        {
            var on = (string?)cb.Element(CheckedState)?.Attribute(W14Val) ?? "2612";
            var off = (string?)cb.Element(UncheckedState)?.Attribute(W14Val) ?? "2610";
            valueCode = $"__ot_glyph {Quote(path)} {Quote(on)} {Quote(off)}";
        }
        if (pr.Element(W.Date) != null) valueCode = $"__ot_dateval {Quote(path)}";
        var run = Run(content.Descendants(W.R).FirstOrDefault(), Code(codes, valueCode));
        if (first == null || first.Name == W.R || content.Parent?.Parent?.Name == W.P) return [run];
        if (first.Name == W.P) return [Paragraph(first, run)];
        if (first.Name == W.Tc)
        {
            var tc = new XElement(W.Tc);
            if (first.Element(W.TcPr) is { } tcPr) tc.Add(new XElement(tcPr));
            tc.Add(Paragraph(first.Descendants(W.P).FirstOrDefault(), run));
            return [tc];
        }
        return first.Name.LocalName is "hyperlink" or "smartTag" or "fldSimple" ? [run] : null;
    }

    static XElement Paragraph(XElement? model, XElement run)
    {
        var p = new XElement(W.P);
        if (model?.Element(W.PPr) is { } pPr) p.Add(new XElement(pPr));
        p.Add(run);
        return p;
    }

    static XElement Run(XElement? model, XElement code)
    {
        var r = new XElement(W.R);
        if (model?.Element(W.RPr) is { } rPr)
        {
            var copy = new XElement(rPr);
            copy.Elements(W.RStyle).Where(s => ((string?)s.Attribute(W.Val) ?? "").StartsWith("Placeholder", StringComparison.OrdinalIgnoreCase)).Remove();
            r.Add(copy);
        }
        r.Add(new XElement(W.T, new XAttribute(XNamespace.Xml + "space", "preserve"), code));
        return r;
    }

    static XElement Code(List<CodeEntry> codes, string code)
    {
        codes.Add(new CodeEntry(" " + code + " ", null));
        return new XElement(W.Code, new XAttribute("n", codes.Count - 1));
    }

    static string Ref(List<CodeEntry> codes, string code)
    {
        codes.Add(new CodeEntry(" " + code + " ", null));
        return $"{W.RefStart}{codes.Count - 1}{W.RefEnd}";
    }

    static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    static string ParagraphText(XElement sdt) => string.Concat(sdt.Descendants(W.T).Select(t => t.Value)).Trim();
}
