namespace OfficeTools.Collect.Reading;

/// <summary>What one form gave back: the unit id (null when absent), every tagged control, and the problems.</summary>
public sealed record FormReadResult(string File, string? UnitId, IReadOnlyList<FormControl> Controls,
    IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The sealed identity text the form carries (its custom document property), or null.</summary>
    public string? Identity { get; init; }

    /// <summary>The values keyed by tag (first occurrence wins when a tag is duplicated).</summary>
    public IReadOnlyDictionary<string, object?> Values { get; } = BuildValues(Controls);

    /// <summary>True when the file could be read as one of our forms (a unit id was found).</summary>
    public bool IsForm => UnitId is not null;

    static Dictionary<string, object?> BuildValues(IReadOnlyList<FormControl> controls)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var c in controls) values.TryAdd(c.Tag, c.Value);
        return values;
    }
}
