namespace OfficeTools.Data;

/// <summary>
/// Reads data files (.json, .csv, .xlsx) into plain values: IDictionary&lt;string, object?&gt; for objects and
/// records, List&lt;object?&gt; for arrays and tables, string, long, double, decimal, bool, DateTime or null.
/// </summary>
public static class DataLoader
{
    /// <summary>Loads a file by its extension; errors (all at once) are located by line:column or row/field.</summary>
    public static DataResult Load(string path) => throw new NotImplementedException("data loader under construction");
}

/// <summary>A loaded value, or the errors that prevented it.</summary>
public sealed record DataResult(object? Value, IReadOnlyList<DataError> Errors)
{
    /// <summary>True when there are no errors.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>A data problem: the file, where in it (line:column, "row 5, field 单位", "sheet 单位, row 3"), the message.</summary>
public sealed record DataError(string File, string Location, string Message)
{
    /// <summary>One line: <c>file: location: message</c>.</summary>
    public override string ToString() => $"{File}: {Location}: {Message}";
}
