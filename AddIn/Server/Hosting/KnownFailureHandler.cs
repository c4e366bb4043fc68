using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Identity.Client;
using OfficeTools.AddIn.Server.Features;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>
/// Turns the failures a clerk can act on (ledger unreadable, store unreachable, refused, busy, not set up, sign-in
/// needing MFA) into problem responses in plain Chinese; the store's own (English, technical) message goes to the log only.
/// </summary>
public sealed class KnownFailureHandler(IProblemDetailsService problems, ILogger<KnownFailureHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Claims(exception) is { } claims)
        {
            // MFA or conditional access wants the user back: the pane asks Office/MSAL for a token with these claims
            // and tries once more (https://learn.microsoft.com/entra/identity-platform/claims-challenge).
            logger.LogInformation("on-behalf-of exchange needs interaction: {Message}", exception.Message);
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            httpContext.Response.Headers.WWWAuthenticate =
                $"Bearer error=\"insufficient_claims\", claims=\"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(claims))}\"";
            await httpContext.Response.WriteAsJsonAsync(new { error = "claims_challenge", claims, message = Problems.ClaimsChallengeText }, cancellationToken);
            return true;
        }
        var (status, title, detail) = exception switch
        {
            LedgerUnavailableException => (StatusCodes.Status503ServiceUnavailable, "台账无法读取", exception.Message),
            StoreException s => Problems.StoreFailure(s.Kind),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        logger.LogWarning("{Title}: {Message}", title, exception.Message);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    // The claims an Entra answer asks for (MFA, conditional access), anywhere in the exception's chain.
    static string? Claims(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is MsalServiceException { Claims: { Length: > 0 } c }) return c;
        return null;
    }
}
