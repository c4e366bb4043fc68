using System.Xml.Linq;

namespace OfficeTools.Engine.Lexing;

/// <summary>
/// A picture the author placed whose alt text (wp:docPr descr or title) holds a tag, <c>{{ photo }}</c>: its
/// a:blip r:embed becomes attribute code that points at the data's picture, so it keeps the placeholder's size,
/// position and wrapping. The tag is taken out of the alt text.
/// </summary>
internal static class PlaceholderPictures
{
    static readonly XNamespace Wp = Ooxml.Wp;
    static readonly XNamespace A = Ooxml.A;
    static readonly XName Embed = XName.Get("embed", Ooxml.Relationships);

    /// <summary>Marks every placeholder picture of <paramref name="root"/>.</summary>
    public static void Mark(XElement root, string file, string part, Locator locator, List<CodeEntry> codes, List<TagInfo> tags, List<Diagnostic> errors)
    {
        foreach (var docPr in root.Descendants(Wp + "docPr").ToList())
        {
            var attr = new[] { docPr.Attribute("descr"), docPr.Attribute("title") }.FirstOrDefault(a => a != null && a.Value.Contains("{{", StringComparison.Ordinal));
            if (attr == null) continue;
            var value = attr.Value;
            var s = value.IndexOf("{{", StringComparison.Ordinal);
            var e = value.IndexOf("}}", s + 2, StringComparison.Ordinal);
            var drawing = docPr.Parent?.Parent;
            var paragraph = docPr.Ancestors(W.P).FirstOrDefault();
            var where = "picture «" + value + "» in " + (paragraph != null ? locator.Of(paragraph) : "the part");
            if (e < 0)
            {
                errors.Add(new Diagnostic(DiagnosticIds.UnclosedTag, DiagnosticSeverity.Error, file, part, where, value, "'{{' is never closed by '}}'"));
                continue;
            }
            var blip = drawing?.Descendants(A + "blip").FirstOrDefault(b => b.Attribute(Embed) != null);
            if (blip == null) continue;
            var code = ParagraphLexer.Straighten(value[(s + 2)..e]).Trim();
            if (TagClassifier.Classify(code).Kind != TagKind.Inline)
            {
                errors.Add(new Diagnostic(DiagnosticIds.Syntax, DiagnosticSeverity.Error, file, part, where, value, "a picture's alt text holds one value, not a block"));
                continue;
            }
            var original = blip.Attribute(Embed)!.Value;
            var call = $"__ot_pic ({code}) \"{original}\"";
            var tag = new TagInfo { Code = call, Kind = TagKind.Inline, Keyword = "", Part = part, Location = where, Snippet = value };
            tags.Add(tag);
            blip.SetAttributeValue(Embed, $"{W.RefStart}{codes.Count}{W.RefEnd}");
            codes.Add(new CodeEntry(call, tag));
            attr.Value = (value[..s] + value[(e + 2)..]).Trim();
        }
    }
}
