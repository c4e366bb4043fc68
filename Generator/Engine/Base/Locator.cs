using System.Xml.Linq;

namespace OfficeTools.Engine.Base;

/// <summary>Names places in a part as a person would find them: "paragraph 14", "table 2, row 3, cell 1".</summary>
internal sealed class Locator
{
    readonly Dictionary<XElement, int> _tables = [];
    readonly Dictionary<XElement, int> _paragraphs = [];
    readonly Dictionary<XElement, int> _boxParagraphs = [];
    readonly Dictionary<XElement, int> _cellParagraphs = [];
    readonly Dictionary<XElement, int> _number = [];
    readonly Dictionary<XElement, int> _cellSize = [];

    /// <summary>Numbers the tables and paragraphs of <paramref name="root"/> in document order.</summary>
    public Locator(XElement root)
    {
        int t = 0, p = 0, b = 0, all = 0;
        foreach (var e in root.Descendants())
        {
            if (e.Name == W.Tbl) _tables[e] = ++t;
            else if (e.Name == W.P)
            {
                _number[e] = ++all;
                if (e.Ancestors(W.TxbxContent).Any()) _boxParagraphs[e] = ++b;
                else if (e.Ancestors(W.Tc).FirstOrDefault() is { } tc) _cellParagraphs[e] = _cellSize[tc] = _cellSize.GetValueOrDefault(tc) + 1;
                else _paragraphs[e] = ++p;
            }
        }
    }

    /// <summary>Names <paramref name="piece"/> (a paragraph split off <paramref name="original"/>) as the original is named.</summary>
    public void Alias(XElement piece, XElement original)
    {
        if (_boxParagraphs.TryGetValue(original, out var b)) _boxParagraphs[piece] = b;
        else if (_paragraphs.TryGetValue(original, out var n)) _paragraphs[piece] = n;
        else if (_cellParagraphs.TryGetValue(original, out var c)) _cellParagraphs[piece] = c;
    }

    /// <summary>Where <paramref name="p"/> is.</summary>
    public string Of(XElement p)
    {
        if (_boxParagraphs.TryGetValue(p, out var b)) return $"text box, paragraph {b}";
        if (_paragraphs.TryGetValue(p, out var n)) return $"paragraph {n}";
        // Rows and cells may sit inside content controls (w:sdt) or custom XML: count them through those.
        var tc = p.Ancestors(W.Tc).FirstOrDefault();
        var tr = tc?.Ancestors(W.Tr).FirstOrDefault();
        var tbl = tr?.Ancestors(W.Tbl).FirstOrDefault();
        if (tc != null && tr != null && tbl != null && _tables.TryGetValue(tbl, out var ti))
        {
            var row = Index(tbl, tr, W.Tr);
            var cell = Index(tr, tc, W.Tc);
            var where = $"table {ti}, row {row}, cell {cell}";
            // A cell of several paragraphs names which one, so every message has a paragraph a person can count to.
            if (_cellParagraphs.TryGetValue(p, out var k) && _cellSize.GetValueOrDefault(tc) > 1) where += $", paragraph {k}";
            return where;
        }
        return _number.TryGetValue(p, out var any) ? $"paragraph {any}" : "paragraph";
    }

    /// <summary>Where an element is: its paragraph, the first paragraph it holds, or else the paragraph before it.</summary>
    public string Near(XElement e)
    {
        var p = e.AncestorsAndSelf(W.P).FirstOrDefault() ?? e.Descendants(W.P).FirstOrDefault();
        if (p != null) return Of(p);
        for (var x = e; x != null; x = x.Parent)
            foreach (var before in x.ElementsBeforeSelf().Reverse())
                if (before.DescendantsAndSelf(W.P).LastOrDefault() is { } q) return "after " + Of(q);
        return "at the start of the part";
    }

    // The position of child among container's own items of that name (not those of nested tables).
    static int Index(XElement container, XElement child, XName name)
    {
        var i = 0;
        foreach (var e in container.Descendants(name))
        {
            if (e.Ancestors(name == W.Tr ? W.Tbl : W.Tr).First() != container) continue;
            i++;
            if (e == child) return i;
        }
        return i;
    }
}
