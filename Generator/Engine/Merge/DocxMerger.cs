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
public sealed partial class DocxMerger : IDisposable
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
        var body = main.Root?.Element(W + "body");
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
        var last = body.Element(W + "sectPr");
        if (last == null)
        {
            last = new XElement(W + "sectPr");
            sections.Add(last);
        }
        else last.Remove();
        SectionPlan.Start(sections[0], n == 0, _emptyHeader, _emptyFooter);
        var content = body.Elements().ToList();
        var tail = content.Count > 0 && content[^1].Name == W + "p" && content[^1].Element(W + "pPr")?.Element(W + "sectPr") == null ? content[^1] : null;
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
}
