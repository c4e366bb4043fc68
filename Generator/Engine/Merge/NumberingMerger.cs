using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// Merges the documents' list definitions: every w:abstractNum and w:num gets a fresh id (and a fresh w:nsid, so
/// no two documents' lists are taken for one), and references to them are remapped. Definitions are spooled to
/// temporary files: thousands of documents do not keep their lists in memory.
/// </summary>
internal sealed class NumberingMerger : IDisposable
{
    readonly FileStream _abstracts = Spool(), _nums = Spool();
    readonly StreamWriter _abstractText, _numText;
    XElement? _root;
    int _abstractId, _numId;

    public NumberingMerger()
    {
        _abstractText = new StreamWriter(_abstracts, new System.Text.UTF8Encoding(false), 1 << 14, leaveOpen: true);
        _numText = new StreamWriter(_nums, new System.Text.UTF8Encoding(false), 1 << 14, leaveOpen: true);
    }

    static FileStream Spool() => new(Path.Combine(Path.GetTempPath(), $"officetools-merge-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 14, FileOptions.DeleteOnClose);

    /// <summary>True when some document had lists.</summary>
    public bool Any => _root != null;

    /// <summary>Takes one document's numbering part; returns its numIds mapped to the merged ones.</summary>
    public Dictionary<string, string> Add(XDocument? numbering)
    {
        var nums = new Dictionary<string, string>(StringComparer.Ordinal);
        if (numbering?.Root is not { } root) return nums;
        // Picture bullets point at pictures through the numbering part's relationships, which are not merged: such
        // levels get the level's text bullet instead.
        _root ??= new XElement(root.Name, root.Attributes());
        foreach (var b in root.Descendants(W.Ns + "lvlPicBulletId").ToList()) b.Remove();
        var abstracts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in root.Elements(W.Ns + "abstractNum"))
        {
            var fresh = (_abstractId++).ToString(CultureInfo.InvariantCulture);
            abstracts[(string?)a.Attribute(W.Ns + "abstractNumId") ?? ""] = fresh;
            a.SetAttributeValue(W.Ns + "abstractNumId", fresh);
            a.Element(W.Ns + "nsid")?.SetAttributeValue(W.Ns + "val", (0x10000000 + _abstractId * 7919).ToString("X8", CultureInfo.InvariantCulture));
            _abstractText.Write(a.ToString(SaveOptions.DisableFormatting));
        }
        foreach (var n in root.Elements(W.Ns + "num"))
        {
            var fresh = (++_numId).ToString(CultureInfo.InvariantCulture);
            nums[(string?)n.Attribute(W.Ns + "numId") ?? ""] = fresh;
            n.SetAttributeValue(W.Ns + "numId", fresh);
            if (n.Element(W.Ns + "abstractNumId") is { } link && (string?)link.Attribute(W.Ns + "val") is { } v && abstracts.TryGetValue(v, out var to))
                link.SetAttributeValue(W.Ns + "val", to);
            _numText.Write(n.ToString(SaveOptions.DisableFormatting));
        }
        return nums;
    }

    /// <summary>Writes the merged numbering part to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        _abstractText.Flush();
        _numText.Flush();
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Document });
        w.WriteStartDocument(true);
        w.WriteStartElement(_root!.GetPrefixOfNamespace(W.Ns) ?? "w", "numbering", W.Ns.NamespaceName);
        XmlOut.WriteAttributes(w, _root);
        w.Flush();
        foreach (var spool in new[] { _abstracts, _nums })
        {
            spool.Position = 0;
            using var r = XmlReader.Create(new StreamReader(spool, leaveOpen: true), new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment });
            r.MoveToContent();
            while (!r.EOF)
            {
                if (r.NodeType == XmlNodeType.Element) w.WriteNode(r, true);
                else r.Read();
            }
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    public void Dispose()
    {
        _abstractText.Dispose();
        _numText.Dispose();
        _abstracts.Dispose();
        _nums.Dispose();
    }
}
