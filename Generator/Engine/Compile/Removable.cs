using System.Xml.Linq;
using OfficeTools.Engine.Blocks;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// Finds the elements that must disappear when their blocks produce nothing: a paragraph whose whole content lies
/// inside blocks (<c>{{ if x }}…{{ end }}</c> alone in a paragraph) would otherwise stay as a blank line, and a table
/// whose rows all lie inside blocks would be left without rows, which Word reports as unreadable content.
/// </summary>
internal static class Removable
{
    // Elements that may stand between a table's rows without being content of their own.
    static readonly HashSet<string> TableMarks =
    [
        "tblPr", "tblGrid", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr",
        "permStart", "permEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    ];

    /// <summary>The paragraphs and tables of the (rewritten) part that are removed when they render as if their blocks were empty.</summary>
    public static HashSet<XElement> Find(XElement root, List<CodeEntry> codes)
    {
        var found = new HashSet<XElement>();
        foreach (var e in root.Descendants())
        {
            if (e.Name == W.P && MayGo(e) && ParagraphOfBlocks(e, codes)) found.Add(e);
            else if (e.Name == W.Tbl && MayGo(e) && TableOfBlocks(e, codes)) found.Add(e);
        }
        return found;
    }

    // Body content may go; elsewhere (cells, headers, notes, text boxes) a paragraph must follow, since those need one.
    static bool MayGo(XElement e) => e.Parent is { } parent
        && (parent.Name.LocalName == "body" || e.ElementsAfterSelf(W.P).Any());

    static bool ParagraphOfBlocks(XElement p, List<CodeEntry> codes)
    {
        if (VisibleContent.EndsSection(p)) return false;
        var depth = 0;
        var blocks = false;
        foreach (var n in p.DescendantNodes())
        {
            if (n is XText text)
            {
                if (depth == 0 && VisibleContent.IsVisibleText(text)) return false;
                continue;
            }
            var e = (XElement)n;
            if (depth == 0 && e.Attributes().Any(a => a.Value.Contains(W.RefStart))) return false;
            if (e.Name == W.Code)
            {
                if (!Step(codes[(int)e.Attribute("n")!], ref depth)) return false;
                blocks |= depth > 0;
            }
            else if (depth == 0 && VisibleContent.IsVisible(e)) return false;
        }
        return blocks && depth == 0;
    }

    static bool TableOfBlocks(XElement tbl, List<CodeEntry> codes)
    {
        var depth = 0;
        var rows = false;
        foreach (var e in tbl.Elements())
        {
            if (e.Name == W.Code)
            {
                if (!Step(codes[(int)e.Attribute("n")!], ref depth)) return false;
            }
            else if (e.Name == W.Tr && depth > 0) rows = true;
            else if (depth == 0 && !TableMarks.Contains(e.Name.LocalName)) return false;
        }
        return rows && depth == 0;
    }

    // Follows block depth over one code; false when the code can print something outside every block.
    static bool Step(CodeEntry code, ref int depth)
    {
        switch (code.Tag?.Kind)
        {
            case TagKind.Open:
                depth++;
                return true;
            case TagKind.End:
                depth--;
                return depth >= 0;
            default:
                return depth > 0;
        }
    }
}
