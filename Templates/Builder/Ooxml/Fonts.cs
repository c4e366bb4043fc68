namespace OfficeTools.TemplateBuilder.Ooxml;

/// <summary>The GB/T 9704 fonts as w:rFonts snippets and the 字号 sizes in half-points.</summary>
public static class Fonts
{
    /// <summary>仿宋_GB2312 with Times New Roman for Latin text: the body font.</summary>
    public const string FangSong = "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    /// <summary>黑体: level-1 headings, table headers, 附件 labels.</summary>
    public const string HeiTi = "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"黑体\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    /// <summary>楷体_GB2312: level-2 headings, 签发人 names, guidance text.</summary>
    public const string KaiTi = "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"楷体_GB2312\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    /// <summary>方正小标宋简体: 标题 and 发文机关标志.</summary>
    public const string XiaoBiaoSong = "<w:rFonts w:ascii=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\" w:hAnsi=\"方正小标宋简体\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    /// <summary>宋体 for page numbers (half-width digits and dashes in 宋体 too).</summary>
    public const string SongTi = "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";

    /// <summary>二号 (22 pt).</summary>
    public const int Size2 = 44;
    /// <summary>三号 (16 pt).</summary>
    public const int Size3 = 32;
    /// <summary>四号 (14 pt).</summary>
    public const int Size4 = 28;
    /// <summary>小四 (12 pt).</summary>
    public const int SizeSmall4 = 24;
    /// <summary>发文机关标志 size in the style: 小初 (36 pt); the template sets a smaller size for long names.</summary>
    public const int SizeMasthead = 72;

    /// <summary>w:sz and w:szCs for a size in half-points.</summary>
    public static string Sz(int halfPoints) => $"<w:sz w:val=\"{halfPoints}\"/><w:szCs w:val=\"{halfPoints}\"/>";
}
