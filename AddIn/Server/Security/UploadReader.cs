namespace OfficeTools.AddIn.Server.Security;

/// <summary>Reads a request body into memory, refusing it as soon as it passes the size limit.</summary>
public static class UploadReader
{
    /// <summary>The bytes, or a 413 problem (too large), 408 (too slow) or 400 (cut off).</summary>
    public sealed record Body(byte[]? Bytes, UploadProblem? Problem);

    /// <summary>Reads at most <paramref name="limit"/> bytes of the body.</summary>
    public static async Task<Body> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return TooLarge(request.ContentLength.Value, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit) return TooLarge(buffer.Length + read, limit);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit + 1, limit);
        }
        catch (Exception e) when (BrokenRequestGuard.Classify(e, request.HttpContext) is { } broken)
        {
            request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UploadReader))
                .LogWarning("Upload to {Path} stopped after {Bytes} bytes with {Status}: {Reason}", request.Path, buffer.Length,
                    broken.Status, broken.Reason);
            return new Body(null, new UploadProblem(broken.Status, broken.Status == 408 ? "too-slow" : "incomplete",
                BrokenRequestGuard.Message(broken.Status)));
        }
        return new Body(buffer.ToArray(), null);
    }

    static Body TooLarge(long size, long limit) =>
        new(null, new UploadProblem(413, "too-large", $"文件太大：至少 {size / 1024} KB，上限 {limit / 1024} KB。请删去文档中的大图片后再提交。"));
}
