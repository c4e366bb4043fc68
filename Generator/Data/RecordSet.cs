namespace OfficeTools.Data;

/// <summary>
/// The records of a data file, read one by one: either a single record (<see cref="IsList"/> false) or a list.
/// A streamed list may hit an error part-way; it then yields a <see cref="DataRecord"/> carrying the error and stops.
/// </summary>
public sealed class RecordSet : IDisposable
{
    readonly IEnumerable<DataRecord> _records;
    readonly IDisposable? _owner;

    RecordSet(bool isList, object? single, IEnumerable<DataRecord> records, IReadOnlyList<Diagnostic> errors, IDisposable? owner)
    {
        IsList = isList;
        Single = single;
        _records = records;
        Errors = errors;
        _owner = owner;
    }

    /// <summary>Errors found when opening (nothing can be read when there are any).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>True when the file holds a list of records (JSON array, CSV or sheet rows).</summary>
    public bool IsList { get; }

    /// <summary>The one record when <see cref="IsList"/> is false.</summary>
    public object? Single { get; }

    /// <summary>How many records there are when known up front (null while a streamed list is read).</summary>
    public int? Count { get; private init; }

    /// <summary>How much of a streamed file has been read so far, 0–1 (for progress when <see cref="Count"/> is unknown).</summary>
    public double ReadFraction => _owner is Stream { CanSeek: true, Length: > 0 } s ? (double)s.Position / s.Length : 0;

    /// <summary>The records in order (1-based numbers); enumerate once.</summary>
    public IEnumerable<DataRecord> Records => _records;

    /// <summary>A set that failed to open.</summary>
    public static RecordSet Failed(IReadOnlyList<Diagnostic> errors) => new(false, null, [], errors, null);

    /// <summary>A set over an already-loaded value: a list becomes records, anything else the single record.</summary>
    public static RecordSet FromValue(object? value)
    {
        if (value is IList<object?> list)
            return new RecordSet(true, null, list.Select((v, i) => new DataRecord(i + 1, v, null)), [], null) { Count = list.Count };
        return new RecordSet(false, value, [], [], null);
    }

    /// <summary>A streamed list.</summary>
    internal static RecordSet Streamed(IEnumerable<DataRecord> records, IDisposable owner) => new(true, null, records, [], owner);

    /// <summary>Closes the underlying file.</summary>
    public void Dispose() => _owner?.Dispose();
}

/// <summary>One record (1-based <paramref name="Number"/>), or the error met while reading it.</summary>
public sealed record DataRecord(int Number, object? Value, Diagnostic? Error);
