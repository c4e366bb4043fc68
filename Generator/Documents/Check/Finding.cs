namespace OfficeTools.Documents.Check;

/// <summary>How much a finding weighs: an error makes the check fail; a note only says what was not checked.</summary>
public enum FindingSeverity
{
    /// <summary>The document departs from GB/T 9704-2012.</summary>
    Error,
    /// <summary>Something could not be checked (an element not found), said once.</summary>
    Info,
}

/// <summary>Where a finding is: the part, the paragraph (or table cell), and the start of its text.</summary>
/// <param name="Part">The package part, e.g. <c>word/document.xml</c>; null for the file as a whole.</param>
/// <param name="PartLabel">The part as a clerk knows it: 正文, 页脚（奇数页）, 页面设置 …</param>
/// <param name="Paragraph">The paragraph's number among the part's paragraphs outside tables (1-based), when outside a table.</param>
/// <param name="Table">The table's number in the part (1-based), when in a table.</param>
/// <param name="Row">The row in that table (1-based).</param>
/// <param name="Cell">The cell in that row (1-based).</param>
/// <param name="Near">The first characters of the paragraph's text.</param>
public sealed record FindingPlace(string? Part, string PartLabel, int? Paragraph = null, int? Table = null, int? Row = null, int? Cell = null, string? Near = null)
{
    /// <summary>The place in Chinese, e.g. 正文第 12 段（«现将你单位在整改…»附近）.</summary>
    public override string ToString()
    {
        var at = Paragraph is { } p ? $"{PartLabel}第 {p} 段"
            : Table is { } t ? $"{PartLabel}第 {t} 个表格第 {Row} 行第 {Cell} 格"
            : PartLabel;
        return string.IsNullOrEmpty(Near) ? at : $"{at}（«{Near}»附近）";
    }
}

/// <summary>One departure from GB/T 9704-2012 (or one note), located and citing the clause.</summary>
/// <param name="Code">The stable machine code, e.g. GW0301.</param>
/// <param name="Severity">Error or info.</param>
/// <param name="Clause">The clause cited, e.g. "GB/T 9704-2012 §7.2.5".</param>
/// <param name="Place">Where it is.</param>
/// <param name="Message">What is wrong and what to do, in Chinese, for the clerk.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Clause, FindingPlace Place, string Message)
{
    /// <summary>The finding as one line: place, code, message and clause.</summary>
    public override string ToString() => $"{Place}: {Code} {Message}（{Clause}）";
}
