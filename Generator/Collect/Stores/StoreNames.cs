using System.Security.Cryptography;
using System.Text;

namespace OfficeTools.Collect.Stores;

/// <summary>Names and hashes shared by the stores, so both lay out units and submissions alike.</summary>
public static class StoreNames
{
    /// <summary>The folder inside a unit's folder that holds its submissions.</summary>
    public const string SubmissionsFolder = "submissions";

    /// <summary>Status of a freshly recorded submission.</summary>
    public const string Submitted = "Submitted";

    /// <summary>A file-system and SharePoint safe folder/file name (no slashes, colons, wildcards, leading dots).</summary>
    public static string Safe(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
            sb.Append(ch < 32 || "\\/:*?\"<>|#%".Contains(ch, StringComparison.Ordinal) ? '_' : ch);
        var s = sb.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        return s.Length == 0 ? "_" : s.Length > 120 ? s[..120] : s;
    }

    /// <summary>SHA-256 of the content, lower-case hex: the identity of a form's bytes.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The stored name of a submission: unit, time and content hash make it unique per content.</summary>
    public static string SubmissionFile(string unitId, DateTimeOffset at, string hash) =>
        $"{Safe(unitId)}-{at.UtcDateTime:yyyyMMddHHmmssfff}-{hash[..12]}.docx";
}
