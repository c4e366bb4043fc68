using System.Xml.Linq;
using OfficeTools.Engine.Lexing;

namespace OfficeTools.Engine.Blocks;

/// <summary>How a block sits in the document.</summary>
internal enum BlockKind
{
    /// <summary>Not classified yet.</summary>
    Unknown,
    /// <summary>Open and end in one paragraph.</summary>
    Inline,
    /// <summary>Open and end in different cells of one row: the row repeats.</summary>
    Row,
    /// <summary>Tags in paragraphs (or rows) of their own: they govern the siblings between.</summary>
    Anchored,
    /// <summary><c>column for …</c> … <c>end</c> in one cell: the table column under the cell repeats.</summary>
    Column,
}

/// <summary>An open tag with its else/when tags and its end.</summary>
internal sealed class BlockGroup(TagInfo open)
{
    /// <summary>The opening tag.</summary>
    public TagInfo Open { get; } = open;
    /// <summary>else / else if / when tags.</summary>
    public List<TagInfo> Mids { get; } = [];
    /// <summary>The end tag.</summary>
    public TagInfo? End { get; set; }
    /// <summary>Its kind, once classified.</summary>
    public BlockKind Kind { get; set; }
    /// <summary>All tags of the block in order.</summary>
    public IEnumerable<TagInfo> All => [Open, .. Mids, .. End is null ? [] : new[] { End }];
    /// <summary>For anchored blocks, the element each tag replaces.</summary>
    public Dictionary<TagInfo, XElement> Anchors { get; } = [];
}
