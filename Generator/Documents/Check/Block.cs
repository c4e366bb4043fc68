using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>A run's text and effective look.</summary>
internal sealed record RunText(string Text, RunLook Look);

/// <summary>One paragraph as the checker sees it: where it is, its text, its look and its runs' looks.</summary>
/// <remarks><see cref="ListLabel"/> is the label automatic numbering shows before the text ("一、"), "" when none.</remarks>
internal sealed record Block(Paragraph Element, FindingPlace Place, string Text, ParagraphLook Look, IReadOnlyList<RunText> Runs, Table? Table, string ListLabel = "")
{
    /// <summary>True when the paragraph sits in a table cell.</summary>
    public bool InTable => Table is not null;

    /// <summary>The text without spaces of any kind (full-width included).</summary>
    public string Compact { get; } = new([.. Text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>The text as read, numbering label first, without spaces: what tells a heading's level.</summary>
    public string Labelled => ListLabel + Compact;

    /// <summary>True when the paragraph shows no text.</summary>
    public bool Empty => Compact.Length == 0;

    /// <summary>The runs that show text.</summary>
    public IEnumerable<RunText> Inked => Runs.Where(r => r.Text.Any(c => !char.IsWhiteSpace(c)));

    /// <summary>The look of most of the paragraph's text (by characters), or null when it shows none.</summary>
    public RunLook? Main => Inked.GroupBy(r => r.Look).OrderByDescending(g => g.Sum(r => r.Text.Length)).FirstOrDefault()?.Key;

    /// <summary>True when some run holds a red colour.</summary>
    public bool Red => Inked.Any(r => r.Look.IsRed);

    /// <summary>The largest size of the paragraph's text, in points.</summary>
    public double MaxPoints => Inked.Select(r => r.Look.Points).DefaultIfEmpty(0).Max();
}
