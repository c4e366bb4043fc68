namespace OfficeTools.Documents.Check;

/// <summary>The 公文 typefaces, whatever a machine names them (仿宋_GB2312, 仿宋, FangSong, 方正仿宋_GBK …).</summary>
internal enum Typeface
{
    /// <summary>Anything else.</summary>
    Other,
    /// <summary>小标宋 (标志, 标题).</summary>
    XiaoBiaoSong,
    /// <summary>仿宋 (正文).</summary>
    FangSong,
    /// <summary>黑体 (第一层).</summary>
    Hei,
    /// <summary>楷体 (第二层).</summary>
    Kai,
    /// <summary>宋体 (页码).</summary>
    Song,
}

/// <summary>Sorts font names into the 公文 typefaces and names them for messages.</summary>
internal static class Typefaces
{
    /// <summary>The typeface <paramref name="font"/> belongs to.</summary>
    public static Typeface Of(string? font)
    {
        if (string.IsNullOrWhiteSpace(font)) return Typeface.Other;
        var f = font.Replace(" ", "", StringComparison.Ordinal);
        bool Has(string s) => f.Contains(s, StringComparison.OrdinalIgnoreCase);
        // Order matters: 仿宋 and 小标宋 both contain 宋.
        if (Has("小标宋") || Has("XiaoBiaoSong") || Has("FZXBS")) return Typeface.XiaoBiaoSong;
        if (Has("仿宋") || Has("FangSong") || Has("FZFS")) return Typeface.FangSong;
        if (Has("黑体") || Has("SimHei") || Has("Heiti") || Has("FZHT")) return Typeface.Hei;
        if (Has("楷体") || Has("KaiTi") || Has("Kaiti") || Has("FZKT")) return Typeface.Kai;
        if (Has("宋体") || Has("SimSun") || Has("NSimSun") || Has("Songti")) return Typeface.Song;
        return Typeface.Other;
    }

    /// <summary>The typeface's name in messages.</summary>
    public static string Name(Typeface t) => t switch
    {
        Typeface.XiaoBiaoSong => "小标宋体",
        Typeface.FangSong => "仿宋体",
        Typeface.Hei => "黑体",
        Typeface.Kai => "楷体",
        Typeface.Song => "宋体",
        _ => "其他字体",
    };

    /// <summary>A font as the message shows it: its name, or 未指定.</summary>
    public static string Shown(string? font) => string.IsNullOrWhiteSpace(font) ? "未指定字体" : font;

    /// <summary>A size as 公文 clerks name it (三号, 小四 …), with points.</summary>
    public static string SizeName(double points) => points switch
    {
        42 => "初号",
        36 => "小初",
        26 => "一号",
        24 => "小一",
        22 => "二号",
        18 => "小二",
        16 => "三号",
        15 => "小三",
        14 => "四号",
        12 => "小四",
        10.5 => "五号",
        9 => "小五",
        _ => $"{points:0.#}磅",
    };
}
