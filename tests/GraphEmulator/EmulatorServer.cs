using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace OfficeTools.GraphEmulator;

/// <summary>
/// A Microsoft Graph emulator on 127.0.0.1 for tests: in-memory SharePoint site, libraries, lists, upload
/// sessions and $batch, in Graph's JSON shapes, with fault injection (429/503 with Retry-After, dropped
/// connections, 409, 412, slow answers) through <see cref="Faults"/> or the control API under /_emulator.
/// </summary>
public sealed partial class EmulatorServer : IDisposable
{
    WebApplication? app;
    readonly int port;

    /// <summary>An emulator that will listen on <paramref name="port"/> (0: a free port).</summary>
    public EmulatorServer(int port = 0, GraphState? state = null)
    {
        this.port = port;
        State = state ?? GraphState.Create();
        Router = new GraphRouter(State, Faults, Counters, () => BaseUrl);
    }

    /// <summary>The tenant's state.</summary>
    public GraphState State { get; }
    /// <summary>Armed faults.</summary>
    public FaultSet Faults { get; } = new();
    /// <summary>Request counters.</summary>
    public Counters Counters { get; } = new();
    /// <summary>The router (page size is adjustable for paging tests).</summary>
    public GraphRouter Router { get; }
    /// <summary>The root URL, e.g. http://127.0.0.1:41234 (control API under /_emulator).</summary>
    public string RootUrl { get; private set; } = "";
    /// <summary>The Graph base URL to give the SDK: RootUrl + /v1.0.</summary>
    public string BaseUrl => RootUrl + "/v1.0";
    /// <summary>The Authorization header values seen (distinct), to prove tokens are sent.</summary>
    public HashSet<string> Authorizations { get; } = [];
    /// <summary>The User-Agent header values seen (distinct): Microsoft asks callers to name themselves
    /// (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).</summary>
    public HashSet<string> UserAgents { get; } = [];
    /// <summary>Every request as "METHOD decoded-path", in arrival order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> RequestLog { get; } = new();

    /// <summary>Starts listening; returns this for chaining.</summary>
    public EmulatorServer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = 256L * 1024 * 1024;
        });
        app = builder.Build();
        app.Run(ServeAsync);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        RootUrl = address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return this;
    }

    /// <summary>Blocks until the host stops (for <c>dotnet run</c>).</summary>
    public void WaitForShutdown() => app?.WaitForShutdown();

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        if (app is null) return;
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        app = null;
    }

    /// <summary>Splits "path?query" into a decoded, segment-wise path and a decoded query dictionary.</summary>
    public static (string Path, Dictionary<string, string> Query) SplitTarget(string target)
    {
        var q = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = q < 0 ? target : target[..q];
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (q >= 0)
        {
            foreach (var pair in target[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var key = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
                query[key] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }
        // Each segment is decoded on its own, except that an encoded slash inside a segment (site by path) stays one segment's content.
        var path = string.Join('/', rawPath.Trim('/').Split('/').Select(Uri.UnescapeDataString));
        return (path, query);
    }

    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
