using System.Globalization;
using System.Text;

using OfficeTools.Engine.Compile;

namespace OfficeTools.Engine.Rendering;

/// <summary>Per-render list instances: a fresh w:num per repetition of a block, restarting the list.</summary>
internal sealed class NumberingState(NumberingInfo info)
{
    readonly Dictionary<int, int> _repetition = [];
    readonly Dictionary<(int Num, int Block, int Rep), int> _ids = [];
    readonly List<(int Id, int Abstract)> _created = [];

    /// <summary>Marks the start of one repetition of block <paramref name="block"/>.</summary>
    public void Step(int block) => _repetition[block] = _repetition.GetValueOrDefault(block) + 1;

    /// <summary>The numId to use for list <paramref name="num"/> in the current repetition of <paramref name="block"/>.</summary>
    public int Id(int num, int block)
    {
        if (!info.AbstractOf.TryGetValue(num, out var abs)) return num;
        var key = (num, block, _repetition.GetValueOrDefault(block));
        if (_ids.TryGetValue(key, out var id)) return id;
        id = info.MaxNumId + _created.Count + 1;
        _ids[key] = id;
        _created.Add((id, abs));
        return id;
    }

    /// <summary>The w:num elements created so far, each restarting every level.</summary>
    public string NumsXml()
    {
        var sb = new StringBuilder();
        foreach (var (id, abs) in _created)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{abs}\"/>");
            var starts = info.Starts.GetValueOrDefault(abs) ?? [];
            for (var l = 0; l < 9; l++)
                sb.Append(CultureInfo.InvariantCulture, $"<w:lvlOverride w:ilvl=\"{l}\"><w:startOverride w:val=\"{(l < starts.Length ? starts[l] : 1)}\"/></w:lvlOverride>");
            sb.Append("</w:num>");
        }
        return sb.ToString();
    }
}
