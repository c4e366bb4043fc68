using System.Text;
using System.Xml;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// Merges rendered documents into one print file, one at a time: each starts on a new odd page and keeps its
/// headers, footers, page numbers (from 1), lists, styles and pictures. Only one input is held in memory; the body
/// and the lists are spooled to temporary files, pictures and headers go straight into the output.
/// </summary>
/// <example><code>
/// using var merger = new DocxMerger(File.Create("print.docx"));
/// foreach (var doc in documents) if (merger.Add(doc, "record 3") is { } problem) …;
/// merger.Finish();
/// </code></example>
public sealed class DocxMerger : IDisposable
{
    readonly Stream _output;
    readonly MergedPackage _package;
    readonly MergeCounters _counters = new();
    readonly StyleMerger _styles = new();
    readonly NumberingMerger _numbering = new();
    readonly NotesMerger[] _notes = [.. NotesMerger.Kinds.Select(k => new NotesMerger(k.Kind))];
    readonly List<Relationship> _mainRels = [];
    readonly List<Relationship> _packageRels = [];
    readonly FileStream _body;
    XmlWriter? _bodyWriter;
    XElement? _pendingParagraph, _pendingSection;
    string _emptyHeader = "", _emptyFooter = "";
    bool _finished, _disposed;

    /// <summary>A merger writing the merged package to <paramref name="output"/> (left open).</summary>
    public DocxMerger(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _package = new MergedPackage(output);
        _body = new FileStream(Path.Combine(Path.GetTempPath(), $"officetools-merge-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    }

    /// <summary>How many documents were merged.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a document; returns why it cannot be merged (naming <paramref name="label"/>), or null.</summary>
    public Diagnostic? Add(ReadOnlyMemory<byte> docx, string label)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        MergeSource source;
        XDocument main;
        try
        {
            source = MergeSource.Read(docx, label);
            main = source.Xml(source.MainPart)!;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return new Diagnostic(label, "merge", $"not a Word document that can be merged: {e.Message}");
        }
        var body = main.Root?.Element(W.Ns + "body");
        if (body == null) return new Diagnostic(label, "merge", "the document has no body");
        AddDocument(source, main, body, Count++);
        return null;
    }

    void AddDocument(MergeSource source, XDocument main, XElement body, int n)
    {
        var rels = source.Relationships(source.MainPart);
        if (n == 0) Begin(source, main.Root!, rels);
        var numbering = _numbering.Add(Singleton(source, rels, "numbering"));
        var styles = _styles.Add(Singleton(source, rels, "styles"), n + 1, numbering);
        var rewriter = new ContentRewriter(_counters, styles, numbering);
        var copied = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var relIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rels)
        {
            if (Singletons.Contains(r.Type)) continue;
            var target = r.External ? r.Target : CopyPart(source, r.Target, n, rewriter, copied);
            if (target == null) continue;
            var id = _counters.NextRelationship();
            relIds[r.Id] = id;
            _mainRels.Add(new Relationship(id, r.Type, target, r.External));
        }
        // Footnotes, endnotes and comments join the merged file's parts under fresh ids, which the references follow.
        foreach (var notes in _notes)
        {
            var part = rels.FirstOrDefault(r => r.Type == RelBase + notes.Kind && !r.External && source.Has(r.Target))?.Target;
            notes.Add(part == null ? null : source.Xml(part), part == null ? [] : source.Relationships(part),
                r => CopyPart(source, r.Target, n, rewriter, copied), rewriter, _counters.NextRelationship);
            foreach (var name in notes.References) rewriter.NoteIds[name] = notes.Ids;
        }
        rewriter.Rewrite(body, relIds);
        var sections = SectionPlan.Sections(body);
        var last = body.Element(W.Ns + "sectPr");
        if (last == null)
        {
            last = new XElement(W.Ns + "sectPr");
            sections.Add(last);
        }
        else last.Remove();
        SectionPlan.Start(sections[0], n == 0, _emptyHeader, _emptyFooter);
        var content = body.Elements().ToList();
        var tail = content.Count > 0 && content[^1].Name == W.Ns + "p" && content[^1].Element(W.Ns + "pPr")?.Element(W.Ns + "sectPr") == null ? content[^1] : null;
        if (tail != null) content.RemoveAt(content.Count - 1);
        FlushPending(final: false);
        foreach (var e in content) e.WriteTo(_bodyWriter!);
        (_pendingParagraph, _pendingSection) = (tail, last);
    }

    void FlushPending(bool final)
    {
        if (_pendingSection == null) return;
        if (final)
        {
            _pendingParagraph?.WriteTo(_bodyWriter!);
            _pendingSection.WriteTo(_bodyWriter!);
        }
        else SectionPlan.Close(_pendingParagraph, _pendingSection).WriteTo(_bodyWriter!);
        (_pendingParagraph, _pendingSection) = (null, null);
    }

    static XDocument? Singleton(MergeSource source, IReadOnlyList<Relationship> rels, string type) =>
        rels.FirstOrDefault(r => r.Type == RelBase + type && !r.External) is { } r && source.Has(r.Target) ? source.Xml(r.Target) : null;

    /// <summary>Writes what is left (the body, styles, lists, relationships, content types) and closes the package.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (Count == 0) throw new InvalidOperationException("nothing to merge: add a document first");
        FlushPending(final: true);
        _bodyWriter!.WriteEndElement();
        _bodyWriter.WriteEndElement();
        _bodyWriter.WriteEndDocument();
        _bodyWriter.Flush();
        _body.Position = 0;
        _package.Write("word/document.xml", MainType, _body);
        if (_styles.Build() is { } styles)
        {
            _package.Write("word/styles.xml", StylesType, styles);
            _mainRels.Add(new Relationship(_counters.NextRelationship(), RelBase + "styles", "word/styles.xml", false));
        }
        if (_numbering.Any)
        {
            _package.Write("word/numbering.xml", NumberingType, _numbering.WriteTo);
            _mainRels.Add(new Relationship(_counters.NextRelationship(), RelBase + "numbering", "word/numbering.xml", false));
        }
        foreach (var notes in _notes)
            if (notes.Finish(_package, _counters.NextRelationship()) is { } rel) _mainRels.Add(rel);
        _package.WriteRelationships("word/document.xml", _mainRels);
        _package.WriteRelationships("", _packageRels);
        _package.Finish();
        _output.Flush();
        _finished = true;
        Dispose();
    }

