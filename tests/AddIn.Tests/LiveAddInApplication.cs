using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OfficeTools.AddIn.Tests;

/// <summary>The service on real Kestrel at 127.0.0.1 (a free port), for clients outside the test host: a browser, a load run.</summary>
public class LiveAddInApplication : AddInApplication
{
    /// <summary>Listens on loopback, port chosen by the system.</summary>
    public LiveAddInApplication() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the server listens on (starts it on first use), e.g. http://127.0.0.1:40123.</summary>
    public string Address
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }
}
