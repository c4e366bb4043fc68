using System.Text;
using System.Xml;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

public sealed partial class DocxMerger
{
    const string EmptyHeaderPart = "word/merge/header-empty.xml", EmptyFooterPart = "word/merge/footer-empty.xml";

    // The first document gives the merged file its root element, settings, theme, fonts and document properties.
    void Begin(MergeSource source, XElement root, IReadOnlyList<Relationship> rels)
    {
        _bodyWriter = XmlWriter.Create(_body, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _bodyWriter.WriteStartDocument(true);
        XmlOut.StartRoot(_bodyWriter, root, "document");
        _bodyWriter.WriteStartElement(root.GetPrefixOfNamespace(W) ?? "w", "body", W.NamespaceName);

        var copied = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in rels.Where(r => FromFirst.Contains(r.Type) && !r.External))
            if (CopyAsIs(source, r.Target, copied) is { } name)
                _mainRels.Add(new Relationship(_counters.NextRelationship(), r.Type, name, false));
        _packageRels.Add(new Relationship("rId1", OfficeDocument, "word/document.xml", false));
        foreach (var r in source.Relationships("").Where(r => r.Type != OfficeDocument))
            if (r.External) _packageRels.Add(r);
            else if (CopyAsIs(source, r.Target, copied) is { } name) _packageRels.Add(r with { Target = name });

        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        _package.Write(EmptyHeaderPart, HeaderType, Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"{w}\"><w:p/></w:hdr>"));
        _package.Write(EmptyFooterPart, FooterType, Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr xmlns:w=\"{w}\"><w:p/></w:ftr>"));
        _emptyHeader = _counters.NextRelationship();
        _emptyFooter = _counters.NextRelationship();
        _mainRels.Add(new Relationship(_emptyHeader, RelBase + "header", EmptyHeaderPart, false));
        _mainRels.Add(new Relationship(_emptyFooter, RelBase + "footer", EmptyFooterPart, false));
    }

    /// <summary>Copies a part under its own name, with what it points at (the first document's settings, theme…).</summary>
    string? CopyAsIs(MergeSource source, string name, Dictionary<string, string?> copied)
    {
        if (copied.TryGetValue(name, out var done)) return done;
        if (!source.Has(name) || _package.Has(name)) return copied[name] = null;
        copied[name] = name;
        var rels = source.Relationships(name);
        var kept = new List<Relationship>();
        foreach (var r in rels)
            if (r.External) kept.Add(r);
            else if (CopyAsIs(source, r.Target, copied) is { } target) kept.Add(r with { Target = target });
        _package.Write(name, source.ContentType(name), source.Bytes(name));
        if (rels.Count > 0) _package.WriteRelationships(name, kept);
        return name;
    }

    /// <summary>
    /// Copies a part of document <paramref name="n"/> under a folder of its own (word/d3/header1.xml) with what it
    /// points at; headers and footers are rewritten like the body. A picture already written is shared. Null when
    /// the part is missing (its relationship is dropped).
    /// </summary>
    string? CopyPart(MergeSource source, string name, int n, ContentRewriter rewriter, Dictionary<string, string?> copied)
    {
        if (copied.TryGetValue(name, out var done)) return done;
        if (!source.Has(name)) return copied[name] = null;
        var fresh = $"word/d{n + 1}/" + (name.StartsWith("word/", StringComparison.OrdinalIgnoreCase) ? name[5..] : name);
        copied[name] = fresh;
        var type = source.ContentType(name);
        var rels = source.Relationships(name);
        var rewritten = type is HeaderType or FooterType;
        if (rels.Count == 0 && !rewritten) return copied[name] = _package.WriteShared(fresh, type, source.Bytes(name));
        var kept = new List<Relationship>();
        foreach (var r in rels)
            if (r.External) kept.Add(r);
            else if (CopyPart(source, r.Target, n, rewriter, copied) is { } target) kept.Add(r with { Target = target });
        if (rewritten)
        {
            var xml = source.Xml(name)!;
            rewriter.Rewrite(xml.Root!, null);
            _package.Write(fresh, type, xml);
        }
        else _package.Write(fresh, type, source.Bytes(name));
        if (rels.Count > 0) _package.WriteRelationships(fresh, kept);
        return fresh;
    }
}
