using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// A bookmark whose start and end lie on two sides of a block tag (one before a loop, the other inside it; one in an
/// if branch, the other after it) would come out with its end repeated or missing, and repeated ends are duplicate
/// ids Word and the validator refuse. In a rewritten part, such a bookmark's end is moved to right after its start.
/// </summary>
internal static class BlockRanges
{
    static readonly XName BookmarkStart = W.Ns + "bookmarkStart", BookmarkEnd = W.Ns + "bookmarkEnd", Id = W.Ns + "id";

    // One block context: the blocks open around a place, as a chain; a new chain for each open and each else.
    sealed class Context(Context? outer)
    {
        public Context? Outer { get; } = outer;
    }

    /// <summary>Moves the end of every bookmark that crosses a block tag next to its start.</summary>
    public static void Keep(XElement root, List<CodeEntry> codes)
    {
        var context = new Context(null);
        var starts = new Dictionary<string, (XElement Start, Context Context)>();
        var moves = new List<(XElement End, XElement Start)>();
        foreach (var e in root.Descendants())
        {
            if (e.Name == W.Code)
            {
                switch (codes[(int)e.Attribute("n")!].Tag?.Kind)
                {
                    case TagKind.Open: context = new Context(context); break;
                    case TagKind.Mid: context = new Context(context.Outer); break;
                    case TagKind.End: context = context.Outer ?? context; break;
                }
            }
            else if (e.Name == BookmarkStart && (string?)e.Attribute(Id) is { } id) starts[id] = (e, context);
            else if (e.Name == BookmarkEnd && (string?)e.Attribute(Id) is { } endId && starts.TryGetValue(endId, out var s) && s.Context != context)
                moves.Add((e, s.Start));
        }
        foreach (var (end, start) in moves)
        {
            end.Remove();
            start.AddAfterSelf(end);
        }
    }
}
