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
        return table.Fields.FirstOrDefault(f => Distance(n, f.Header) <= 1 || Distance(n.ToLowerInvariant(), f.Key) <= 1);
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return 2;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
