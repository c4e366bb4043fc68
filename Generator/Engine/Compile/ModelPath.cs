using System.Globalization;
using Scriban.Runtime;

namespace OfficeTools.Engine.Compile;

/// <summary>Resolves data paths such as <c>unit.name</c> or <c>items[0].status</c> (content-control tags).</summary>
internal static partial class ModelPath
{
    /// <summary>True when the text is a data path (identifiers, Chinese ones too, joined by dots, with [n] indexes).</summary>
    public static bool IsPath(string s) => PathRegex().IsMatch(s);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*(?:\.[\p{L}_][\p{L}\p{Nd}_]*|\[\d+\])*$")]
    private static partial System.Text.RegularExpressions.Regex PathRegex();

    /// <summary>Walks <paramref name="path"/> from <paramref name="root"/>; false when any step is missing.</summary>
    public static bool TryResolve(ScriptObject root, string path, out object? value)
    {
        value = root;
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.') { i++; continue; }
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || value is not ScriptArray arr) return false;
                var n = int.Parse(path.AsSpan(i + 1, close - i - 1), CultureInfo.InvariantCulture);
                if (n >= arr.Count) return false;
                value = arr[n];
                i = close + 1;
                continue;
            }
            var j = i;
            while (j < path.Length && path[j] != '.' && path[j] != '[') j++;
            if (value is not ScriptObject so || !so.TryGetValue(path[i..j], out value)) return false;
            i = j;
        }
        return true;
    }
}
