namespace OfficeTools.Collect.Tests;

public class SmokeTests
{
    [Fact]
    public void RepositoryRootIsFound() => Assert.True(File.Exists(OfficeTools.Testing.RepoPaths.Of("OfficeTools.sln")));
}
