using System.Security.Cryptography;
using System.Text;
using OfficeTools.Data;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// Names and hashes shared by the stores, so both lay out units and submissions alike. Names follow SharePoint
/// Online's rules (https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa):
/// no CON/PRN/AUX/NUL/COM0–9/LPT0–9, .lock, desktop.ini, ~$…, _vti_, no «forms» folder at a library's root, and the
/// whole decoded path within 400 characters, which <see cref="MaxUnitChars"/> and <see cref="MaxFileChars"/> keep.
/// </summary>
public static class StoreNames
{
    /// <summary>The folder inside a unit's folder that holds its submissions.</summary>
    public const string SubmissionsFolder = "submissions";

    /// <summary>The longest unit folder name (characters), its distinguishing suffix included.</summary>
    public const int MaxUnitChars = 80;

    /// <summary>The longest file name (characters) a published form keeps.</summary>
    public const int MaxFileChars = 120;

    /// <summary>
    /// The folder of a unit at the library's (or store's) root. A unit id that is kept as it is needs nothing more;
    /// one that had to change (characters replaced, a reserved name, cut to length) gets a suffix from the hash of the
    /// id itself, so two different ids never share one folder.
    /// </summary>
    public static string UnitFolder(string unitId) => Distinct(unitId, MaxUnitChars, atRoot: true);

    /// <summary>A file name inside a unit's folder, SharePoint-safe and within <see cref="MaxFileChars"/>, the extension kept.</summary>
    public static string File(string fileName)
    {
        var ext = Path.GetExtension(fileName);
        if (ext.Length is < 2 or > 10 || Clean(ext[1..], 10, false) != ext[1..]) ext = "";
        var stem = ext.Length == 0 ? fileName : fileName[..^ext.Length];
        return Distinct(stem, MaxFileChars - ext.Length, atRoot: false) + ext;
    }

    /// <summary>SHA-256 of the content, lower-case hex: the identity of a form's bytes.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The stored name of a submission: unit, time and content hash make it unique per content.</summary>
    public static string SubmissionFile(string unitId, DateTimeOffset at, string hash) =>
        $"{UnitFolder(unitId)}-{at.UtcDateTime:yyyyMMddHHmmssfff}-{hash[..12]}.docx";

    static string Distinct(string name, int maxChars, bool atRoot)
    {
        var clean = Clean(name, maxChars, atRoot);
        if (clean == name) return clean;
        var suffix = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return Clean(name, maxChars - suffix.Length, atRoot) + suffix;
    }

    // FileName.Safe (the one sanitiser: NFC, no bidi controls, no path or wildcard characters, no leading dots,
    // device names prefixed) without # and %, then SharePoint's own reserved names.
    static string Clean(string name, int maxChars, bool atRoot)
    {
        var s = FileName.Safe(name, 4 * maxChars, "#%");
        if (s.Length == 0) s = "_";
        if (s.Contains("_vti_", StringComparison.OrdinalIgnoreCase)) s = s.Replace("_vti_", "_vti-", StringComparison.OrdinalIgnoreCase);
        if (s.StartsWith("~$", StringComparison.Ordinal) || s.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase)
            || s.Equals("lock", StringComparison.OrdinalIgnoreCase) && name.StartsWith('.')
            || atRoot && s.Equals("forms", StringComparison.OrdinalIgnoreCase))
            s = "_" + s;
        return s.Length <= maxChars ? s : Cut(s, maxChars);
    }

    // The longest prefix of whole characters (text elements) within maxChars UTF-16 units, no trailing dots or spaces.
    static string Cut(string s, int maxChars)
    {
        var sb = new StringBuilder();
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext() && sb.Length + e.GetTextElement().Length <= maxChars) sb.Append(e.GetTextElement());
        return sb.ToString().TrimEnd('.', ' ');
    }
}
