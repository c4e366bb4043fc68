using System.Globalization;
using Scriban.Runtime;

namespace OfficeTools.Engine.Rendering.Pictures;

/// <summary>
/// Turns a data value into picture bytes: a data URI (<c>data:image/png;base64,…</c>), an object with
/// <c>base64</c> or <c>path</c>, or a plain string that is a path under <see cref="PictureOptions.Root"/>.
/// Errors are returned as text for the caller to locate.
/// </summary>
internal static class PictureSource
{
    /// <summary>The picture's bytes and header, or an error message.</summary>
    public static (byte[]? Bytes, ImageInfo? Info, string? Error) Load(object? value, PictureOptions options)
    {
        var (bytes, error) = value switch
        {
            null => (null, "the value is empty"),
            string s when s.StartsWith("data:", StringComparison.OrdinalIgnoreCase) => DataUri(s, options),
            string s => File(s, options),
            ScriptObject o when o.TryGetValue("base64", out var b64) => Base64(b64 as string ?? "", options),
            ScriptObject o when o.TryGetValue("path", out var p) => File(p as string ?? "", options),
            byte[] raw => (raw, null),
            _ => ((byte[]?)null, "expected a file path, a data:image/…;base64 URI, or an object with base64 or path"),
        };
        if (bytes == null) return (null, null, error);
        if (bytes.LongLength > options.MaxBytes)
            return (null, null, $"the picture is {N(bytes.LongLength)} bytes, above the limit of {N(options.MaxBytes)}");
        if (ImageHeader.Read(bytes) is not { } info) return (null, null, "the bytes are not a PNG, JPEG or GIF picture");
        if ((long)info.Width * info.Height > options.MaxPixels)
            return (null, null, $"the picture is {info.Width}×{info.Height} pixels, above the limit of {N(options.MaxPixels)}");
        return (bytes, info, null);
    }

    static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    static (byte[]?, string?) DataUri(string s, PictureOptions options)
    {
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !s[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) return (null, "a data URI must be base64 (data:image/png;base64,…)");
        return Base64(s[(comma + 1)..], options);
    }

    static (byte[]?, string?) Base64(string s, PictureOptions options)
    {
        if ((s.Length / 4L * 3) > options.MaxBytes + 3) return (null, $"the picture is larger than the limit of {N(options.MaxBytes)} bytes");
        try
        {
            return (Convert.FromBase64String(s.Trim()), null);
        }
        catch (FormatException)
        {
            return (null, "the base64 text is not valid base64");
        }
    }

    static (byte[]?, string?) File(string path, PictureOptions options)
    {
        if (path.Trim().Length == 0) return (null, "the path is empty");
        if (options.Root == null && !options.AllowOutsideRoot)
            return (null, $"'{path}': pictures from files need a picture folder, and none is set: give the picture as base64 (data:image/png;base64,…) or set the folder");
        var root = Path.GetFullPath(options.Root ?? Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(Path.Combine(root, path));
        var inside = full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside && !options.AllowOutsideRoot) return (null, $"'{path}' is outside the picture folder");
        var info = new FileInfo(full);
        if (!info.Exists) return (null, $"'{path}': no such file");
        // A symbolic link inside the folder (the file or a folder on the way) may point out of it: its final target must be inside too.
        if (!options.AllowOutsideRoot)
        {
            string real, realRoot;
            try
            {
                (real, realRoot) = (Real(full), Real(root));
            }
            catch (IOException e)
            {
                return (null, $"'{path}': {e.Message}");
            }
            if (!real.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return (null, $"'{path}' is a symbolic link (or lies in a linked folder) that leads outside the picture folder");
            info = new FileInfo(real);
        }
        if (info.Length > options.MaxBytes) return (null, $"'{path}' is {N(info.Length)} bytes, above the limit of {N(options.MaxBytes)}");
        return (System.IO.File.ReadAllBytes(info.FullName), null);
    }

    /// <summary>The path with every symbolic link on it (folders and the file) replaced by its final target.</summary>
    static string Real(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.LinkTarget == null) continue;
            if (depth > 32) throw new IOException("too many levels of symbolic links");
            current = entry.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Real(target.FullName, depth + 1) : current;
        }
        return current;
    }
}
