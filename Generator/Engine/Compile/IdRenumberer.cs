using System.Buffers.Text;
using System.Text;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// Renumbers ids that a loop repeated, in a rendered part's UTF-8 XML: the first occurrence keeps its id, each repeat
/// gets a fresh one above every id of the package (a bookmark's end follows its start). Names are those of the part
/// (its own namespace prefixes); the XML is the engine's own output, so attributes are always double-quoted.
/// </summary>
internal sealed class IdRenumberer(string docPr, string? vmlPrefix, string bookmarkStart, string bookmarkEnd,
    string[] revisions, string wId, string? paraId)
{
    readonly byte[] _docPr = Encoding.UTF8.GetBytes(docPr), _vmlPrefix = vmlPrefix == null ? [] : Encoding.UTF8.GetBytes(vmlPrefix),
        _bookmarkStart = Encoding.UTF8.GetBytes(bookmarkStart), _bookmarkEnd = Encoding.UTF8.GetBytes(bookmarkEnd),
        _wId = Encoding.UTF8.GetBytes(wId), _paraId = paraId == null ? [] : Encoding.UTF8.GetBytes(paraId);
    readonly byte[][] _revisions = [.. revisions.Select(Encoding.UTF8.GetBytes)];

    enum IdKind { Other, DocPr, Vml, BookmarkStart, BookmarkEnd, Revision }

    /// <summary>Copies <paramref name="xml"/> to <paramref name="output"/> with repeated ids renumbered.</summary>
    public void Write(ReadOnlySpan<byte> xml, Stream output, RenderedIds ids)
    {
        var copied = 0;
        var i = 0;
        while (true)
        {
            var lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0) break;
            i += lt + 1;
            if (i >= xml.Length || xml[i] is (byte)'/' or (byte)'?' or (byte)'!') continue;
            var nameEnd = i;
            while (nameEnd < xml.Length && xml[nameEnd] is not ((byte)' ' or (byte)'/' or (byte)'>')) nameEnd++;
            var kind = Classify(xml[i..nameEnd]);
            var j = nameEnd;
            while (j < xml.Length && xml[j] is not ((byte)'>' or (byte)'/'))
            {
                if (xml[j] == (byte)' ') { j++; continue; }
                var eq = xml[j..].IndexOf((byte)'=');
                if (eq < 0) break;
                var attr = xml.Slice(j, eq);
                var valueStart = j + eq + 2;
                var valueEnd = valueStart + xml[valueStart..].IndexOf((byte)'"');
                var value = xml[valueStart..valueEnd];
                var replacement = Replacement(kind, attr, value, ids);
                if (replacement != null)
                {
                    output.Write(xml[copied..valueStart]);
                    output.Write(replacement);
                    copied = valueEnd;
                }
                j = valueEnd + 1;
            }
            i = j;
        }
        output.Write(xml[copied..]);
    }

    IdKind Classify(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual(_docPr)) return IdKind.DocPr;
        if (name.SequenceEqual(_bookmarkStart)) return IdKind.BookmarkStart;
        if (name.SequenceEqual(_bookmarkEnd)) return IdKind.BookmarkEnd;
        if (_vmlPrefix.Length > 0 && name.StartsWith(_vmlPrefix)) return IdKind.Vml;
        foreach (var r in _revisions)
            if (name.SequenceEqual(r)) return IdKind.Revision;
        return IdKind.Other;
    }

    byte[]? Replacement(IdKind kind, ReadOnlySpan<byte> attr, ReadOnlySpan<byte> value, RenderedIds ids)
    {
        if (_paraId.Length > 0 && attr.SequenceEqual(_paraId))
            return Utf8Parser.TryParse(value, out long paraId, out _, 'X') ? ids.ParaId(paraId) : null;
        switch (kind)
        {
            case IdKind.DocPr when attr.SequenceEqual("id"u8):
                return Utf8Parser.TryParse(value, out long docPrId, out _) ? ids.DocPr(docPrId) : null;
            case IdKind.Vml when attr.SequenceEqual("id"u8):
                return ids.VmlId(Encoding.UTF8.GetString(value));
            case IdKind.BookmarkStart or IdKind.BookmarkEnd or IdKind.Revision when attr.SequenceEqual(_wId):
                if (!Utf8Parser.TryParse(value, out long wid, out _)) return null;
                return kind switch
                {
                    IdKind.BookmarkStart => ids.BookmarkStart(wid),
                    IdKind.BookmarkEnd => ids.BookmarkEnd(wid),
                    _ => ids.Revision(wid),
                };
            default:
                return null;
        }
    }
}

