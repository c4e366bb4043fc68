namespace OfficeTools.Collect.Stores;

/// <summary>
/// The one home of the SharePoint column set. SharePoint refuses a field that is not a column of the list
/// (400 "Field 'X' is not recognized"), and past 5,000 items it refuses filters on columns without an index, so
/// the store checks these columns on first use, creates what is missing when it may, and indexes Unit.
/// </summary>
public static class SharePointSchema
{
    /// <summary>A column: its internal (API) name, Graph type facet (text, number, dateTime) and whether it is indexed.</summary>
    public sealed record Column(string Name, string Type, string Meaning, bool Indexed = false);

    /// <summary>The submissions list's own columns (Title is built in and holds the stored file's name).</summary>
    public static readonly IReadOnlyList<Column> Submissions =
    [
        new("Unit", "text", "the unit's id; indexed, every per-unit query filters on it", Indexed: true),
        new("Form", "text", "the stored file's path in the library"),
        new("Status", "text", "Submitted, then what collecting found"),
        new("SubmittedAt", "dateTime", "when it was submitted (UTC)"),
        new("SubmittedBy", "text", "who submitted it (UPN or object id)"),
        new("Version", "number", "1, 2, … per unit in order of arrival"),
        new("Hash", "text", "SHA-256 of the bytes submitted"),
        new("OriginalName", "text", "the file name the submitter's document had"),
    ];

    /// <summary>The audit trail list's columns (Title holds the step's action); Key makes appending idempotent.</summary>
    public static readonly IReadOnlyList<Column> Trail =
    [
        new("Key", "text", "the step's idempotency key: the same step is recorded once", Indexed: true),
        new("At", "dateTime", "when the step happened (UTC)"),
        new("Actor", "text", "who did it (UPN, object id or the clerk's account)"),
        new("Action", "text", "what was done (RoundOpened, NoticeIssued, VerdictGiven, ItemClosed, …)"),
        new("Round", "number", "the round of the campaign"),
        new("Unit", "text", "the unit's id", Indexed: true),
        new("Item", "text", "the ledger item's id"),
        new("Reference", "text", "the document: a notice's number, a form's file, a sheet"),
        new("Value", "text", "the step's value: a stage, a verdict, a date"),
        new("Detail", "note", "a reason, a satisfaction, a list of ids"),
    ];

    /// <summary>The forms library's own columns, on every file OfficeTools stores there.</summary>
    public static readonly IReadOnlyList<Column> Library =
    [
        new("ContentHash", "text", "SHA-256 of the bytes OfficeTools sent (SharePoint may rewrite Office files, so its own hash differs)"),
        new("StoredHash", "text", "SharePoint's quickXorHash of the file right after that upload: a file replaced since no longer matches"),
    ];

    /// <summary>Single line of text holds at most 255 characters.</summary>
    public const int TextLimit = 255;
}
