namespace OfficeTools.GraphEmulator;

/// <summary>
/// The names SharePoint Online refuses for files and folders and its path limit
/// (https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa):
/// CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, .lock, desktop.ini, names starting with ~$, any name containing _vti_,
/// "forms" as a folder at a library's root, the characters " * : &lt; &gt; ? / \ |, and 400 characters for the whole
/// decoded path (site, library, folders and file name). The emulator's own copy: it shares no code with the product.
/// </summary>
public static class SharePointNames
{
    static readonly HashSet<string> Devices = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).Select(i => $"COM{i}"), .. Enumerable.Range(0, 10).Select(i => $"LPT{i}")],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The 400 answer for a path SharePoint would refuse, or null.</summary>
    public static EmuResponse? Refuses(string sitePath, string library, string path)
    {
        var full = $"{sitePath.TrimEnd('/')}/{library}/{path}";
        if (full.Length > 400)
            return EmuResponse.Error(400, "invalidRequest", $"The path is {full.Length} characters long; SharePoint allows 400 for the whole decoded path.");
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i];
            var isRootFolder = i == 0 && segments.Length > 1;
            if (Bad(name, isRootFolder) is { } why)
                return EmuResponse.Error(400, "invalidRequest", $"The name «{name}» is not allowed: {why}.");
        }
        return null;
    }

    static string? Bad(string name, bool isRootFolder)
    {
        if (name.Length == 0) return "empty name";
        if (name.IndexOfAny(['"', '*', ':', '<', '>', '?', '\\', '|']) >= 0) return "it holds a character SharePoint does not allow";
        if (name != name.Trim()) return "leading or trailing spaces";
        if (Devices.Contains(name) || Devices.Contains(name.Split('.')[0])) return "reserved device name";
        if (name.Equals(".lock", StringComparison.OrdinalIgnoreCase) || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase)) return "reserved file name";
        if (name.StartsWith("~$", StringComparison.Ordinal)) return "names starting with ~$ are reserved for Office's lock files";
        if (name.Contains("_vti_", StringComparison.OrdinalIgnoreCase)) return "_vti_ is reserved";
        if (isRootFolder && name.Equals("forms", StringComparison.OrdinalIgnoreCase)) return "«forms» is reserved at a library's root";
        return null;
    }
}
