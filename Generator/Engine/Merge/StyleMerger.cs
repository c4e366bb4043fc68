using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// Merges the documents' styles: a style whose id and definition match one already taken is shared; one with
/// a taken id and another definition is renamed for its document. Document defaults and latent styles are the
/// first document's.
/// </summary>
internal sealed class StyleMerger
{
    readonly Dictionary<string, string> _definitions = new(StringComparer.Ordinal);
    readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    readonly List<XElement> _styles = [];
    XElement? _root;

    /// <summary>Takes one document's styles part; returns the renamed style ids of that document.</summary>
    public Dictionary<string, string> Add(XDocument? styles, int document, IReadOnlyDictionary<string, string> numbering)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (styles?.Root is not { } root) return renamed;
        if (_root == null)
        {
            _root = new XElement(root.Name, root.Attributes(), root.Elements().Where(e => e.Name != W.Ns + "style"));
        }
        var added = new List<XElement>();
        foreach (var style in root.Elements(W.Ns + "style").ToList())
        {
            var id = (string?)style.Attribute(W.Ns + "styleId");
            if (id == null) continue;
            foreach (var n in style.Descendants(W.Ns + "numId"))
                if ((string?)n.Attribute(W.Ns + "val") is { } v && numbering.TryGetValue(v, out var nv)) n.SetAttributeValue(W.Ns + "val", nv);
            var definition = style.ToString(SaveOptions.DisableFormatting);
            if (_definitions.TryGetValue(id, out var taken))
            {
                if (taken == definition) continue;
                var fresh = id + "-d" + document;
                for (var i = 2; _definitions.ContainsKey(fresh); i++) fresh = $"{id}-d{document}-{i}";
                renamed[id] = fresh;
                style.SetAttributeValue(W.Ns + "styleId", fresh);
                style.Attribute(W.Ns + "default")?.Remove();
                if (style.Element(W.Ns + "name") is { } name) name.SetAttributeValue(W.Ns + "val", UniqueName((string?)name.Attribute(W.Ns + "val") ?? fresh, document));
                _definitions[fresh] = definition;
            }
            else
            {
                _definitions[id] = definition;
                if ((string?)style.Element(W.Ns + "name")?.Attribute(W.Ns + "val") is { } n) _names.Add(n);
            }
            added.Add(style);
        }
        foreach (var style in added)
        {
            foreach (var link in style.Elements().Where(e => e.Name == W.Ns + "basedOn" || e.Name == W.Ns + "next" || e.Name == W.Ns + "link"))
                if ((string?)link.Attribute(W.Ns + "val") is { } v && renamed.TryGetValue(v, out var to)) link.SetAttributeValue(W.Ns + "val", to);
            _styles.Add(style);
        }
        return renamed;
    }

    string UniqueName(string name, int document)
    {
        var fresh = $"{name} ({document})";
        for (var i = 2; !_names.Add(fresh); i++) fresh = $"{name} ({document}-{i})";
        return fresh;
    }

    /// <summary>The merged styles part, or null when no document had one.</summary>
    public XDocument? Build() => _root == null ? null : new XDocument(new XElement(_root.Name, _root.Attributes(), _root.Elements(), _styles));
}
