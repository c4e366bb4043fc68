namespace OfficeTools.Documents.Tests.Sample;

/// <summary>A ledger as plain ordered tables (field key → value), written out as JSON, .xlsx or CSV by <see cref="SampleWriters"/>.</summary>
public sealed class SampleTables
{
    public List<(string Key, object? Value)> Campaign { get; } = [];
    public List<List<(string Key, object? Value)>> Units { get; } = [];
    public List<List<(string Key, object? Value)>> Items { get; } = [];
    public List<List<(string Key, object? Value)>> RulesMade { get; } = [];
}
