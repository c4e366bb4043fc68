using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>
/// A clerk's own columns (备注, 序号, 经办科室 …) beside the ledger's: read past and kept by the write-back. A name one
/// letter away from a ledger column (a typo such as 整改状况 or stauts) is still an error, so a misspelt column never
/// quietly stops being read.
/// </summary>
internal static class ClerkColumns
{
    /// <summary>The ledger field <paramref name="name"/> looks like a misspelling of, or null for a clerk's own column.</summary>
    public static LedgerField? NearMiss(LedgerTable table, string name)
    {
        var n = name.Trim();
        // Two-character names (序号, 备注) are too short to call one a typo of another.
        if (n.Length < 3) return null;
        return table.Fields.FirstOrDefault(f => OneApart(n, f.Header) || OneApart(n.ToLowerInvariant(), f.Key));
    }

    // lengths two or more apart are never one edit apart: the distance is not worked out for them
    static bool OneApart(string a, string b) => Math.Abs(a.Length - b.Length) <= 1 && Spelling.Distance(a, b) <= 1;
}
