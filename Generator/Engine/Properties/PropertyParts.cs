using System.Text;
using System.Xml;
using System.Xml.Linq;
using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Properties;

/// <summary>
/// Document properties with tags (File › Properties: title, subject, author, keywords, company, custom
/// properties): each property's text is a template of its own, rendered with the document's data. Values are
/// written XML-escaped, with what XML forbids (control characters) left out.
/// </summary>
internal static class PropertyParts
{
    /// <summary>The property parts, with how messages name them.</summary>
    public static readonly (string Entry, string Label)[] Parts =
    [
        ("docProps/core.xml", "properties"), ("docProps/app.xml", "properties"), ("docProps/custom.xml", "custom properties"),
    ];

    static readonly XNamespace Custom = Ooxml.CustomProperties;

    /// <summary>Compiles a property part; null when it has no tags (it is then copied) or has errors (reported).</summary>
    public static CompiledPart? Compile(PartCompiler compiler, string file, string entry, string label, byte[] bytes, List<Diagnostic> errors)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        if (!text.Contains("{{", StringComparison.Ordinal)) return null;
        XDocument doc;
        try { doc = XDocument.Parse(text, LoadOptions.PreserveWhitespace); }
        catch (XmlException ex)
        {
            errors.Add(new Diagnostic(DiagnosticIds.BadXml, DiagnosticSeverity.Error, file, label, $"line {ex.LineNumber}", "", "the part is not well-formed XML: " + ex.Message));
            return null;
        }
        // Each templated text is swapped for a marker, the XML written out, and the markers replaced by Scriban source.
        var templated = new List<(XText Node, string Where)>();
        foreach (var t in doc.Root!.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains("{{", StringComparison.Ordinal)).ToList())
            templated.Add((t, Where(t.Parent!)));
        var values = templated.Select(t => t.Node.Value).ToList();
        for (var i = 0; i < templated.Count; i++) templated[i].Node.Value = $"\uE000{i}\uE001";
        var xml = Literal(doc.Declaration?.ToString() ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>") + "\r\n"
            + Literal(doc.Root.ToString(SaveOptions.DisableFormatting));
        var sb = new StringBuilder();
        var offsets = new List<int>();
        var entries = new List<CodeEntry>();
        var at = 0;
        for (var i = 0; i < templated.Count; i++)
        {
            var marker = $"\uE000{i}\uE001";
            var pos = xml.IndexOf(marker, at, StringComparison.Ordinal);
            sb.Append(xml, at, pos - at);
            if (Value(values[i], templated[i].Where, label, sb, offsets, entries) is { } unclosed)
                errors.Add(new Diagnostic(DiagnosticIds.UnclosedTag, DiagnosticSeverity.Error, file, label, templated[i].Where, unclosed,
                    "'{{' without '}}': close the tag in File › Properties"));
            at = pos + marker.Length;
        }
        sb.Append(xml, at, xml.Length - at);
        if (errors.Any(e => e.Part == label && e.Id == DiagnosticIds.UnclosedTag)) return null;
        if (!compiler.CheckTags([.. entries.Select(e => e.Tag!)])) return null;
        return compiler.Parse(entry, label, new EmittedPart(sb.ToString(), [.. offsets], [.. entries], []));
    }

    // One property's text: literal pieces escaped, each {{ expression }} written through the attribute escaper;
    // returns the text of a tag left open, or null.
    static string? Value(string value, string where, string label, StringBuilder sb, List<int> offsets, List<CodeEntry> entries)
    {
        var i = 0;
        while (i < value.Length)
        {
            var open = value.IndexOf("{{", i, StringComparison.Ordinal);
            var close = open < 0 ? -1 : value.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (open >= 0 && close < 0) return value[open..];
            if (open < 0)
            {
                sb.Append(Literal(System.Security.SecurityElement.Escape(value[i..])));
                return null;
            }
            sb.Append(Literal(System.Security.SecurityElement.Escape(value[i..open])));
            var code = value[(open + 2)..close].Trim();
            var tag = new TagInfo { Code = code, Kind = TagKind.Inline, Keyword = "", Part = label, Location = where, Snippet = value.Length > 60 ? value[..60] + "…" : value };
            offsets.Add(sb.Length);
            entries.Add(new CodeEntry(code, tag));
            sb.Append("{{ __ot_attr((").Append(code).Append(")) }}");
            i = close + 2;
        }
        return null;
    }

    /// <summary>Where a person finds the property: "title", or a custom property's name.</summary>
    static string Where(XElement e)
    {
        for (var p = e; p != null; p = p.Parent)
            if (p.Name == Custom + "property") return $"custom property \"{(string?)p.Attribute("name")}\"";
        return e.Name.LocalName;
    }

    // Text that Scriban must print as it is: braces as character references.
    static string Literal(string xml) => xml.Replace("{", "&#123;", StringComparison.Ordinal).Replace("}", "&#125;", StringComparison.Ordinal);
}