    /// <summary>Releases the temporary files; an unfinished merge leaves an incomplete output, which the caller discards.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _bodyWriter?.Dispose();
        _body.Dispose();
        _numbering.Dispose();
        foreach (var notes in _notes) notes.Dispose();
        if (!_finished) _package.Dispose();
    }

    const string EmptyHeaderPart = "word/merge/header-empty.xml", EmptyFooterPart = "word/merge/footer-empty.xml";

    // The first document gives the merged file its root element, settings, theme, fonts and document properties.
    void Begin(MergeSource source, XElement root, IReadOnlyList<Relationship> rels)
    {
        _bodyWriter = XmlWriter.Create(_body, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _bodyWriter.WriteStartDocument(true);
        XmlOut.StartRoot(_bodyWriter, root, "document");
        _bodyWriter.WriteStartElement(root.GetPrefixOfNamespace(W.Ns) ?? "w", "body", W.Ns.NamespaceName);

        var copied = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in rels.Where(r => FromFirst.Contains(r.Type) && !r.External))
            if (CopyAsIs(source, r.Target, copied) is { } name)
                _mainRels.Add(new Relationship(_counters.NextRelationship(), r.Type, name, false));
        _packageRels.Add(new Relationship("rId1", OfficeDocument, "word/document.xml", false));
        foreach (var r in source.Relationships("").Where(r => r.Type != OfficeDocument))
            if (r.External) _packageRels.Add(r);
            else if (CopyAsIs(source, r.Target, copied) is { } name) _packageRels.Add(r with { Target = name });

        const string w = Ooxml.Main;
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
