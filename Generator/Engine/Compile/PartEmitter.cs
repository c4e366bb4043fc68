using System.Text;
using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// The Scriban source of one part, with where each piece of code starts (to locate errors), and for each element
/// that goes when its blocks are empty, the XML it renders to in that case.
/// </summary>
internal sealed record EmittedPart(string Source, int[] Offsets, CodeEntry[] Entries, string?[] Skeletons);

/// <summary>
/// Serialises a part's XML as Scriban source: all document XML is literal text (its braces written as character
/// references so it can never be read as code) and code markers become <c>{{ … }}</c>.
/// </summary>
internal sealed class PartEmitter
{
    readonly StringBuilder _sb = new();
    readonly List<int> _offsets = [];
    readonly List<CodeEntry> _entries = [];
    readonly List<CodeEntry> _codes;
    readonly HashSet<XElement> _removable;
    readonly List<CodeSpan> _spans = [];
    readonly List<string?> _skeletons = [];

    PartEmitter(List<CodeEntry> codes, HashSet<XElement> removable)
    {
        _codes = codes;
        _removable = removable;
    }

    /// <summary>Emits <paramref name="doc"/> with the code entries its markers refer to; <paramref name="removable"/> elements are held back when empty.</summary>
    public static EmittedPart Emit(XDocument doc, List<CodeEntry> codes, HashSet<XElement>? removable = null)
    {
        var e = new PartEmitter(codes, removable ?? []);
        e._sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        e.Element(doc.Root!);
        return new EmittedPart(e._sb.ToString(), [.. e._offsets], [.. e._entries], [.. e._skeletons]);
    }

    void Element(XElement e)
    {
        if (e.Name == W.Code)
        {
            Code(_codes[(int)e.Attribute("n")!], attribute: false);
            return;
        }
        if (_removable.Contains(e))
        {
            Held(e);
            return;
        }
        Plain(e);
    }

    // The element between __ot_hold and __ot_release: at render time it is dropped when it comes out as its skeleton.
    void Held(XElement e)
    {
        var index = _skeletons.Count;
        _skeletons.Add(null);
        Code(new CodeEntry($" __ot_hold {index} ", null), attribute: false);
        var start = _sb.Length;
        var firstSpan = _spans.Count;
        Plain(e);
        _skeletons[index] = Skeletons.Of(_sb, start, _spans, firstSpan);
        Code(new CodeEntry(" __ot_release ", null), attribute: false);
    }

    void Plain(XElement e)
    {
        var name = Name(e, e.Name);
        _sb.Append('<').Append(name);
        foreach (var a in e.Attributes())
        {
            _sb.Append(' ');
            if (a.IsNamespaceDeclaration)
                _sb.Append(a.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + a.Name.LocalName);
            else if (a.Name.Namespace == XNamespace.None) _sb.Append(a.Name.LocalName);
            else if (a.Name.Namespace == XNamespace.Xml) _sb.Append("xml:").Append(a.Name.LocalName);
            else _sb.Append(e.GetPrefixOfNamespace(a.Name.Namespace) is { } pf ? pf + ":" : "").Append(a.Name.LocalName);
            _sb.Append("=\"");
            AttributeValue(a.Value);
            _sb.Append('"');
        }
        if (e.IsEmpty)
        {
            _sb.Append("/>");
            return;
        }
        _sb.Append('>');
        foreach (var n in e.Nodes())
        {
            if (n is XElement c) Element(c);
            else if (n is XText t) Text(t.Value);
        }
        _sb.Append("</").Append(name).Append('>');
    }

    static string Name(XElement scope, XName name)
    {
        if (name.Namespace == XNamespace.None) return name.LocalName;
        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        return string.IsNullOrEmpty(prefix) ? name.LocalName : prefix + ":" + name.LocalName;
    }

    void Code(CodeEntry entry, bool attribute)
    {
        var start = _sb.Length;
        _offsets.Add(start);
        _entries.Add(entry);
        _sb.Append("{{");
        if (attribute && entry.Tag != null) _sb.Append(" __ot_attr (").Append(entry.Code).Append(") ");
        else _sb.Append(entry.Code);
        _sb.Append("}}");
        if (entry.Tag?.After is { } after) _sb.Append("{{ ").Append(after).Append(" }}");
        _spans.Add(new CodeSpan(start, _sb.Length, attribute ? null : entry));
    }

    void Text(string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '>': _sb.Append("&gt;"); break;
                case '{': _sb.Append("&#123;"); break;
                case '}': _sb.Append("&#125;"); break;
                case '\r': _sb.Append("&#13;"); break;
                default: _sb.Append(c); break;
            }
        }
    }

    void AttributeValue(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case W.RefStart:
                    var end = s.IndexOf(W.RefEnd, i);
                    Code(_codes[int.Parse(s.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture)], attribute: true);
                    i = end;
                    break;
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '"': _sb.Append("&quot;"); break;
                case '{': _sb.Append("&#123;"); break;
                case '}': _sb.Append("&#125;"); break;
                case '\t': _sb.Append("&#9;"); break;
                case '\n': _sb.Append("&#10;"); break;
                case '\r': _sb.Append("&#13;"); break;
                default: _sb.Append(c); break;
            }
        }
    }
}
