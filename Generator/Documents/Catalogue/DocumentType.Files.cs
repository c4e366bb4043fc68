using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Catalogue;

public sealed partial record DocumentType
{
    /// <summary>
    /// Where a batch writes this document, relative to its output: FOLDER/NAME-ID.docx for a unit's (NAME-ID~2.docx and on
    /// for the <paramref name="copy"/>th of a name already taken), the template's own name at the top for one without a folder.
    /// </summary>
    public string PathFor(Unit? unit, int copy = 1)
    {
        if (Folder == null) return Template;
        ArgumentNullException.ThrowIfNull(unit);
        return $"{Folder}/{FileStem(unit)}{(copy > 1 ? $"~{copy}" : "")}.docx";
    }

    /// <summary>A unit's part of its documents' file names: its safe name and id.</summary>
    public static string FileStem(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return $"{SafeFileName.Of(unit.Name)}-{SafeFileName.Of(unit.Id, 40, "id")}";
    }
}

public static partial class DocumentCatalogue
{
    /// <summary>What a batch writes at the top of its output: the document folders and single documents, then index.json.</summary>
    public static IReadOnlyList<string> Outputs { get; } = [.. Round.Select(t => t.Folder ?? t.Template).Distinct(), BatchIndex.FileName];

    /// <summary>The folders a batch writes documents into (forms, notices).</summary>
    public static IReadOnlyList<string> Folders { get; } = [.. Round.Select(t => t.Folder).OfType<string>().Distinct()];
}
