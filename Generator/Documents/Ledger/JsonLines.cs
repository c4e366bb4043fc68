using System.Text.Json;

namespace OfficeTools.Documents.Ledger;

/// <summary>
/// Line numbers in a JSON ledger, worked out only when an error needs one: the newlines are counted on the first
/// question, and a field's line is found by reading its record again from the record's start.
/// </summary>
internal sealed class JsonLines(byte[] json, JsonReaderOptions options)
{
    int[]? _newlines;

    /// <summary>The 1-based line of a byte offset.</summary>
    public int LineAt(long offset)
    {
        var newlines = _newlines ??= Newlines(json);
        var n = Array.BinarySearch(newlines, (int)offset);
        return (n < 0 ? ~n : n) + 1;
    }

    /// <summary>The offset of the last member of the object starting at <paramref name="objectStart"/> whose name <paramref name="matches"/>, or null.</summary>
    public long? MemberOffset(long objectStart, Func<string, bool> matches)
    {
        var reader = new Utf8JsonReader(json.AsSpan((int)objectStart), options);
        reader.Read();
        long? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (matches(reader.GetString()!)) found = objectStart + reader.TokenStartIndex;
            reader.Read();
            reader.Skip();
        }
        return found;
    }

    static int[] Newlines(byte[] json)
    {
        var list = new List<int>();
        var span = json.AsSpan();
        for (int at = 0, i; (i = span[at..].IndexOf((byte)'\n')) >= 0; at += i + 1) list.Add(at + i);
        return [.. list];
    }
}

/// <summary>Where a record of a JSON ledger is ("line 12, record items[3]"), and each of its fields, told when asked.</summary>
internal sealed class JsonRowPlace(JsonLines lines, LedgerTable table, int index, long lineOffset, long objectStart) : RowPlace
{
    string Path => index < 0 ? "campaign" : $"record {table.Key}[{index}]";

    public override string Row => $"line {lines.LineAt(lineOffset)}, {Path}";

    public override string? Field(string key) =>
        lines.MemberOffset(objectStart, name => table.Find(name)?.Key == key) is { } at ? $"line {lines.LineAt(at)}, {Path}" : null;

    /// <summary>The place of the member named <paramref name="name"/> (as written), or of the record.</summary>
    public string Member(string name) =>
        lines.MemberOffset(objectStart, n => n == name) is { } at ? $"line {lines.LineAt(at)}, {Path}" : Row;
}
