using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// Finds, in a rewritten part, the elements whose ids must stay unique and that stand inside a loop (drawings,
/// VML shapes, bookmarks, tracked changes, paragraph ids): repeating them as they are makes Word report unreadable
/// content. Such a part gets an <see cref="IdRenumberer"/> that renumbers the repeats in each rendered document.
/// </summary>
internal static class RepeatedIds
{
    static readonly XNamespace Wp = Ooxml.Wp;
    static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    static readonly XName DocPr = Wp + "docPr", BookmarkStart = W.Ns + "bookmarkStart", BookmarkEnd = W.Ns + "bookmarkEnd",
        ParaId = W.W14 + "paraId", Id = W.Ns + "id";
    static readonly string[] Revisions = ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "cellIns", "cellDel"];

    /// <summary>The renumberer for the part, or null when no such element repeats.</summary>
    public static IdRenumberer? For(XElement root, List<CodeEntry> codes)
    {
        if (!AnyInLoop(root, codes)) return null;
        string Q(XNamespace ns, string local)
        {
            var prefix = root.GetPrefixOfNamespace(ns);
            return string.IsNullOrEmpty(prefix) ? local : prefix + ":" + local;
        }
        return new IdRenumberer(
            docPr: Q(Wp, "docPr"), vmlPrefix: root.GetPrefixOfNamespace(Vml) is { Length: > 0 } v ? v + ":" : null,
            bookmarkStart: Q(W.Ns, "bookmarkStart"), bookmarkEnd: Q(W.Ns, "bookmarkEnd"),
            revisions: [.. Revisions.Select(r => Q(W.Ns, r))], wId: Q(W.Ns, "id"),
            paraId: root.GetPrefixOfNamespace(W.W14) is { Length: > 0 } w14 ? w14 + ":paraId" : null);
    }

    // Follows block depth through the code markers in document order; true when a target element sits inside a loop.
    static bool AnyInLoop(XElement root, List<CodeEntry> codes)
    {
        var open = new Stack<bool>();
        var loops = 0;
        foreach (var e in root.Descendants())
        {
            if (e.Name == W.Code)
            {
                var code = codes[(int)e.Attribute("n")!];
                var (kind, keyword) = code.Tag is { } t ? (t.Kind, t.Keyword) : TagClassifier.Classify(code.Code);
                if (kind == TagKind.Open)
                {
                    var loop = keyword is "for" or "while" or "tablerow";
                    open.Push(loop);
                    if (loop) loops++;
                }
                else if (kind == TagKind.End && open.Count > 0 && open.Pop()) loops--;
                continue;
            }
            if (loops > 0 && IsTarget(e)) return true;
        }
        return false;
    }

    static bool IsTarget(XElement e) =>
        e.Name == DocPr || e.Name == BookmarkStart || e.Name == BookmarkEnd || e.Attribute(ParaId) != null
        || (e.Name.Namespace == Vml && e.Attribute("id") != null)
        || (e.Name.Namespace == W.Ns && Revisions.Contains(e.Name.LocalName) && e.Attribute(Id) != null);
}
