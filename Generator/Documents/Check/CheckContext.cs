using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>What every check reads (the body's blocks, the elements found, the sections, the parts) and where findings go.</summary>
internal sealed class CheckContext(MainDocumentPart main, StyleChain styles, IReadOnlyList<Block> blocks, IReadOnlyList<Block> boxes)
{
    /// <summary>The body part's name in findings.</summary>
    public const string BodyPart = "word/document.xml";

    readonly List<Finding> _findings = [];

    /// <summary>The main document part.</summary>
    public MainDocumentPart Main { get; } = main;
    /// <summary>The style resolution of the document.</summary>
    public StyleChain Styles { get; } = styles;
    /// <summary>The body's paragraphs in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    /// <summary>The 公文 elements found in the body.</summary>
    public Anatomy Anatomy { get; } = Anatomy.Find(blocks, boxes);

    /// <summary>
    /// The section the main text starts in (the first w:sectPr; the body's last one when there is one section), which holds
    /// the page setup and the footers of the main text. A later section may be a 版记 page, which carries no page number.
    /// </summary>
    public SectionProperties? Section => Main.Document?.Body?.Descendants<SectionProperties>().FirstOrDefault();

    /// <summary>Every section of the body, in order.</summary>
    public IReadOnlyList<SectionProperties> Sections => Main.Document?.Body?.Descendants<SectionProperties>().ToList() ?? [];

    /// <summary>The findings so far.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Records a finding of <paramref name="rule"/>.</summary>
    public void Add(CheckRule rule, FindingPlace place, string message) => _findings.Add(rule.At(place, message));

    /// <summary>The place for page-setup findings.</summary>
    public FindingPlace PageSetup(int section) =>
        new(BodyPart, Sections.Count > 1 ? $"页面设置（第 {section} 节）" : "页面设置");
}
