using System.Security.Cryptography;

namespace OfficeTools.Documents.Identity;

/// <summary>
/// The per-campaign secret that seals each form's identity: 32 random bytes in <c>&lt;campaign id&gt;.key</c> (base64),
/// created on first use by generation (batch, the add-in's render) and only read by verification (collect, the
/// add-in's submit). The folder is never an output folder: <c>$OFFICETOOLS_KEYS</c> when set, else
/// <c>officetools/keys</c> under the user's local data folder (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on
/// Linux, <c>%LOCALAPPDATA%</c> on Windows). Files are created readable by their owner only.
/// </summary>
public static class CampaignKeys
{
    /// <summary>The environment variable naming the key folder.</summary>
    public const string FolderVariable = "OFFICETOOLS_KEYS";

    const int KeyBytes = 32;

    /// <summary>The key folder in use now (the variable is read on every call).</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } dir ? Path.GetFullPath(dir)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "officetools", "keys");

    /// <summary>The key file of a campaign.</summary>
    public static string PathOf(string campaignId) => Path.Combine(Folder, campaignId + ".key");

    /// <summary>The campaign's key for generating forms: read, or created (atomically, once) when there is none.</summary>
    /// <exception cref="CampaignKeyException">the id is not usable or the key cannot be read or written.</exception>
    public static byte[] ForGenerating(string campaignId)
    {
        if (Find(campaignId) is { } key) return key;
        var path = PathOf(campaignId);
        try
        {
            CreateFolder(Path.GetDirectoryName(path)!);
            var fresh = RandomNumberGenerator.GetBytes(KeyBytes);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var s = new FileStream(temp, options))
            using (var w = new StreamWriter(s))
                w.Write(Convert.ToBase64String(fresh));
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: everyone uses that one.
                File.Delete(temp);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CampaignKeyException($"cannot create the key of campaign '{campaignId}' in {Folder}: {e.Message}", e);
        }
        return Find(campaignId) ?? throw new CampaignKeyException($"the key of campaign '{campaignId}' vanished from {Folder}");
    }

    /// <summary>The campaign's key for verifying forms, or null when this machine has none (never creates one).</summary>
    /// <exception cref="CampaignKeyException">the id is not usable, or the key file is unreadable or damaged.</exception>
    public static byte[]? Find(string campaignId)
    {
        if (!Ledger.Campaign.IsValidId(campaignId)) throw new CampaignKeyException($"'{campaignId}' is not a usable campaign id");
        var path = PathOf(campaignId);
        string text;
        try
        {
            if (!File.Exists(path)) return null;
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CampaignKeyException($"cannot read the key of campaign '{campaignId}' ({path}): {e.Message}", e);
        }
        var key = new byte[KeyBytes];
        if (!Convert.TryFromBase64String(text, key, out var n) || n != KeyBytes)
            throw new CampaignKeyException($"the key file {path} is damaged (expected {KeyBytes} bytes in base64)");
        return key;
    }

    static void CreateFolder(string dir)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(dir);
        else Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

/// <summary>A campaign key that cannot be had: the message says which file and why.</summary>
public sealed class CampaignKeyException(string message, Exception? inner = null) : IOException(message, inner);
