namespace OfficeTools.Documents.Rules;

/// <summary>The rules file's words for <see cref="OutcomeDocument"/>.</summary>
public static class OutcomeDocumentWords
{
    /// <summary>Each document's word in a rules file.</summary>
    public static IReadOnlyDictionary<string, OutcomeDocument> Words { get; } = new Dictionary<string, OutcomeDocument>(StringComparer.Ordinal)
    {
        ["talk"] = OutcomeDocument.Talk, ["admonition"] = OutcomeDocument.Admonition, ["commendation"] = OutcomeDocument.Commendation,
    };
}
