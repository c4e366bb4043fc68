namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>settings.xml and fontTable.xml: odd/even footers, Chinese punctuation compression, font fallbacks.</summary>
public static class Settings
{
    /// <summary>Settings: separate odd and even footers (页码 odd right, even left), Word 2013+ layout.</summary>
    public static string Xml() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>" +
        "<w:drawingGridVerticalSpacing w:val=\"579\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>" +
        "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>" +
        "<w:adjustLineHeightInTable/><w:useFELayout/>" +
        "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>";

    /// <summary>Font table naming the GB/T fonts with the Windows fonts Word falls back to.</summary>
    public static string FontTableXml() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        Font("Times New Roman", null, "00", "roman") +
        Font("仿宋_GB2312", "仿宋", "86", "modern") +
        Font("楷体_GB2312", "楷体", "86", "modern") +
        Font("黑体", "SimHei", "86", "modern") +
        Font("宋体", "SimSun", "86", "auto") +
        Font("方正小标宋简体", "方正小标宋_GBK", "86", "script") +
        "</w:fonts>";

    static string Font(string name, string? alt, string charset, string family) =>
        $"<w:font w:name=\"{name}\">{(alt != null ? $"<w:altName w:val=\"{alt}\"/>" : "")}" +
        $"<w:charset w:val=\"{charset}\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>";
}
