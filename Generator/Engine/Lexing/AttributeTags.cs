using System.Xml.Linq;

namespace OfficeTools.Engine.Lexing;

/// <summary>Tags inside content-control tag/alias values (<c>item.{{ it.id }}.status</c>) become attribute code.</summary>
internal static class AttributeTags
{
    /// <summary>Replaces each tag in w:tag/@w:val and w:alias/@w:val by a code reference.</summary>
    public static void Mark(XElement root, string file, string part, Locator locator, List<CodeEntry> codes, List<TagInfo> tags, List<Diagnostic> errors)
    {
        foreach (var pr in root.Descendants(W.SdtPr))
        {
            foreach (var el in pr.Elements().Where(e => e.Name == W.Tag || e.Name == W.Alias))
            {
                var attr = el.Attribute(W.Val);
                if (attr == null || !attr.Value.Contains("{{", StringComparison.Ordinal)) continue;
                var sdt = pr.Parent!;
                var near = locator.Near(sdt);
                var where = "content control " + (near.StartsWith("after ", StringComparison.Ordinal) || near.StartsWith("at ", StringComparison.Ordinal) ? near : "in " + near);
                var value = attr.Value;
                var sb = new System.Text.StringBuilder();
                var pos = 0;
                while (pos < value.Length)
                {
                    var s = value.IndexOf("{{", pos, StringComparison.Ordinal);
                    var e = s < 0 ? -1 : value.IndexOf("}}", s + 2, StringComparison.Ordinal);
                    if (s < 0) { sb.Append(value[pos..]); break; }
                    if (e < 0)
                    {
                        errors.Add(new Diagnostic(DiagnosticIds.UnclosedTag, DiagnosticSeverity.Error, file, part, where, value, "'{{' is never closed by '}}'"));
                        return;
                    }
                    sb.Append(value[pos..s]);
                    var code = ParagraphLexer.Straighten(value[(s + 2)..e]);
                    var tag = new TagInfo { Code = code, Kind = TagKind.Inline, Keyword = "", Part = part, Location = where, Snippet = value };
                    if (TagClassifier.Classify(code).Kind != TagKind.Inline)
                        errors.Add(new Diagnostic(DiagnosticIds.Syntax, DiagnosticSeverity.Error, file, part, where, value, "blocks cannot open or close inside a content control's tag"));
                    tags.Add(tag);
                    sb.Append(W.RefStart).Append(codes.Count).Append(W.RefEnd);
                    codes.Add(new CodeEntry(code, tag));
                    pos = e + 2;
                }
                attr.Value = sb.ToString();
            }
        }
    }
}
