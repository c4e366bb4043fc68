using System.Xml.Linq;

namespace OfficeTools.Engine.Base;

/// <summary>XML names used by the engine.</summary>
internal static class W
{
    /// <summary>The WordprocessingML main namespace.</summary>
    public static readonly XNamespace Ns = Ooxml.Main;
    /// <summary>Word 2010 namespace (checkboxes).</summary>
    public static readonly XNamespace W14 = Ooxml.W14;
    /// <summary>The engine's private marker namespace (never written out).</summary>
    public static readonly XNamespace Ot = "urn:officetools:engine";
    public static readonly XName P = Ns + "p", R = Ns + "r", T = Ns + "t", Tbl = Ns + "tbl", Tr = Ns + "tr", Tc = Ns + "tc",
        PPr = Ns + "pPr", RPr = Ns + "rPr", TcPr = Ns + "tcPr", Del = Ns + "del", Sdt = Ns + "sdt", SdtPr = Ns + "sdtPr",
        SdtContent = Ns + "sdtContent", Tag = Ns + "tag", Alias = Ns + "alias", Val = Ns + "val", TxbxContent = Ns + "txbxContent",
        NumPr = Ns + "numPr", NumId = Ns + "numId", Ilvl = Ns + "ilvl", PStyle = Ns + "pStyle", RStyle = Ns + "rStyle",
        ShowingPlcHdr = Ns + "showingPlcHdr", Date = Ns + "date", FullDate = Ns + "fullDate", SectPr = Ns + "sectPr",
        Code = Ot + "code";
    /// <summary>Separators of engine code references inside attribute values (private-use characters).</summary>
    public const char RefStart = '\uE000', RefEnd = '\uE001';
}
