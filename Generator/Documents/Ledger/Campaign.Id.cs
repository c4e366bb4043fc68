using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeTools.Documents.Ledger;

public sealed partial record Campaign
{
    /// <summary>
    /// The id forms carry: the ledger's <c>campaign.id</c> when given, else one derived from the office, the notice
    /// code and the year ("c-" and 16 hex digits of their SHA-256), stable across runs and formats of the ledger.
    /// </summary>
    public string CampaignId => Id ?? DeriveId(Office, Code, Year);

    /// <summary>True for an id usable as a key file name: 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>The id of a campaign whose ledger gives none.</summary>
    public static string DeriveId(string office, string code, int year)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{office.Trim()}\n{code.Trim()}\n{year}"));
        return "c-" + Convert.ToHexStringLower(hash, 0, 8);
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z")]
    private static partial Regex IdPattern();
}
