using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// Uploads that stall or break off, sent over a raw socket to the service on loopback: the client gets 408 / 400
/// (or, gone, nothing), the service logs one line naming the reason and no error, and keeps answering.
/// </summary>
public class BrokenUploadTests(BrokenUploadTests.App app) : IClassFixture<BrokenUploadTests.App>
{
    public sealed class App : LiveAddInApplication
    {
        public LogCapture Logs { get; } = new();

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Auth:ClientId"] = "",
            ["AddIn:RequestBodyGraceSeconds"] = "1.5",
            ["AddIn:MinRequestBodyBytesPerSecond"] = "240",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
        }
    }

    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    async Task<TcpClient> Connect()
    {
        logStart = app.Logs.Entries.Count;
        var address = new Uri(app.Address);
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port, TestContext.Current.CancellationToken);
        return tcp;
    }

    static byte[] Head(string path, string type, int length, int port) => Encoding.ASCII.GetBytes(
        $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {type}\r\nContent-Length: {length}\r\n\r\n");

    static async Task<string> ReadStatusLine(NetworkStream stream)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        var text = new StringBuilder();
        int read;
        try
        {
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
                if (text.ToString().Contains("\r\n", StringComparison.Ordinal)) break;
            }
        }
        catch (IOException e)
        {
            return "RESET after [" + text + "] " + e.Message;
        }
        var all = text.ToString();
        return all.Contains("\r\n", StringComparison.Ordinal) ? all[..all.IndexOf("\r\n", StringComparison.Ordinal)] : all;
    }

    async Task AssertStillAnswering()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.Address) };
        var response = await client.GetAsync("/api/units", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // the tests of a class run one after another: each looks at the lines logged since it started
    int logStart;

    async Task AssertLogged(string words)
    {
        bool Match(LogCapture.Entry e) => e.Message.Contains(words, StringComparison.Ordinal);
        // the server may log just after the client saw the response
        for (var i = 0; i < 50 && !app.Logs.Entries.Skip(logStart).Any(Match); i++)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        var lines = app.Logs.Entries.Skip(logStart).Where(Match).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain('\n', l.Message));
        Assert.Empty(app.Logs.Failures);
    }

    [Fact]
    public async Task A_stalled_upload_gets_408_and_the_service_keeps_answering()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tcp = await Connect();
        var stream = tcp.GetStream();
        var port = new Uri(app.Address).Port;
        await stream.WriteAsync(Head("/api/submissions/U001", DocxType, 100_000, port), ct);
        await stream.WriteAsync(new byte[100], ct);
        // then nothing: slower than the minimum rate once the 1.5-second grace has passed
        Assert.StartsWith("HTTP/1.1 408", await ReadStatusLine(stream), StringComparison.Ordinal);
        await AssertLogged("408");
        await AssertStillAnswering();
    }

    [Fact]
    public async Task A_broken_chunked_upload_gets_400()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tcp = await Connect();
        var stream = tcp.GetStream();
        var head = $"POST /api/submissions/U002 HTTP/1.1\r\nHost: 127.0.0.1:{new Uri(app.Address).Port}\r\nContent-Type: {DocxType}\r\n" +
            "Transfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "10\r\n0123456789abcdef\r\nzz-not-a-size\r\n"), ct);
        Assert.StartsWith("HTTP/1.1 400", await ReadStatusLine(stream), StringComparison.Ordinal);
        await AssertLogged("with 400");
        await AssertStillAnswering();
        Assert.Empty(StoredFiles("U002"));
    }

    [Fact]
    public async Task An_upload_cut_short_by_the_client_is_logged_and_nothing_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tcp = await Connect();
        var stream = tcp.GetStream();
        await stream.WriteAsync(Head("/api/submissions/U001", DocxType, 100_000, new Uri(app.Address).Port), ct);
        await stream.WriteAsync(Docs.Form("U001").AsMemory(0, 500), ct);
        // Kestrel takes the end of the client's stream for the end of the connection: no one is left to answer
        tcp.Client.Shutdown(SocketShutdown.Send);
        Assert.DoesNotContain("HTTP/1.1 5", await ReadStatusLine(stream), StringComparison.Ordinal);
        // Kestrel reports it as the end of the content or as the connection gone, whichever it sees first
        await AssertLogged("/api/submissions/U001");
        await AssertStillAnswering();
        Assert.Empty(StoredFiles("U001"));
    }

    string[] StoredFiles(string unitId)
    {
        var root = Path.Combine(app.DataRoot, "store");
        return Directory.Exists(root) ? Directory.GetFiles(root, $"{unitId}*.docx", SearchOption.AllDirectories) : [];
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_upload_is_logged_not_an_error()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var tcp = await Connect())
        {
            var stream = tcp.GetStream();
            await stream.WriteAsync(Head("/api/submissions/U003", DocxType, 100_000, new Uri(app.Address).Port), ct);
            await stream.WriteAsync(new byte[1000], ct);
            await Task.Delay(200, ct);
            tcp.Client.LingerState = new LingerOption(true, 0);
        }
        await AssertLogged("/api/submissions/U003");
        await AssertStillAnswering();
    }

    [Fact]
    public async Task A_stalled_json_body_gets_408_with_a_log_line()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tcp = await Connect();
        var stream = tcp.GetStream();
        await stream.WriteAsync(Head("/api/render", "application/json", 5000, new Uri(app.Address).Port), ct);
        await stream.WriteAsync("{\"template\":\"form\","u8.ToArray(), ct);
        var status = await ReadStatusLine(stream);
        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        await AssertLogged("408");
        Assert.Empty(app.Logs.Failures);
        await AssertStillAnswering();
    }
}
