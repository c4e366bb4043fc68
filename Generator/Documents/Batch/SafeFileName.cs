using OfficeTools.Data;

namespace OfficeTools.Documents.Batch;

/// <summary>Turns any unit name into a file name that is valid on Windows, macOS and Linux.</summary>
public static class SafeFileName
{
    /// <summary>
    /// <see cref="FileName.Safe"/> within <paramref name="maxBytes"/> UTF-8 bytes, or <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string Of(string name, int maxBytes = 120, string fallback = "unit") =>
        FileName.Safe(name, maxBytes) is { Length: > 0 } s ? s : fallback;
}