/// <summary>The ids one rendered document has used so far (over all its parts), and where fresh ones start.</summary>
internal sealed class RenderedIds(IdBases bases)
{
    readonly HashSet<long> _docPr = [], _wIds = [], _paraIds = [];
    readonly HashSet<string> _vml = new(StringComparer.Ordinal);
    readonly Dictionary<long, long> _openBookmarks = [];
    long _nextDocPr = bases.DocPr + 1, _nextWId = bases.WId + 1, _nextParaId = bases.ParaId + 1;

    public byte[]? DocPr(long id) => _docPr.Add(id) ? null : Number(_nextDocPr++);

    public byte[]? Revision(long id) => _wIds.Add(id) ? null : Number(_nextWId++);

    public byte[]? BookmarkStart(long id)
    {
        if (_wIds.Add(id)) return null;
        var fresh = _nextWId++;
        _wIds.Add(fresh);
        _openBookmarks[id] = fresh;
        return Number(fresh);
    }

    public byte[]? BookmarkEnd(long id) => _openBookmarks.Remove(id, out var fresh) ? Number(fresh) : null;

    public byte[]? VmlId(string id)
    {
        if (_vml.Add(id)) return null;
        for (var n = 2; ; n++)
            if (_vml.Add($"{id}_{n}")) return Encoding.UTF8.GetBytes($"{id}_{n}");
    }

    // Word's paragraph ids are 8 hex digits below 0x80000000.
    public byte[]? ParaId(long id)
    {
        if (_paraIds.Add(id)) return null;
        var fresh = (_nextParaId++ % 0x7FFFFFFF) + 1;
        _paraIds.Add(fresh);
        return Encoding.ASCII.GetBytes(fresh.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
    }

    static byte[] Number(long n) => Encoding.ASCII.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The highest ids a template package already uses; fresh ones are numbered above them.</summary>
internal sealed record IdBases(long DocPr, long WId, long ParaId)
{
    /// <summary>Scans every XML entry of the package.</summary>
    public static IdBases Of(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        long docPr = 0, wId = 0, paraId = 0;
        foreach (var (name, bytes) in entries)
        {
            if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) continue;
            var text = Encoding.UTF8.GetString(bytes);
            foreach (System.Text.RegularExpressions.Match m in Patterns.DocPr().Matches(text)) docPr = Math.Max(docPr, long.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            foreach (System.Text.RegularExpressions.Match m in Patterns.WId().Matches(text)) wId = Math.Max(wId, long.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            foreach (System.Text.RegularExpressions.Match m in Patterns.ParaId().Matches(text)) paraId = Math.Max(paraId, long.Parse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
        }
        return new IdBases(docPr, wId, paraId);
    }
}

internal static partial class Patterns
{
    [System.Text.RegularExpressions.GeneratedRegex(@"docPr\b[^>]*?\bid=""(\d{1,15})""")]
    public static partial System.Text.RegularExpressions.Regex DocPr();

    [System.Text.RegularExpressions.GeneratedRegex(@":id=""(\d{1,15})""")]
    public static partial System.Text.RegularExpressions.Regex WId();

    [System.Text.RegularExpressions.GeneratedRegex(@":paraId=""([0-9A-Fa-f]{1,8})""")]
    public static partial System.Text.RegularExpressions.Regex ParaId();
}
