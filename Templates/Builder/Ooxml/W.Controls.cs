namespace OfficeTools.TemplateBuilder.Ooxml;

/// <summary>Content controls (w:sdt) the forms use: plain text, rich text, dropdowns, date pickers.</summary>
public static partial class W
{
    /// <summary>Placeholder text shown in an empty fill-in control.</summary>
    public const string FillHint = "点击此处填写";

    /// <summary>Placeholder text shown in an empty dropdown.</summary>
    public const string ChooseHint = "请选择";

    /// <summary>Placeholder text shown in an empty date picker.</summary>
    public const string DateHint = "点击选择日期";

    const string PlaceholderRun = "<w:rStyle w:val=\"PlaceholderText\"/>";

    /// <summary>An inline plain-text control; <paramref name="locked"/> forbids editing its content.</summary>
    public static string PlainText(string alias, string tag, string hint = FillHint, bool locked = false) =>
        InlineSdt(alias, tag, (locked ? "<w:lock w:val=\"sdtContentLocked\"/>" : "") + "<w:showingPlcHdr/><w:text/>", hint);

    /// <summary>
    /// A blank underlined line to sign on: an inline plain-text control whose placeholder is one underlined blank,
    /// then the rest of the line as an underlined run outside it (LibreOffice drops run formatting inside a control).
    /// </summary>
    public static string SignHere(string alias, string tag) =>
        InlineSdt(alias, tag, "<w:showingPlcHdr/><w:text/>", "", "　") + R(SignLine, Underline);

    const string SignLine = "　　　　　　　";
    const string Underline = "<w:u w:val=\"single\"/>";

    /// <summary>An inline locked plain-text control whose content is the given runs (filled by the engine).</summary>
    public static string LockedValue(string alias, string tag, string runs) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{Esc(alias)}\"/><w:tag w:val=\"{Esc(tag)}\"/>" +
        $"<w:lock w:val=\"sdtContentLocked\"/><w:text/></w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>";

    /// <summary>An inline dropdown list with exactly <paramref name="choices"/>.</summary>
    public static string DropDown(string alias, string tag, params string[] choices) =>
        InlineSdt(alias, tag, "<w:showingPlcHdr/><w:dropDownList>" +
            string.Concat(choices.Select(c => $"<w:listItem w:displayText=\"{Esc(c)}\" w:value=\"{Esc(c)}\"/>")) +
            "</w:dropDownList>", ChooseHint);

    /// <summary>An inline date picker showing dates as 2014年12月15日.</summary>
    public static string DatePicker(string alias, string tag) =>
        InlineSdt(alias, tag, "<w:showingPlcHdr/><w:date><w:dateFormat w:val=\"yyyy年M月d日\"/><w:lid w:val=\"zh-CN\"/>" +
            "<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date>", DateHint);

    /// <summary>A block-level rich-text control holding one empty-looking paragraph in <paramref name="style"/>.</summary>
    public static string RichText(string alias, string tag, string style = "GwTableText") =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{Esc(alias)}\"/><w:tag w:val=\"{Esc(tag)}\"/><w:showingPlcHdr/></w:sdtPr>" +
        $"<w:sdtContent>{P(style, R(FillHint, PlaceholderRun))}</w:sdtContent></w:sdt>";

    static string InlineSdt(string alias, string tag, string props, string hint, string blank = "") =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{Esc(alias)}\"/><w:tag w:val=\"{Esc(tag)}\"/>{props}</w:sdtPr>" +
        $"<w:sdtContent>{(blank.Length > 0 ? R(blank, Underline) : R(hint, PlaceholderRun))}</w:sdtContent></w:sdt>";
}
