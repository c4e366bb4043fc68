namespace OfficeTools.Engine;

/// <summary>Where pictures from data may be read, and how large they may be; immutable, with <see cref="Default"/>.</summary>
public sealed record PictureOptions
{
    /// <summary>No picture folder (only base64 pictures), 20 MB and 40 megapixels per picture.</summary>
    public static PictureOptions Default { get; } = new();
    /// <summary>The folder relative picture paths resolve in (the data file's folder); null: file paths are refused.</summary>
    public string? Root { get; init; }
    /// <summary>Absolute paths and paths that climb out of <see cref="Root"/> are accepted (off by default).</summary>
    public bool AllowOutsideRoot { get; init; }
    /// <summary>Largest picture file, in bytes.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;
    /// <summary>Largest picture, in pixels (width × height).</summary>
    public long MaxPixels { get; init; } = 40_000_000;
}
