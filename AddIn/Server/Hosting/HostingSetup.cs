using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Security;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>Wires options, CORS, request limits and error responses.</summary>
public static class HostingSetup
{
    /// <summary>Adds the service's options, CORS for the add-in's origin, size limits and problem details.</summary>
    public static WebApplicationBuilder AddAddInHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AddInOptions>().BindConfiguration(AddInOptions.Section);
        builder.Services.AddSingleton(sp => new DocxInspector(sp.GetRequiredService<IOptions<AddInOptions>>().Value));
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<AddInOptions>>((c, o) => c.AddDefaultPolicy(p =>
        {
            // no origins configured: no cross-origin caller at all (the task pane is served from this origin)
            if (o.Value.AllowedOrigins.Count > 0)
                p.WithOrigins([.. o.Value.AllowedOrigins]).WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type");
        }));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<AddInOptions>>((k, o) =>
        {
            k.Limits.MaxRequestBodySize = o.Value.MaxUploadBytes;
            // a body slower than this after the grace period is cut off with 408 (BrokenRequestGuard logs it)
            // 0 switches the check off; Kestrel wants a grace period over one second
            k.Limits.MinRequestBodyDataRate = o.Value.MinRequestBodyBytesPerSecond > 0
                ? new MinDataRate(o.Value.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(Math.Max(o.Value.RequestBodyGraceSeconds, 1.1)))
                : null;
        });
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>
    /// Serves the task pane: from the content root's wwwroot (dotnet run, publish), else from the copy beside the
    /// binaries, so the service works when started from any folder.
    /// </summary>
    public static WebApplication UseTaskPaneFiles(this WebApplication app)
    {
        var root = app.Environment.WebRootPath is { } w && Directory.Exists(w) ? w : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["taskpane.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapPortal(files);
        return app;
    }

    /// <summary>After the server starts, stops it if it ended up on a non-loopback address without sign-in.</summary>
    public static WebApplication UseLoopbackCheckOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var refusal = LoopbackGuard.Refusal(addresses, app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Enabled);
            if (refusal == null) return;
            app.Logger.LogCritical("{Refusal}", refusal);
            app.Lifetime.StopApplication();
        });
        return app;
    }
}
