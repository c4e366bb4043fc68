namespace OfficeTools.Collect.Ledger;

/// <summary>A unit of the ledger as collecting needs it: id, name, kind and the ids of its items.</summary>
public sealed record LedgerUnit(string Id, string Name, string Kind, IReadOnlyList<string> ItemIds);
