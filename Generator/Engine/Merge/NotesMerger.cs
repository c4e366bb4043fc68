using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// One kind of notes (footnotes, endnotes or comments) of the merged file: every document's notes in one part, each
/// with a fresh id that the document's references follow (<see cref="Ids"/>); separators come from the first
/// document that has the part, under their own ids (the settings' <c>w:footnotePr</c> names them). The notes spool
/// to a temporary file, like the body.
/// </summary>
internal sealed class NotesMerger(string kind) : IDisposable
{
    /// <summary>The three kinds, by relationship type.</summary>
    public static readonly (string Kind, string Element, string Part, string ContentType)[] Kinds =
    [
        ("footnotes", "footnote", "word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
        ("endnotes", "endnote", "word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
        ("comments", "comment", "word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
    ];

    readonly (string Kind, string Element, string Part, string ContentType) _kind = Kinds.Single(k => k.Kind == kind);
    readonly List<Relationship> _rels = [];
    FileStream? _spool;
    XmlWriter? _writer;
    int _next = 1;

    /// <summary>footnotes, endnotes or comments (the relationship type's last word).</summary>
    public string Kind => _kind.Kind;

    /// <summary>The document just added: its old note ids and their new ones.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The element names in content that carry this kind's ids.</summary>
    public IEnumerable<string> References => _kind.Kind == "comments"
        ? ["commentReference", "commentRangeStart", "commentRangeEnd"]
        : [_kind.Element + "Reference"];

    /// <summary>
    /// Takes the notes of one document (<paramref name="notes"/>, null when it has none), their part's relationships
    /// copied by <paramref name="copy"/> (a relationship's target to its name in the merged file, or null).
    /// </summary>
    public void Add(XDocument? notes, IReadOnlyList<Relationship> rels, Func<Relationship, string?> copy, ContentRewriter rewriter,
        Func<string> nextRelationship)
    {
        Ids.Clear();
        if (notes?.Root is not { } root) return;
        var first = _writer == null;
        if (first) Begin(root);
        var relIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rels)
        {
            var target = r.External ? r.Target : copy(r);
            if (target == null) continue;
            var id = nextRelationship();
            relIds[r.Id] = id;
            _rels.Add(new Relationship(id, r.Type, target, r.External));
        }
        foreach (var note in root.Elements(W.Ns + _kind.Element).ToList())
        {
            var special = (string?)note.Attribute(W.Ns + "type") is { } t && t != "normal";
            // Separators are the first document's: their ids stay (the settings refer to them); later documents' go.
            if (special && !first) continue;
            rewriter.Rewrite(note, relIds);
            if (!special && (string?)note.Attribute(W.Ns + "id") is { } old)
            {
                var fresh = (_next++).ToString(CultureInfo.InvariantCulture);
                Ids[old] = fresh;
                note.SetAttributeValue(W.Ns + "id", fresh);
            }
            note.WriteTo(_writer!);
        }
    }

    // The part's root from the first document that has one; notes numbered above its separators' ids.
    void Begin(XElement root)
    {
        _spool = new FileStream(Path.Combine(Path.GetTempPath(), $"officetools-merge-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 14, FileOptions.DeleteOnClose);
        _writer = XmlWriter.Create(_spool, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _writer.WriteStartDocument(true);
        XmlOut.StartRoot(_writer, root, _kind.Kind);
        foreach (var note in root.Elements(W.Ns + _kind.Element).Where(e => (string?)e.Attribute(W.Ns + "type") is { } t && t != "normal"))
            if (int.TryParse((string?)note.Attribute(W.Ns + "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id >= _next) _next = id + 1;
    }

    /// <summary>Writes the merged part and its relationships; returns the main part's relationship to it, or null when no document had one.</summary>
    public Relationship? Finish(MergedPackage package, string id)
    {
        if (_writer == null) return null;
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Flush();
        _spool!.Position = 0;
        package.Write(_kind.Part, _kind.ContentType, _spool);
        if (_rels.Count > 0) package.WriteRelationships(_kind.Part, _rels);
        return new Relationship(id, RelBase + _kind.Kind, _kind.Part, false);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _spool?.Dispose();
    }
}
