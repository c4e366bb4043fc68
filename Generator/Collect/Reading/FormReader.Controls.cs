using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static OfficeTools.Collect.Reading.WordNames;

namespace OfficeTools.Collect.Reading;

public static partial class FormReader
{
    static readonly string[] DateFormats =
    [
        "yyyy年M月d日", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss", "yyyyMMdd",
    ];

    internal static FormControl ReadOne(XElement sdt, XElement pr, string tag, List<Diagnostic> problems, string? place = null)
    {
        var kind = KindOf(pr);
        var content = sdt.Element(SdtContent);
        var text = content is null ? "" : ContentText(content);
        var placeholder = pr.Element(ShowingPlcHdr) is { } ph && IsOn(ph.Attribute(Val)?.Value);
        var choices = kind is ControlKind.DropDown or ControlKind.ComboBox ? Choices(pr, kind) : [];
        var location = place ?? LocationOf(sdt);
        object? value;
        if (kind == ControlKind.CheckBox)
        {
            var box = pr.Element(CheckBox)!;
            value = IsOn(box.Element(Checked)?.Attribute(W14Val)?.Value ?? "0");
        }
        else if (placeholder || string.IsNullOrWhiteSpace(text))
        {
            value = null;
        }
        else if (kind == ControlKind.Date)
        {
            value = DateOf(pr.Element(WordNames.Date)!, text);
            if (value is null)
                problems.Add(FormProblem.At(FormProblem.BadDate, tag, $"«{text}» is not a date ({location})"));
        }
        else
        {
            value = kind == ControlKind.RichText ? text.Trim('\n') : text.Trim();
            if (choices.Count > 0 && !choices.Contains((string)value, StringComparer.Ordinal))
                problems.Add(FormProblem.At(FormProblem.NotAChoice, tag,
                    $"«{value}» is not one of the choices {string.Join(" / ", choices)} ({location})"));
        }
        return new FormControl(tag, kind, value, text, choices, location);
    }

    static ControlKind KindOf(XElement pr)
    {
        if (pr.Element(CheckBox) is not null) return ControlKind.CheckBox;
        if (pr.Element(DropDownList) is not null) return ControlKind.DropDown;
        if (pr.Element(WordNames.ComboBox) is not null) return ControlKind.ComboBox;
        if (pr.Element(WordNames.Date) is not null) return ControlKind.Date;
        if (pr.Element(Text) is not null) return ControlKind.PlainText;
        return ControlKind.RichText;
    }

    static bool IsOn(string? v) => v is null || v is "1" or "true" or "on";

    static List<string> Choices(XElement pr, ControlKind kind)
    {
        var list = pr.Element(kind == ControlKind.DropDown ? DropDownList : WordNames.ComboBox)!;
        var choices = new List<string>();
        foreach (var item in list.Elements(ListItem))
        {
            var shown = item.Attribute(DisplayText)?.Value ?? item.Attribute(Value)?.Value;
            if (!string.IsNullOrEmpty(shown)) choices.Add(shown);
            var val = item.Attribute(Value)?.Value;
            if (!string.IsNullOrEmpty(val) && val != shown) choices.Add(val);
        }
        // A combo box accepts typed text, so only a drop-down is held to its list.
        return kind == ControlKind.DropDown ? choices : [];
    }

    static DateTime? DateOf(XElement date, string text)
    {
        var full = date.Attribute(FullDate)?.Value;
        if (!string.IsNullOrEmpty(full) && DateTime.TryParse(full, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d))
            return d.Date;
        var t = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d.Date;
        return null;
    }

    /// <summary>The text a person sees in the control: paragraphs joined with \n, deleted text skipped.</summary>
    static string ContentText(XElement content)
    {
        var sb = new StringBuilder();
        var paragraphs = content.Descendants(P).Where(p => !p.Ancestors(P).Any()).ToList();
        if (paragraphs.Count == 0)
        {
            AppendRuns(content, sb);
            return sb.ToString();
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            AppendRuns(paragraphs[i], sb);
        }
        return sb.ToString();
    }

    /// <summary>The visible text of one paragraph (deleted text skipped, field codes skipped).</summary>
    internal static string ParagraphText(XElement p)
    {
        var sb = new StringBuilder();
        AppendRuns(p, sb);
        return sb.ToString();
    }

    static void AppendRuns(XElement scope, StringBuilder sb)
    {
        foreach (var n in scope.Descendants())
        {
            if (n.Name == T)
            {
                if (!n.Ancestors(Del).Any()) sb.Append(n.Value);
            }
            else if (n.Name == Tab && n.Parent?.Name == WordNames.W + "r") sb.Append('\t');
            else if (n.Name == Br || n.Name == Cr) sb.Append('\n');
        }
    }

    static string LocationOf(XElement sdt)
    {
        var cell = sdt.Ancestors(Tc).FirstOrDefault();
        if (cell is not null)
        {
            var row = cell.Parent!;
            var table = row.Parent!;
            var tableNo = table.ElementsBeforeSelf(Tbl).Count() + 1;
            return $"table {tableNo}, row {row.ElementsBeforeSelf(Tr).Count() + 1}, cell {cell.ElementsBeforeSelf(Tc).Count() + 1}";
        }
        var block = sdt.AncestorsAndSelf().FirstOrDefault(a => a.Parent?.Name == Body);
        return block is null ? "body" : $"body block {block.ElementsBeforeSelf().Count() + 1}";
    }
}
