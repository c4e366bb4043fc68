using Xunit;

namespace OfficeTools.Testing;

/// <summary>
/// The programs some tests run (LibreOffice, poppler-utils, Chromium): found on PATH, or the test fails — never
/// skips, CI installs them (.ci/run) — with one line naming what is missing and the apt-get line that installs it.
/// </summary>
public static class SystemTools
{
    /// <summary>What the README's one command installs on Debian/Ubuntu, for every test at once.</summary>
    public const string AptLine = "sudo apt-get update && sudo apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui " +
        "fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-liberation2 poppler-utils chromium nodejs npm";

    /// <summary>LibreOffice's soffice.</summary>
    public static string Soffice => Require("soffice", "LibreOffice", "libreoffice-writer-nogui");

    /// <summary>Headless Chromium for the browser tests (Playwright cannot download its own here).</summary>
    public static string Chromium => Require("chromium", "Chromium", "chromium");

    /// <summary>A poppler tool: pdftotext, pdfinfo, pdftoppm, pdfimages.</summary>
    public static string Poppler(string tool) => Require(tool, tool + " (poppler-utils)", "poppler-utils");

    /// <summary>LibreOffice with Calc, which opens .xlsx; soffice alone loads none.</summary>
    public static string Calc
    {
        get
        {
            var soffice = Soffice;
            var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(true)?.FullName ?? soffice)!;
            if (!new[] { program, "/usr/lib/libreoffice/program" }.Any(p => File.Exists(Path.Combine(p, "libsclo.so"))))
                Assert.Fail(Message("LibreOffice Calc (soffice cannot open .xlsx without it)", "libreoffice-calc-nogui"));
            return soffice;
        }
    }

    /// <summary>The full path of <paramref name="tool"/> on PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    /// <summary>The path of <paramref name="tool"/>, or a failed test saying what is missing and how to install it.</summary>
    public static string Require(string tool, string what, string package)
    {
        if (Find(tool) is { } path) return path;
        Assert.Fail(Message(what, package));
        return null!;
    }

    /// <summary>The line a test fails with when <paramref name="what"/> is missing.</summary>
    public static string Message(string what, string package) =>
        $"{what} is not installed (not on PATH). Install it with: sudo apt-get install -y {package} " +
        $"(everything the tests need: {AptLine}); CI installs it in .ci/run.";
}
