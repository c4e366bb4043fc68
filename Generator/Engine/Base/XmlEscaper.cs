using System.Text;

namespace OfficeTools.Engine.Base;

/// <summary>The one escaping function for values written into document text and attributes.</summary>
internal static class XmlEscaper
{
    const string Break = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    const string Tab = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    /// <summary>True for characters XML 1.0 cannot hold (lone surrogates are checked separately).</summary>
    public static bool Forbidden(char c) =>
        c < 0x20 ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF';

    /// <summary>Escapes text for inside a w:t: XML-escaped, forbidden characters dropped, \n and \t as Word breaks and tabs.</summary>
    public static void Text(StringBuilder sb, string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\n': sb.Append(Break); break;
                case '\r':
                    if (i + 1 < s.Length && s[i + 1] == '\n') i++;
                    sb.Append(Break);
                    break;
                case '\t': sb.Append(Tab); break;
                default: Plain(sb, s, ref i, c); break;
            }
        }
    }

    /// <summary>Escapes text for an attribute value (no breaks possible: whitespace as character references).</summary>
    public static void Attribute(StringBuilder sb, string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\n': sb.Append("&#10;"); break;
                case '\r': sb.Append("&#13;"); break;
                case '\t': sb.Append("&#9;"); break;
                default: Plain(sb, s, ref i, c); break;
            }
        }
    }

    /// <summary>Removes what XML forbids, keeping everything else (for values compared or stored as text).</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++) Plain(sb, s, ref i, s[i]);
        return sb.ToString();
    }

    static void Plain(StringBuilder sb, string s, ref int i, char c)
    {
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
            }
            return;
        }
        if (char.IsLowSurrogate(c) || Forbidden(c)) return;
        sb.Append(c);
    }
}
