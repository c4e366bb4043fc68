namespace OfficeTools.Documents.Check;

/// <summary>One rule of the checker: its stable code, the clause it cites and what it is about.</summary>
/// <param name="Code">The machine code scripts match on (GW + four digits).</param>
/// <param name="Clause">The clause of GB/T 9704-2012, or null for problems with the file itself.</param>
/// <param name="Title">What the rule is about, in Chinese.</param>
/// <param name="Severity">Error for departures, info for notes on what was not checked.</param>
public sealed record CheckRule(string Code, string? Clause, string Title, FindingSeverity Severity = FindingSeverity.Error)
{
    /// <summary>A finding of this rule at <paramref name="place"/>.</summary>
    public Finding At(FindingPlace place, string message) =>
        new(Code, Severity, Clause is null ? "" : "GB/T 9704-2012 " + Clause, place, message);
}
