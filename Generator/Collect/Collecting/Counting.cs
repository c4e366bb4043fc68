namespace OfficeTools.Collect.Collecting;

/// <summary>How a submission stands when choosing the one that counts for its unit.</summary>
public enum Standing
{
    /// <summary>Usable (complete or merely incomplete).</summary>
    Valid,
    /// <summary>Damaged (invalidating problems): counts only when the unit has nothing valid.</summary>
    Invalid,
    /// <summary>Not this campaign's form (no, edited or foreign identity): never counts for any unit.</summary>
    Rejected,
}

/// <summary>
/// The one definition of the submission that counts for a unit, used by collect and by the add-in's status: the
/// latest valid one; when none is valid, the latest invalid one (so the unit shows as invalid); a rejected one
/// never. Newer submissions that do not count are returned with it, to be listed with their problems.
/// </summary>
public static class Counting
{
    /// <summary>Chooses among a unit's submissions given oldest first (by time or version, as the caller knows them).</summary>
    public static (T? Counted, IReadOnlyList<T> NewerNotCounted) Choose<T>(IReadOnlyList<T> oldestFirst, Func<T, Standing> standing)
        where T : class
    {
        var index = -1;
        for (var i = oldestFirst.Count - 1; i >= 0 && index < 0; i--)
            if (standing(oldestFirst[i]) == Standing.Valid) index = i;
        for (var i = oldestFirst.Count - 1; i >= 0 && index < 0; i--)
            if (standing(oldestFirst[i]) == Standing.Invalid) index = i;
        if (index < 0) return (null, [.. oldestFirst]);
        return (oldestFirst[index], [.. oldestFirst.Skip(index + 1)]);
    }
}
