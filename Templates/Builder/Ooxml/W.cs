using System.Security;

namespace OfficeTools.TemplateBuilder.Ooxml;

/// <summary>Small WordprocessingML builders that return XML text; the templates are assembled from these.</summary>
public static partial class W
{
    /// <summary>Escapes text for an XML text node or attribute.</summary>
    public static string Esc(string text) => SecurityElement.Escape(text) ?? "";

    /// <summary>A run of text with optional run properties (inner XML of w:rPr).</summary>
    public static string R(string text, string rPr = "") =>
        $"<w:r>{RPr(rPr)}<w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r>";

    /// <summary>A run holding a line break.</summary>
    public static string Br(string rPr = "") => $"<w:r>{RPr(rPr)}<w:br/></w:r>";

    /// <summary>A run holding a page break.</summary>
    public static string PageBreak() => "<w:r><w:br w:type=\"page\"/></w:r>";

    /// <summary>A run holding a tab.</summary>
    public static string Tab(string rPr = "") => $"<w:r>{RPr(rPr)}<w:tab/></w:r>";

    /// <summary>A paragraph in <paramref name="style"/> holding <paramref name="runs"/> (already XML).</summary>
    public static string P(string style, string runs, string pPrExtra = "") =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{pPrExtra}</w:pPr>{runs}</w:p>";

    /// <summary>A paragraph in <paramref name="style"/> holding one run of plain text.</summary>
    public static string PT(string style, string text, string rPr = "") => P(style, R(text, rPr));

    /// <summary>A paragraph that holds only a Scriban block tag (the engine removes it when rendering).</summary>
    public static string Block(string tag) => P("Normal", R(tag));

    /// <summary>A PAGE field as a complex field, with "1" as its cached result.</summary>
    public static string PageField(string rPr) =>
        $"<w:r>{RPr(rPr)}<w:fldChar w:fldCharType=\"begin\"/></w:r>" +
        $"<w:r>{RPr(rPr)}<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
        $"<w:r>{RPr(rPr)}<w:fldChar w:fldCharType=\"separate\"/></w:r>" +
        $"<w:r>{RPr(rPr)}<w:t>1</w:t></w:r>" +
        $"<w:r>{RPr(rPr)}<w:fldChar w:fldCharType=\"end\"/></w:r>";

    static string RPr(string inner) => inner.Length == 0 ? "" : $"<w:rPr>{inner}</w:rPr>";
}
