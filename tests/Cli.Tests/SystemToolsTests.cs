using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>The helper the LibreOffice, poppler and Chromium tests find their programs with.</summary>
public class SystemToolsTests
{
    [Fact]
    public void A_missing_program_fails_the_test_naming_it_and_the_apt_line_that_installs_it()
    {
        var failed = Assert.ThrowsAny<Exception>(() => SystemTools.Require("officetools-no-such-tool", "The test tool", "officetools-test-package"));
        // a failure, not a skip: CI installs everything, so a missing program there is an error
        Assert.Equal("Xunit.Sdk.FailException", failed.GetType().FullName);
        Assert.StartsWith("The test tool is not installed (not on PATH). Install it with: sudo apt-get install -y officetools-test-package ", failed.Message, StringComparison.Ordinal);
        Assert.Contains(SystemTools.AptLine, failed.Message, StringComparison.Ordinal);
        Assert.Contains(".ci/run", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_on_PATH_is_found_by_its_full_path()
    {
        var sh = SystemTools.Require("sh", "sh", "dash");
        Assert.True(Path.IsPathRooted(sh) && File.Exists(sh), sh);
    }
}
