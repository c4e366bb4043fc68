using System.Xml.Linq;

namespace OfficeTools.Collect.Reading;

/// <summary>The WordprocessingML element names the reader looks at.</summary>
static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XName Sdt = W + "sdt", SdtPr = W + "sdtPr", SdtContent = W + "sdtContent";
    public static readonly XName Tag = W + "tag", Val = W + "val", ShowingPlcHdr = W + "showingPlcHdr";
    public static readonly XName Text = W + "text", RichText = W + "richText", DropDownList = W + "dropDownList";
    public static readonly XName ComboBox = W + "comboBox", Date = W + "date", FullDate = W + "fullDate";
    public static readonly XName ListItem = W + "listItem", Value = W + "value", DisplayText = W + "displayText";
    public static readonly XName P = W + "p", T = W + "t", Tab = W + "tab", Br = W + "br", Cr = W + "cr";
    public static readonly XName Del = W + "del", Tbl = W + "tbl", Tr = W + "tr", Tc = W + "tc", Body = W + "body";
    public static readonly XName CheckBox = W14 + "checkbox", Checked = W14 + "checked", W14Val = W14 + "val";
}
