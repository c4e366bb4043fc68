using System.Diagnostics;

namespace OfficeTools.Testing;

/// <summary>
/// A real small file system for failure tests: a tmpfs mounted on a folder (root only), so "disk full" and
/// "read-only" come from the kernel, not from a mock. Tests skip with the reason when mounting is not allowed.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    /// <summary>The mounted folder.</summary>
    public string Path { get; }

    SmallDisk(string path) => Path = path;

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. "2m") on a new folder; null and <paramref name="why"/> when it cannot (skip then).</summary>
    public static SmallDisk? TryMount(string size, out string why)
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ot-disk-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var (code, err) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", dir);
        why = $"cannot mount a tmpfs here (mount exit {code}: {err.Trim()})";
        if (code == 0) return new SmallDisk(dir);
        Directory.Delete(dir);
        return null;
    }

    /// <summary>Makes the file system read-only (writes refused for root too); false and <paramref name="why"/> when it cannot.</summary>
    public bool TryMakeReadOnly(out string why)
    {
        var (code, err) = Run("mount", "-o", "remount,ro", Path);
        why = $"cannot remount read-only (mount exit {code}: {err.Trim()})";
        return code == 0;
    }

    /// <summary>Fills the disk with one file until at most <paramref name="leftBytes"/> are free.</summary>
    public void Fill(long leftBytes)
    {
        var free = new DriveInfo(Path).AvailableFreeSpace;
        using var f = new FileStream(System.IO.Path.Combine(Path, "filler.bin"), FileMode.Create);
        var chunk = new byte[4096];
        try
        {
            for (long n = 0; n < free - leftBytes; n += chunk.Length) f.Write(chunk);
            f.Flush();
        }
        catch (IOException) { }
    }

    static (int Code, string Err) Run(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) info.ArgumentList.Add(a);
            using var p = Process.Start(info)!;
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, err);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    /// <summary>Unmounts and removes the folder.</summary>
    public void Dispose()
    {
        Run("umount", "-l", Path);
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
