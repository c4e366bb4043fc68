using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

/// <summary>Names places in a part as a person would find them: "paragraph 14", "table 2, row 3, cell 1".</summary>
internal sealed class Locator
{
    readonly Dictionary<XElement, int> _tables = [];
    readonly Dictionary<XElement, int> _paragraphs = [];
    readonly Dictionary<XElement, int> _boxParagraphs = [];

    /// <summary>Numbers the tables and paragraphs of <paramref name="root"/> in document order.</summary>
    public Locator(XElement root)
    {
        int t = 0, p = 0, b = 0;
        foreach (var e in root.Descendants())
        {
            if (e.Name == W.Tbl) _tables[e] = ++t;
            else if (e.Name == W.P)
            {
                if (e.Ancestors(W.TxbxContent).Any()) _boxParagraphs[e] = ++b;
                else if (!e.Ancestors(W.Tc).Any()) _paragraphs[e] = ++p;
            }
        }
    }

    /// <summary>Where <paramref name="p"/> is.</summary>
    public string Of(XElement p)
    {
        if (_boxParagraphs.TryGetValue(p, out var b)) return $"text box, paragraph {b}";
        if (_paragraphs.TryGetValue(p, out var n)) return $"paragraph {n}";
        var tc = p.Ancestors(W.Tc).FirstOrDefault();
        if (tc?.Parent is { } tr && tr.Parent is { } tbl && _tables.TryGetValue(tbl, out var ti))
        {
            var row = tr.ElementsBeforeSelf(W.Tr).Count() + 1;
            var cell = tc.ElementsBeforeSelf(W.Tc).Count() + 1;
            return $"table {ti}, row {row}, cell {cell}";
        }
        return "paragraph";
    }
}
