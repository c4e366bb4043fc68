using System.Globalization;
using System.Text;
using System.Xml.Linq;
using OfficeTools.Engine.Lexing;
using OfficeTools.Engine.Package;

namespace OfficeTools.Engine.Compile;

/// <summary>
/// Numbering restart: list paragraphs inside repeated blocks get their numId from the render (a fresh w:num per
/// repetition), and numbering.xml is rendered per document with those w:num elements appended.
/// </summary>
internal sealed class NumberingPlan
{
    readonly Dictionary<string, (string NumId, string Ilvl)> _styleNumbering = [];
    readonly XDocument _numbering;
    readonly string _entry;

    NumberingPlan(XDocument numbering, string entry, NumberingInfo info)
    {
        _numbering = numbering;
        _entry = entry;
        Info = info;
    }

    /// <summary>Abstract lists and level starts.</summary>
    public NumberingInfo Info { get; }

    /// <summary>True once some paragraph needs a restart.</summary>
    public bool Used { get; private set; }

    /// <summary>Reads numbering.xml and styles.xml; null when the document has no numbering.</summary>
    public static NumberingPlan? Load(DocxPackage pkg)
    {
        if (pkg.NumberingPart == null || pkg.Find(pkg.NumberingPart) is not { } entry) return null;
        XDocument doc;
        try { doc = XDocument.Parse(Encoding.UTF8.GetString(entry.Bytes).TrimStart('\uFEFF'), LoadOptions.PreserveWhitespace); }
        catch (System.Xml.XmlException) { return null; }
        var abstractOf = new Dictionary<int, int>();
        var starts = new Dictionary<int, int[]>();
        var max = 0;
        foreach (var num in doc.Root!.Elements(W.Ns + "num"))
        {
            var id = Int(num.Attribute(W.Ns + "numId")?.Value);
            max = Math.Max(max, id);
            abstractOf[id] = Int(num.Element(W.Ns + "abstractNumId")?.Attribute(W.Val)?.Value);
        }
        foreach (var abs in doc.Root.Elements(W.Ns + "abstractNum"))
        {
            var levels = new int[9];
            Array.Fill(levels, 1);
            foreach (var lvl in abs.Elements(W.Ns + "lvl"))
            {
                var i = Int(lvl.Attribute(W.Ilvl)?.Value);
                if (i is >= 0 and < 9) levels[i] = Int(lvl.Element(W.Ns + "start")?.Attribute(W.Val)?.Value ?? "1");
            }
            starts[Int(abs.Attribute(W.Ns + "abstractNumId")?.Value)] = levels;
        }
        var plan = new NumberingPlan(doc, entry.Name, new NumberingInfo(abstractOf, starts, max));
        if (pkg.StylesPart != null && pkg.Find(pkg.StylesPart) is { } styles) plan.ReadStyles(styles.Bytes);
        return plan;
    }

    void ReadStyles(byte[] bytes)
    {
        XDocument doc;
        try { doc = XDocument.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')); }
        catch (System.Xml.XmlException) { return; }
        var byId = doc.Root!.Elements(W.Ns + "style").Where(s => (string?)s.Attribute(W.Ns + "styleId") != null)
            .GroupBy(s => (string)s.Attribute(W.Ns + "styleId")!).ToDictionary(g => g.Key, g => g.First());
        foreach (var id in byId.Keys)
        {
            var s = byId[id];
            for (var depth = 0; s != null && depth < 20; depth++)
            {
                if (s.Element(W.PPr)?.Element(W.NumPr) is { } numPr && numPr.Element(W.NumId)?.Attribute(W.Val)?.Value is { } nid)
                {
                    _styleNumbering[id] = (nid, numPr.Element(W.Ilvl)?.Attribute(W.Val)?.Value ?? "0");
                    break;
                }
                var basedOn = s.Element(W.Ns + "basedOn")?.Attribute(W.Val)?.Value;
                s = basedOn != null && byId.TryGetValue(basedOn, out var b) ? b : null;
            }
        }
    }

    /// <summary>True when the paragraph is numbered, directly or through its paragraph style.</summary>
    public bool IsListItem(XElement p)
    {
        var pPr = p.Element(W.PPr);
        if (pPr?.Element(W.NumPr) is { } numPr) return numPr.Element(W.NumId)?.Attribute(W.Val)?.Value is not (null or "0");
        return pPr?.Element(W.PStyle)?.Attribute(W.Val)?.Value is { } style && _styleNumbering.ContainsKey(style);
    }

    /// <summary>Points each list paragraph of a repeated block at the per-repetition numId.</summary>
    public void Apply(Dictionary<XElement, int> restarts, List<CodeEntry> codes)
    {
        foreach (var (p, block) in restarts)
        {
            var pPr = p.Element(W.PPr);
            var numId = pPr?.Element(W.NumPr)?.Element(W.NumId);
            if (numId == null && pPr?.Element(W.PStyle)?.Attribute(W.Val)?.Value is { } style && _styleNumbering.TryGetValue(style, out var sn))
            {
                numId = new XElement(W.NumId, new XAttribute(W.Val, sn.NumId));
                var numPr = new XElement(W.NumPr, new XElement(W.Ilvl, new XAttribute(W.Val, sn.Ilvl)), numId);
                var after = pPr.Elements().LastOrDefault(e => e.Name.LocalName is "pStyle" or "keepNext" or "keepLines" or "pageBreakBefore" or "framePr" or "widowControl");
                if (after != null) after.AddAfterSelf(numPr); else pPr.AddFirst(numPr);
            }
            var val = numId?.Attribute(W.Val)?.Value;
            if (val == null || val == "0") continue;
            codes.Add(new CodeEntry($" __ot_num {Int(val)} {block} ", null));
            numId!.SetAttributeValue(W.Val, $"{W.RefStart}{codes.Count - 1}{W.RefEnd}");
            Used = true;
        }
    }

    /// <summary>The numbering part as a template that appends the render's w:num elements.</summary>
    public CompiledPart? Compile(PartCompiler compiler)
    {
        var doc = new XDocument(_numbering);
        var root = doc.Root!;
        var codes = new List<CodeEntry> { new(" __ot_nums ", null) };
        var marker = new XElement(W.Code, new XAttribute("n", 0));
        if (root.Element(W.Ns + "numIdMacAtCleanup") is { } cleanup) cleanup.AddBeforeSelf(marker); else root.Add(marker);
        return compiler.Parse(_entry, "numbering", PartEmitter.Emit(doc, codes));
    }

    static int Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : 0;
}
