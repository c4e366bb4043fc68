using System.Text;
using System.Xml.Linq;
using static OfficeTools.Collect.Reading.WordNames;

namespace OfficeTools.Collect.Reading;

/// <summary>
/// Gives a form whose tags were stripped its tags back from the blank form's layout. LibreOffice 7.x keeps
/// controls but drops w:tag, writes a plain text control as three adjacent ones (the first holds the value)
/// and turns a rich text control in a table cell into FILLIN fields: each container (cell or body) is matched
/// group by group against the blank form, and what cannot be matched is reported, never guessed.
/// </summary>
static class LayoutRecovery
{
    public static FormReadResult? Recover(XDocument document, string file, FormLayouts layouts)
    {
        var body = document.Root!.Element(Body)!;
        var containers = FormLayout.Containers(body).ToDictionary(c => c.Key, c => c.Container, StringComparer.Ordinal);
        FormLayout? layout = null;
        foreach (var candidate in layouts.All.Select(l => l.Entries.First(e => e.Tag == FormReader.UnitTag)).Distinct())
        {
            var id = Value(containers, candidate, null, out _) as string;
            if (id is not null && layouts.For(id.Trim()) is { } found) { layout = found; break; }
        }
        if (layout is null) return null;
        var controls = new List<FormControl>();
        var problems = new List<Diagnostic>();
        foreach (var e in layout.Entries)
        {
            var value = Value(containers, e, layout, out var text);
            if (value is NotFound)
            {
                problems.Add(FormProblem.At(FormProblem.ControlDeleted, e.Tag,
                    $"the control «{e.Tag}» is gone and its place ({e.Container}) could not be matched with the blank form"));
                continue;
            }
            if (value is string s && e.Choices.Count > 0 && !e.Choices.Contains(s, StringComparer.Ordinal))
                problems.Add(FormProblem.At(FormProblem.NotAChoice, e.Tag, $"«{s}» is not one of the choices {string.Join(" / ", e.Choices)} ({e.Container})"));
            controls.Add(new FormControl(e.Tag, e.Kind, value, text, e.Choices, e.Container + " (recovered by place)"));
        }
        return new FormReadResult(file, layout.UnitId, controls, problems);
    }

    sealed class NotFound
    {
        public static readonly NotFound Instance = new();
    }

    static object? Value(Dictionary<string, XElement> containers, FormLayout.Entry e, FormLayout? layout, out string text)
    {
        text = "";
        if (!containers.TryGetValue(e.Container, out var container)) return NotFound.Instance;
        var groups = FormLayout.Groups(container);
        var expected = layout?.Entries.Where(x => x.Container == e.Container).Select(x => x.Group).Distinct().Count() ?? groups.Count;
        object? value;
        if (groups.Count == expected && e.Group < groups.Count)
        {
            var group = groups[e.Group];
            var siblings = layout?.Entries.Count(x => x.Container == e.Container && x.Group == e.Group) ?? 1;
            // One control per expected slot; a plain text written three times keeps its value in the first copy.
            var index = group.Count == siblings ? e.IndexInGroup : group.Count == 3 * siblings ? 3 * e.IndexInGroup : -1;
            if (index < 0 || index >= group.Count) return NotFound.Instance;
            var sdt = group[index];
            var control = FormReader.ReadOne(sdt, sdt.Element(SdtPr)!, e.Tag, []);
            text = control.Text;
            value = control.Value;
            if (e.Kind == ControlKind.RichText && sdt.Parent?.Name == P && layout is not null)
                value = Join(value as string, Following(sdt.Parent, layout));
        }
        else if (e.Kind == ControlKind.RichText && groups.Count == expected - 1 && layout is not null)
        {
            // The rich text control became FILLIN fields: its value is the first field's result and the paragraphs after.
            var paragraphs = FormLayout.Paragraphs(container).Where(p => !p.Descendants(Sdt).Any()).ToList();
            var first = paragraphs.FirstOrDefault(p => FieldResult(p) is not null);
            if (first is null) return NotFound.Instance;
            value = Join(FieldResult(first), Following(first, layout));
            text = value as string ?? "";
        }
        else return NotFound.Instance;
        if (value is string v && layout is not null && (layout.Placeholders.Contains(v.Trim()) || v.Trim().Length == 0)) return null;
        return value;
    }

    static string? Join(string? head, IEnumerable<string> tail)
    {
        var lines = new List<string>();
        if (!string.IsNullOrEmpty(head)) lines.Add(head);
        lines.AddRange(tail);
        return lines.Count == 0 ? null : string.Join('\n', lines).Trim('\n');
    }

    // Paragraphs after a rich text's first paragraph, up to a label, a control or the container's end.
    static IEnumerable<string> Following(XElement paragraph, FormLayout layout)
    {
        foreach (var next in paragraph.ElementsAfterSelf())
        {
            if (next.Name != P || next.Descendants(Sdt).Any()) yield break;
            var t = FormReader.ParagraphText(next);
            if (layout.FixedTexts.Contains(t.Trim())) yield break;
            yield return t;
        }
    }

    static string? FieldResult(XElement p)
    {
        var sb = new StringBuilder();
        var state = 0; // 0 before the field, 1 in its code, 2 in its result
        foreach (var r in p.Elements(W + "r"))
        {
            var fld = r.Element(W + "fldChar")?.Attribute(W + "fldCharType")?.Value;
            if (state == 0 && fld == "begin") { state = 1; continue; }
            if (state == 0) return null;
            if (state == 1 && fld == "separate") { state = 2; continue; }
            if (state == 2 && fld == "end") return sb.ToString();
            if (state == 2) sb.Append(string.Concat(r.Elements(T).Select(t => t.Value)));
        }
        return state == 2 ? sb.ToString() : null;
    }
}
