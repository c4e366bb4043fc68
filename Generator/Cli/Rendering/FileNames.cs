using System.Text;
using OfficeTools.Data;

namespace OfficeTools.Cli.Rendering;

/// <summary>Makes a per-record name one .docx file name, through the shared <see cref="FileName.Safe"/>.</summary>
public static class FileNames
{
    /// <summary>Most file systems allow 255 bytes in a name; leave room for nothing else.</summary>
    public const int MaxBytes = 255;

    /// <summary>
    /// Ensures a .docx extension and makes the rest safe with <see cref="FileName.Safe"/> (NFC, no bidi controls,
    /// no separators or reserved characters, within 255 UTF-8 bytes). Returns null when nothing is left of the name.
    /// </summary>
    public static string? Sanitize(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^5];
        var stem = FileName.Safe(trimmed, MaxBytes - Encoding.UTF8.GetByteCount(".docx"));
        return stem.Length == 0 ? null : stem + ".docx";
    }
}
