using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>A started Graph emulator and the store settings pointing at it (static test token, fast retries).</summary>
public sealed class Emulated : IDisposable
{
    public const string Token = "test-token-123";

    public Emulated()
    {
        Server = new EmulatorServer().Start();
        Options = new StoreOptions
        {
            Kind = "sharepoint", SiteHost = Server.State.Host, SitePath = Server.State.SitePath, BaseUrl = Server.BaseUrl,
            Credential = "static", StaticToken = Token, Library = "Forms", List = "Submissions", MaxRetries = 3,
        };
    }

    public EmulatorServer Server { get; }
    public StoreOptions Options { get; }

    /// <summary>Store setting overrides for CollectRun/PublishRun (as --set would give).</summary>
    public Dictionary<string, string?> Overrides => new()
    {
        ["SiteHost"] = Options.SiteHost, ["SitePath"] = Options.SitePath, ["BaseUrl"] = Options.BaseUrl,
        ["Credential"] = "static", ["StaticToken"] = Token,
    };

    public SharePointFormStore Store(Action<StoreOptions>? tweak = null)
    {
        var o = new StoreOptions
        {
            Kind = Options.Kind, SiteHost = Options.SiteHost, SitePath = Options.SitePath, BaseUrl = Options.BaseUrl,
            Credential = Options.Credential, StaticToken = Options.StaticToken, MaxRetries = Options.MaxRetries,
        };
        tweak?.Invoke(o);
        return SharePointFormStore.Create(o);
    }

    public EmuDrive Library => Server.State.Drive("Forms");
    public EmuList List => Server.State.List("Submissions");

    public void Dispose() => Server.Dispose();
}
