namespace OfficeTools.Documents.Ledger;

/// <summary>One record of a ledger table as read from a file, keyed by field key, with where it came from.</summary>
public sealed record SourceRow(string File, RowPlace Location, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>A row whose place is known as text (a sheet's row).</summary>
    public SourceRow(string file, string place, IReadOnlyDictionary<string, object?> values) : this(file, new FixedPlace(place), values) { }

    /// <summary>Places of single fields when they differ from <see cref="Place"/> (the campaign sheet: one row per field).</summary>
    public IReadOnlyDictionary<string, string>? FieldPlaces { get; init; }

    /// <summary>Where the row is, as a person finds it: "sheet 单位, row 5" or "line 40, record units[3]".</summary>
    public string Place => Location.Row;

    /// <summary>Where a field of this row is, as a person finds it: "sheet 单位, row 5, field 类别 (kind)".</summary>
    public string Where(LedgerField field) =>
        $"{(FieldPlaces != null && FieldPlaces.TryGetValue(field.Key, out var p) ? p : Location.Field(field.Key) ?? Place)}, field {field.Header} ({field.Key})";

    sealed class FixedPlace(string row) : RowPlace
    {
        public override string Row => row;
    }
}

/// <summary>
/// Where a source row is and where its fields are, as text for a message; a reader whose places cost something to
/// work out (a big JSON file's line numbers) works them out only when asked, which is when an error names them.
/// </summary>
public abstract class RowPlace
{
    /// <summary>The row's place.</summary>
    public abstract string Row { get; }

    /// <summary>The place of the field with <paramref name="key"/> when it differs from the row's, else null.</summary>
    public virtual string? Field(string key) => null;
}

/// <summary>The raw tables of a ledger, before typing and cross-checks.</summary>
public sealed record SourceTables(SourceRow Campaign, IReadOnlyList<SourceRow> Units, IReadOnlyList<SourceRow> Items,
    IReadOnlyList<SourceRow> RulesMade);
