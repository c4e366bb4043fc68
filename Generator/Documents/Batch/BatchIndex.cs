using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// index.json of a batch: every file it wrote and every unit with its outcomes and their reasons. Its JSON Schema is
/// Templates/schema/index.schema.json; <see cref="BatchIndexJson"/> writes and reads it.
/// </summary>
public sealed record BatchIndex(string Ledger, IndexedCampaign Campaign, IndexSummary Summary,
    IReadOnlyList<IndexedFile> Files, IReadOnlyList<IndexedUnit> Units)
{
    /// <summary>The index's file name at the top of a batch's output.</summary>
    public const string FileName = "index.json";
}

/// <summary>The campaign the batch was made for: 发文机关, 年度 and the day overdue is counted from.</summary>
public sealed record IndexedCampaign(string Office, int Year, DateOnly AsOf, string Id = "", int Round = 1);

/// <summary>Counts of the batch, the briefing's path and whether PDFs were made.</summary>
public sealed record IndexSummary(int Units, int Items, int Forms, int Notices, string Briefing, bool Pdf);

/// <summary>One written document: its path (and PDF), kind, template and, for a unit's, the unit and the notice's number.</summary>
public sealed record IndexedFile(string Path, string? Pdf, DocumentKind Type, string Template, string? UnitId, string? UnitName, string? Number);

/// <summary>One unit of the ledger: its form, its notice if the rules call for one, and every outcome of the rules.</summary>
public sealed record IndexedUnit(string Id, string Name, string Kind, string Form, IndexedNotice? Notice, IReadOnlyList<IndexedOutcome> Outcomes, string? Parent = null);

/// <summary>A unit's 督办通知单: its path, number, 限期 and the items it supervises.</summary>
public sealed record IndexedNotice(string File, string Number, DateOnly Deadline, IReadOnlyList<string> Items);

/// <summary>What one rule decided for a unit, with the reason as one line and the items that triggered it.</summary>
public sealed record IndexedOutcome(string Rule, string Kind, string Category, string Reason, string Action, IReadOnlyList<IndexedItem> Items);

/// <summary>An item named as an outcome's reason: its id and short text.</summary>
public sealed record IndexedItem(string Id, string Text);
