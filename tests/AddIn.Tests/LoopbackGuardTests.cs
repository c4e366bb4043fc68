using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Tests;

public class LoopbackGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("https://127.0.0.2", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://addin.county.gov", false)]
    public void Loopback_is_recognised(string url, bool loopback) => Assert.Equal(loopback, LoopbackGuard.IsLoopback(url));

    [Fact]
    public void Sign_in_lifts_the_restriction() =>
        Assert.Null(LoopbackGuard.Refusal(["http://0.0.0.0:80"], signInConfigured: true));

    static Task<(int Code, string Err)> Start(params string[] args) =>
        ServerProcess.RunAsync(new Dictionary<string, string> { ["Auth__ClientId"] = "" }, args);

    [Fact]
    public async Task Started_on_all_interfaces_without_sign_in_it_refuses_and_says_why()
    {
        var (code, err) = await Start("--urls", "http://0.0.0.0:0");
        Assert.Equal(1, code);
        Assert.Contains("拒绝启动", err, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", err, StringComparison.Ordinal);
        Assert.Contains("Auth:ClientId", err, StringComparison.Ordinal);
    }
}
