namespace OfficeTools.Documents.Ledger;

/// <summary>One record of a ledger table as read from a file, keyed by field key, with where it came from.</summary>
public sealed record SourceRow(string File, string Place, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>Places of single fields when they differ from <see cref="Place"/> (the campaign sheet: one row per field).</summary>
    public IReadOnlyDictionary<string, string>? FieldPlaces { get; init; }

    /// <summary>Where a field of this row is, as a person finds it: "sheet 单位, row 5, field 类别 (kind)".</summary>
    public string Where(LedgerField field) =>
        $"{(FieldPlaces != null && FieldPlaces.TryGetValue(field.Key, out var p) ? p : Place)}, field {field.Header} ({field.Key})";
}

/// <summary>The raw tables of a ledger, before typing and cross-checks.</summary>
public sealed record SourceTables(SourceRow Campaign, IReadOnlyList<SourceRow> Units, IReadOnlyList<SourceRow> Items,
    IReadOnlyList<SourceRow> RulesMade);
