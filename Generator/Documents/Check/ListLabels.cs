using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>
/// The label Word's automatic numbering puts before a paragraph, in the shape that tells the level: "一、",
/// "（一）", "1." — not the count (that needs the whole list), only its form with the first number.
/// </summary>
internal sealed class ListLabels(MainDocumentPart main, StyleChain styles)
{
    readonly Numbering? _numbering = main.NumberingDefinitionsPart?.Numbering;

    /// <summary>The label of <paramref name="p"/>'s list level ("" when it is not in a list).</summary>
    public string Of(Paragraph p, string? tableStyle)
    {
        if (_numbering is null || styles.Numbering(p, tableStyle) is not { } list) return "";
        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == list.NumId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var level = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == list.Level);
        if (level?.LevelText?.Val?.Value is not { } text) return "";
        var first = level.NumberingFormat?.Val?.InnerText switch
        {
            "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographTraditional" or "japaneseCounting" or "taiwaneseCounting" => "一",
            "none" or "bullet" => "",
            _ => "1",
        };
        return System.Text.RegularExpressions.Regex.Replace(text, @"%\d", first);
    }
}
