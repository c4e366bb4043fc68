using System.Text;
using System.Xml.Linq;

namespace OfficeTools.Engine.Normalize;

/// <summary>
/// Moves every tag Word split over several runs into the run where its <c>{{</c> starts (that run's formatting);
/// other runs keep their non-tag text. Works on the concatenated w:t text of one paragraph.
/// </summary>
internal static class RunMerger
{
    /// <summary>The w:t elements of <paramref name="p"/> itself (not nested text boxes, not deleted text).</summary>
    public static List<XElement> Texts(XElement p)
    {
        var list = new List<XElement>();
        foreach (var t in p.Descendants(W.T))
        {
            var owner = t.Parent;
            var deleted = false;
            while (owner != null && owner.Name != W.P)
            {
                if (owner.Name == W.Del) deleted = true;
                owner = owner.Parent;
            }
            if (owner == p && !deleted) list.Add(t);
        }
        return list;
    }

    /// <summary>
    /// Merges split tags of <paramref name="p"/>; returns the paragraph text and the start offsets of
    /// <c>{{</c> that have no closing <c>}}</c>.
    /// </summary>
    public static (string Text, List<int> Unclosed) Merge(XElement p, List<XElement> texts)
    {
        var strs = texts.Select(t => t.Value).ToArray();
        var all = string.Concat(strs);
        var unclosed = new List<int>();
        if (!all.Contains("{{", StringComparison.Ordinal)) return (all, unclosed);
        var owner = new int[all.Length];
        for (int i = 0, k = 0; i < strs.Length; i++)
            for (var j = 0; j < strs[i].Length; j++) owner[k++] = i;
        var pos = 0;
        while ((pos = all.IndexOf("{{", pos, StringComparison.Ordinal)) >= 0)
        {
            var end = all.IndexOf("}}", pos + 2, StringComparison.Ordinal);
            if (end < 0) { unclosed.Add(pos); break; }
            end += 2;
            for (var k = pos; k < end; k++) owner[k] = owner[pos];
            pos = end;
        }
        var sbs = strs.Select(_ => new StringBuilder()).ToArray();
        for (var k = 0; k < all.Length; k++) sbs[owner[k]].Append(all[k]);
        for (var i = 0; i < texts.Count; i++)
        {
            var now = sbs[i].ToString();
            if (now == strs[i]) continue;
            if (now.Length == 0)
            {
                var run = texts[i].Parent;
                texts[i].Remove();
                if (run != null && run.Name == W.R && run.Elements().All(e => e.Name == W.RPr)) run.Remove();
            }
            else texts[i].Value = now;
        }
        return (all, unclosed);
    }
}
