using Microsoft.AspNetCore.Diagnostics;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>Turns the failures a clerk can act on (ledger unreadable, store unreachable) into plain problem responses.</summary>
public sealed class KnownFailureHandler(IProblemDetailsService problems, ILogger<KnownFailureHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            LedgerUnavailableException => (StatusCodes.Status503ServiceUnavailable, "台账无法读取"),
            StoreException => (StatusCodes.Status502BadGateway, "文档库暂时无法访问"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        logger.LogWarning("{Title}: {Message}", title, exception.Message);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
