using System.Xml.Linq;

namespace OfficeTools.Engine.Lexing;

/// <summary>How a tag takes part in blocks.</summary>
internal enum TagKind
{
    /// <summary>An expression or a statement complete in itself.</summary>
    Inline,
    /// <summary>Opens a block (for, if, with, capture, while, case…).</summary>
    Open,
    /// <summary>else / else if / when.</summary>
    Mid,
    /// <summary>end.</summary>
    End,
}

/// <summary>One <c>{{ … }}</c> tag of a part, with where a person finds it.</summary>
internal sealed class TagInfo
{
    /// <summary>The Scriban code between the braces (smart quotes straightened).</summary>
    public required string Code { get; init; }
    /// <summary>Its role in blocks.</summary>
    public required TagKind Kind { get; init; }
    /// <summary>The first keyword (for, if, end…), or empty.</summary>
    public required string Keyword { get; init; }
    /// <summary>The paragraph holding the tag (null for tags in attribute values).</summary>
    public XElement? Paragraph { get; init; }
    /// <summary>The marker element standing for the tag in the tree.</summary>
    public XElement? Marker { get; set; }
    /// <summary>Part label (body, header1…).</summary>
    public required string Part { get; init; }
    /// <summary>Place in the part ("paragraph 3", "table 1, row 2, cell 1").</summary>
    public required string Location { get; init; }
    /// <summary>Text around the tag.</summary>
    public required string Snippet { get; init; }
    /// <summary>A block typed as <c>column for …</c>: it repeats its cell's table column.</summary>
    public bool Column { get; init; }
    /// <summary>Code emitted right after this tag (numbering restart bookkeeping).</summary>
    public string? After { get; set; }
}

/// <summary>A piece of Scriban code the emitter writes, optionally standing for a user tag.</summary>
internal sealed record CodeEntry(string Code, TagInfo? Tag);
