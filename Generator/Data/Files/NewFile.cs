namespace OfficeTools.Data;

/// <summary>
/// Writes files that do not exist yet: staging outputs and temporary files that are then moved into place.
/// </summary>
/// <remarks>
/// File.WriteAllBytes opens with FileMode.Create, which .NET turns into open + lock + ftruncate(0) on Unix; ext4
/// treats a file truncated to zero as "rewritten" and starts writing it to disk when it is closed. For a thousand
/// small documents that flush costs more than rendering them. CreateNew never truncates, and also refuses to
/// clobber a file that appeared under the same name.
/// </remarks>
public static class NewFile
{
    /// <summary>Creates <paramref name="path"/> (it must not exist) for writing, unbuffered: write whole buffers to it.</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    /// <summary>Creates <paramref name="path"/> (it must not exist) holding <paramref name="bytes"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }
}
