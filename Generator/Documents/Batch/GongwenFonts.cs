using System.Diagnostics;
using System.Security;
using System.Text;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// The 公文 fonts the templates name, and what stands in for each when a machine lacks it, shipped with the product
/// so that every PDF it makes is set in the right faces (serif 仿宋 for the body, 小标宋 for titles, 黑体 and 楷体 for
/// headings) instead of whatever sans face the system picks. On Linux and macOS, LibreOffice finds fonts through
/// fontconfig: <see cref="WriteFontConfig"/> writes a configuration that adds, after each missing 公文 family, the
/// first substitutes from the list that the machine has (the fonts-noto-cjk and fonts-arphic packages on Debian).
/// A family the machine has is left alone.
/// </summary>
public static class GongwenFonts
{
    /// <summary>A 公文 family the templates name, its stand-ins in order of preference, and whether the stand-in is set bold.</summary>
    public sealed record Mapping(string Family, IReadOnlyList<string> StandIns, bool Bold = false);

    /// <summary>The mapping, one home for every PDF the product makes.</summary>
    public static readonly IReadOnlyList<Mapping> Mappings =
    [
        // 小标宋 is a heavy display serif: the closest free face is a bold CJK serif.
        new("方正小标宋简体", ["Source Han Serif SC", "Noto Serif CJK SC", "AR PL UMing CN"], Bold: true),
        new("仿宋_GB2312", ["FangSong", "仿宋", "AR PL UMing CN", "Noto Serif CJK SC"]),
        new("仿宋", ["FangSong", "AR PL UMing CN", "Noto Serif CJK SC"]),
        new("楷体_GB2312", ["KaiTi", "楷体", "AR PL UKai CN", "Noto Serif CJK SC"]),
        new("楷体", ["KaiTi", "AR PL UKai CN", "Noto Serif CJK SC"]),
        new("黑体", ["SimHei", "Source Han Sans SC", "Noto Sans CJK SC"]),
        new("宋体", ["SimSun", "Source Han Serif SC", "Noto Serif CJK SC", "AR PL UMing CN"]),
        // digits and Latin text: Times New Roman's metric twin keeps a digit half a character wide, as the 署名 and
        // 成文日期 positions count it (DejaVu Serif, what fontconfig otherwise picks, is a fifth wider)
        new("Times New Roman", ["Liberation Serif", "Tinos"]),
    ];

    /// <summary>
    /// Writes <c>fonts.conf</c> into <paramref name="folder"/> for the families this machine lacks and returns its path
    /// (to pass as FONTCONFIG_FILE), or null where fontconfig is not how LibreOffice finds fonts (Windows).
    /// </summary>
    public static string? WriteFontConfig(string folder)
    {
        if (OperatingSystem.IsWindows()) return null;
        var installed = InstalledFamilies();
        var path = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(path, FontConfig(installed), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The fontconfig text: the system configuration, then a rule per missing family (null: nothing is known to be installed).</summary>
    public static string FontConfig(IReadOnlySet<string>? installed)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<?xml version=\"1.0\"?>");
        sb.AppendLine("<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">");
        sb.AppendLine("<fontconfig>");
        sb.AppendLine("  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        foreach (var m in Mappings)
        {
            if (installed?.Contains(m.Family) == true) continue;
            var standIns = m.StandIns.Where(s => installed is null || installed.Contains(s)).ToList();
            if (standIns.Count == 0) continue;
            // "append" puts the stand-ins right after the family asked for, ahead of the language defaults the
            // system rules added; "strong" makes them outrank those defaults.
            sb.Append("  <match target=\"pattern\"><test name=\"family\"><string>").Append(SecurityElement.Escape(m.Family)).AppendLine("</string></test>");
            sb.AppendLine("    <edit name=\"family\" mode=\"append\" binding=\"strong\">");
            foreach (var s in standIns) sb.Append("      <string>").Append(SecurityElement.Escape(s)).AppendLine("</string>");
            sb.AppendLine("    </edit>");
            if (m.Bold) sb.AppendLine("    <edit name=\"weight\" mode=\"assign\" binding=\"strong\"><const>bold</const></edit>");
            sb.AppendLine("  </match>");
        }
        sb.AppendLine("</fontconfig>");
        return sb.ToString();
    }

    // Every family name fc-list knows (a font may carry several, comma-separated); null when fc-list cannot run.
    static HashSet<string>? InstalledFamilies()
    {
        try
        {
            var psi = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(":");
            psi.ArgumentList.Add("family");
            using var p = Process.Start(psi);
            if (p is null) return null;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit(10_000);
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(l => l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(f => f.Replace("\\-", "-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
