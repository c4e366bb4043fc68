using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>A started Graph emulator and the store settings pointing at it (static test token, fast retries).</summary>
public sealed class Emulated : IDisposable
{
    /// <summary>An app-only Graph token of the test app (Sites.Selected; the emulated site grants it fullcontrol).</summary>
    public static readonly string Token = EmulatorTokens.App();

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

    /// <summary>A raw HTTP client carrying the test app's token, for requests the store would not make.</summary>
    public HttpClient Http()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    public EmuDrive Library => Server.State.Drive("Forms");
    public EmuList List => Server.State.List("Submissions");

    public void Dispose() => Server.Dispose();
}
