using System.Xml.Linq;
using static OfficeTools.Collect.Reading.WordNames;

namespace OfficeTools.Collect.Reading;

/// <summary>
/// Where each tagged control of a blank form sits: its container (a table cell, by table/row/cell numbers, or
/// the body outside tables), which group of controls it is in there, its kind and choices, and the container's
/// fixed texts. Used to recover the tags of a form whose tags were stripped (LibreOffice 7.x drops w:tag).
/// </summary>
public sealed class FormLayout
{
    /// <summary>One control's place.</summary>
    public sealed record Entry(string Tag, ControlKind Kind, IReadOnlyList<string> Choices, string Container, int Group, int IndexInGroup);

    FormLayout(string unitId, IReadOnlyList<Entry> entries, IReadOnlySet<string> fixedTexts, IReadOnlySet<string> placeholders)
    {
        UnitId = unitId;
        Entries = entries;
        FixedTexts = fixedTexts;
        Placeholders = placeholders;
    }

    /// <summary>The unit the blank form is for.</summary>
    public string UnitId { get; }

    /// <summary>Placeholder texts of the blank form (such text in a recovered control means empty).</summary>
    public IReadOnlySet<string> Placeholders { get; }

    /// <summary>Every tagged control, in document order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Texts of paragraphs outside controls (labels), which end a rich text's run of paragraphs.</summary>
    public IReadOnlySet<string> FixedTexts { get; }

    /// <summary>The layout of a blank form (null when it is not a readable form).</summary>
    public static FormLayout? Of(byte[] blank)
    {
        var x = FormReader.LoadMain(blank, out _);
        var body = x?.Root?.Element(Body);
        if (body is null) return null;
        var entries = new List<Entry>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var placeholders = new HashSet<string>(StringComparer.Ordinal);
        string? unitId = null;
        foreach (var (key, container) in Containers(body))
        {
            var groups = Groups(container);
            for (var g = 0; g < groups.Count; g++)
            {
                for (var i = 0; i < groups[g].Count; i++)
                {
                    var sdt = groups[g][i];
                    var pr = sdt.Element(SdtPr)!;
                    var tag = pr.Element(WordNames.Tag)?.Attribute(Val)?.Value;
                    if (string.IsNullOrEmpty(tag)) continue;
                    var control = FormReader.ReadOne(sdt, pr, tag, []);
                    entries.Add(new Entry(tag, control.Kind, control.Choices, key, g, i));
                    if (tag == FormReader.UnitTag) unitId ??= (control.Value as string)?.Trim();
                    if (control.Value is null && control.Text.Trim().Length > 0) placeholders.Add(control.Text.Trim());
                }
            }
            foreach (var p in Paragraphs(container).Where(p => !p.Descendants(Sdt).Any()))
            {
                var t = FormReader.ParagraphText(p).Trim();
                if (t.Length > 0) texts.Add(t);
            }
        }
        return unitId is null ? null : new FormLayout(unitId, entries, texts, placeholders);
    }

    /// <summary>The containers of a body: each table cell (innermost) keyed t1/r2/c3 (nested: t1/r2/c3/t1/r1/c1), and "body".</summary>
    internal static IEnumerable<(string Key, XElement Container)> Containers(XElement body)
    {
        yield return ("body", body);
        foreach (var c in Cells(body, "")) yield return c;
    }

    static IEnumerable<(string, XElement)> Cells(XElement scope, string prefix)
    {
        var t = 0;
        foreach (var tbl in scope.Elements().SelectMany(e => e.Name == Tbl ? [e] : e.Name == Sdt ? e.Elements(SdtContent).Elements(Tbl) : []))
        {
            t++;
            var r = 0;
            foreach (var tr in tbl.Elements(Tr))
            {
                r++;
                var c = 0;
                foreach (var tc in tr.Elements(Tc).Concat(tr.Elements(Sdt).Elements(SdtContent).Elements(Tc)))
                {
                    c++;
                    var key = $"{prefix}t{t}/r{r}/c{c}";
                    yield return (key, tc);
                    foreach (var nested in Cells(tc, key + "/")) yield return nested;
                }
            }
        }
    }

    /// <summary>The paragraphs directly in a container (through block-level controls, not into tables).</summary>
    internal static List<XElement> Paragraphs(XElement container)
    {
        var list = new List<XElement>();
        void Walk(XElement e)
        {
            foreach (var child in e.Elements())
            {
                if (child.Name == P) list.Add(child);
                else if (child.Name == Sdt) Walk(child.Element(SdtContent) ?? child);
            }
        }
        Walk(container);
        return list;
    }

    /// <summary>
    /// The control groups of a container in order: a block-level control is a group; inside a paragraph, controls
    /// next to each other form one group (LibreOffice writes one plain text control as three adjacent ones).
    /// </summary>
    internal static List<List<XElement>> Groups(XElement container)
    {
        var groups = new List<List<XElement>>();
        foreach (var child in container.Elements())
        {
            if (child.Name == Sdt && child.Element(SdtContent)?.Elements(P).Any() == true) { groups.Add([child]); continue; }
            if (child.Name != P) continue;
            List<XElement>? current = null;
            foreach (var node in child.Elements())
            {
                if (node.Name == Sdt)
                {
                    if (current is null) groups.Add(current = []);
                    current.Add(node);
                }
                else if (node.Name == WordNames.W + "r" && !node.Elements().Any(e => e.Name != WordNames.W + "rPr")) continue;
                else if (node.Name != WordNames.W + "pPr" && node.Name != WordNames.W + "bookmarkStart" && node.Name != WordNames.W + "bookmarkEnd") current = null;
            }
        }
        return groups;
    }
}
