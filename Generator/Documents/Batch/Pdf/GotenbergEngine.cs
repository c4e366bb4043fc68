using System.Net;
using System.Net.Http.Headers;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// A Gotenberg service (https://gotenberg.dev), the LibreOffice conversion server that scales out behind a load balancer:
/// each document goes to its documented route POST /forms/libreoffice/convert as the multipart field <c>files</c>, and the
/// PDF comes back as the answer. The pool's workers bound how many requests are in flight; an answer that says "later"
/// (429, 502, 503, 504, or a connection that failed) is retried after its Retry-After or a growing pause.
/// </summary>
internal sealed class GotenbergEngine(HttpClient client, Uri service) : IPdfEngine
{
    /// <summary>The route, relative to the service's address.</summary>
    public const string Route = "forms/libreoffice/convert";

    const int Attempts = 4;
    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public PdfConversion Convert(string folder, IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct)
    {
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in documents)
        {
            var (pdf, problem) = ConvertOne(name, bytes, ct);
            if (pdf is not null) File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), pdf);
            else missing[name] = problem ?? "the PDF service gave no PDF";
        }
        return new PdfConversion(folder, missing);
    }

    (byte[]? Pdf, string? Problem) ConvertOne(string name, byte[] docx, CancellationToken ct)
    {
        var target = new Uri(service, Route);
        string? last = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            TimeSpan? wait = null;
            try
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(docx);
                file.Headers.ContentType = new MediaTypeHeaderValue(DocxType);
                form.Add(file, "files", name + ".docx");
                using var answer = client.PostAsync(target, form, ct).GetAwaiter().GetResult();
                var body = answer.Content.ReadAsByteArrayAsync(ct).GetAwaiter().GetResult();
                if (answer.IsSuccessStatusCode)
                {
                    if (body.Length >= 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') return (body, null);
                    return (null, $"the PDF service ({service}) answered {(int)answer.StatusCode} without a PDF");
                }
                last = $"the PDF service ({service}) answered HTTP {(int)answer.StatusCode}: {Said(body)}";
                if (!Retryable(answer.StatusCode)) return (null, last);
                wait = answer.Headers.RetryAfter?.Delta ?? (answer.Headers.RetryAfter?.Date is { } at ? at - DateTimeOffset.UtcNow : null);
            }
            catch (HttpRequestException e)
            {
                last = $"the PDF service ({service}) could not be reached: {e.Message}";
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                last = $"the PDF service ({service}) did not answer within {client.Timeout.TotalSeconds:0} s";
            }
            if (attempt < Attempts)
                Task.Delay(Clamp(wait ?? TimeSpan.FromMilliseconds(500 * (1 << (attempt - 1)))), ct).GetAwaiter().GetResult();
        }
        return (null, $"{last} (tried {Attempts} times)");
    }

    static bool Retryable(HttpStatusCode code) => code is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    static TimeSpan Clamp(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : t;

    // the first line of what the service said, short enough for a message
    static string Said(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400)).Trim();
        var line = text.Split('\n')[0].Trim();
        return line.Length == 0 ? "(no text)" : line.Length > 200 ? line[..200] + "…" : line;
    }
}
