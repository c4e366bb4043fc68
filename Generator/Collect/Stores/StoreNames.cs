using System.Security.Cryptography;
using OfficeTools.Data;

namespace OfficeTools.Collect.Stores;

/// <summary>Names and hashes shared by the stores, so both lay out units and submissions alike.</summary>
public static class StoreNames
{
    /// <summary>The folder inside a unit's folder that holds its submissions.</summary>
    public const string SubmissionsFolder = "submissions";

    /// <summary>Status of a freshly recorded submission.</summary>
    public const string Submitted = "Submitted";

    /// <summary>A file-system and SharePoint safe folder/file name: <see cref="FileName.Safe"/> (NFC, no bidi controls, no
    /// slashes, colons, wildcards, leading dots) without # and %, within 120 characters' worth of UTF-8.</summary>
    public static string Safe(string name) => FileName.Safe(name, 360, "#%") is { Length: > 0 } s ? s : "_";

    /// <summary>SHA-256 of the content, lower-case hex: the identity of a form's bytes.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The stored name of a submission: unit, time and content hash make it unique per content.</summary>
    public static string SubmissionFile(string unitId, DateTimeOffset at, string hash) =>
        $"{Safe(unitId)}-{at.UtcDateTime:yyyyMMddHHmmssfff}-{hash[..12]}.docx";
}
