using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OfficeTools.PdfServiceEmulator;

/// <summary>
/// Gotenberg's LibreOffice route on 127.0.0.1 for tests, converting with the local soffice. It follows Gotenberg 8's
/// route (pkg/modules/libreoffice/routes.go, https://gotenberg.dev/docs/routes#office-documents-into-pdfs-route):
/// POST /forms/libreoffice/convert, multipart form data whose files are the documents (their extension says the format);
/// one file answers with the PDF itself (application/pdf), several with a zip of the PDFs; no file is 400; a document
/// LibreOffice cannot convert is 500 "Internal Server Error", as an error Gotenberg does not map gives. Busy answers
/// (503 with Retry-After) can be armed, and the most requests in flight at once is counted.
/// </summary>
public sealed class GotenbergEmulator(string soffice) : IDisposable
{
    WebApplication? _app;
    int _inFlight;
    int _busy;

    /// <summary>The service's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");
    /// <summary>Conversion requests answered (busy answers included).</summary>
    public int Requests;
    /// <summary>The most conversion requests in flight at once.</summary>
    public int MostAtOnce;

    /// <summary>The next <paramref name="count"/> requests are answered 503 with Retry-After: 1.</summary>
    public void BusyFor(int count) => Interlocked.Exchange(ref _busy, count);

    /// <summary>Starts listening on a free loopback port.</summary>
    public GotenbergEmulator Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/forms/libreoffice/convert", Convert);
        _app.StartAsync().GetAwaiter().GetResult();
        Url = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return this;
    }

    async Task Convert(HttpContext ctx)
    {
        Interlocked.Increment(ref Requests);
        var now = Interlocked.Increment(ref _inFlight);
        for (int most; now > (most = Volatile.Read(ref MostAtOnce)) && Interlocked.CompareExchange(ref MostAtOnce, now, most) != most;) { }
        try
        {
            if (Interlocked.Decrement(ref _busy) >= 0)
            {
                ctx.Response.StatusCode = 503;
                ctx.Response.Headers.RetryAfter = "1";
                await ctx.Response.WriteAsync("Service Unavailable").ConfigureAwait(false);
                return;
            }
            var form = await ctx.Request.ReadFormAsync().ConfigureAwait(false);
            if (form.Files.Count == 0)
            {
                ctx.Response.StatusCode = 400;
                await ctx.Response.WriteAsync("At least one file is required").ConfigureAwait(false);
                return;
            }
            var work = Directory.CreateTempSubdirectory("gotenberg-emu-").FullName;
            try
            {
                var inputs = new List<string>();
                foreach (var f in form.Files)
                {
                    var path = Path.Combine(work, Path.GetFileName(f.FileName));
                    await using (var s = File.Create(path)) await f.CopyToAsync(s).ConfigureAwait(false);
                    inputs.Add(path);
                }
                var pdfs = Soffice(work, inputs);
                if (pdfs.Any(p => !File.Exists(p)))
                {
                    ctx.Response.StatusCode = 500;
                    await ctx.Response.WriteAsync("Internal Server Error").ConfigureAwait(false);
                    return;
                }
                if (pdfs.Count == 1)
                {
                    ctx.Response.ContentType = "application/pdf";
                    await ctx.Response.Body.WriteAsync(await File.ReadAllBytesAsync(pdfs[0]).ConfigureAwait(false)).ConfigureAwait(false);
                    return;
                }
                ctx.Response.ContentType = "application/zip";
                using var zip = new MemoryStream();
                using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                    foreach (var p in pdfs) archive.CreateEntryFromFile(p, Path.GetFileName(p));
                await ctx.Response.Body.WriteAsync(zip.ToArray()).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    // each request with a profile of its own, as Gotenberg keeps its LibreOffice instances apart
    List<string> Soffice(string work, List<string> inputs)
    {
        var outDir = Path.Combine(work, "out");
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(work, "profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", outDir })
            psi.ArgumentList.Add(a);
        foreach (var i in inputs) psi.ArgumentList.Add(i);
        using var p = Process.Start(psi)!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return [.. inputs.Select(i => Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(i), ".pdf")))];
    }

    /// <summary>Stops the service.</summary>
    public void Dispose()
    {
        _app?.StopAsync().GetAwaiter().GetResult();
        (_app as IDisposable)?.Dispose();
    }
}
