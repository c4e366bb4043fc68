using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    static bool IsGraphFailure(Exception e) => e is ODataError or ApiException or HttpRequestException or AggregateException
        or Microsoft.Graph.ServiceException or TaskCanceledException { InnerException: TimeoutException } or Azure.Identity.AuthenticationFailedException;

    static StoreException Fail(string what, Exception e) => e switch
    {
        StoreException s => s,
        ODataError { ResponseStatusCode: 401 or 403 } o => new StoreException($"SharePoint refused {what}: HTTP {o.ResponseStatusCode} {o.Error?.Code}: {o.Error?.Message}", e, StoreFailure.Denied),
        ODataError { ResponseStatusCode: 404 } o when what.StartsWith("finding", StringComparison.Ordinal) =>
            new StoreException($"SharePoint refused {what}: HTTP 404 {o.Error?.Code}: {o.Error?.Message}", e, StoreFailure.NotSetUp),
        ODataError o => new StoreException($"SharePoint refused {what}: HTTP {o.ResponseStatusCode} {o.Error?.Code}: {o.Error?.Message}", e),
        AggregateException a when a.Message.Contains("Too many retries", StringComparison.OrdinalIgnoreCase) =>
            new StoreException($"SharePoint kept answering «busy» (throttled or unavailable) while {what}; gave up after the configured retries — try again later", e, StoreFailure.Busy),
        Azure.Identity.AuthenticationFailedException auth => new StoreException($"signing in to SharePoint failed while {what}: {auth.Message}", e, StoreFailure.SignIn),
        ApiException api => new StoreException($"SharePoint failed {what}: HTTP {api.ResponseStatusCode}: {api.Message}", e),
        _ => new StoreException($"SharePoint could not be reached while {what}: {e.Message}", e, StoreFailure.Unreachable),
    };
}

/// <summary>An upload with conflictBehavior fail met a file of that name (409, on a simple PUT or an upload session's final range).</summary>
sealed class NameTakenException(string path, Exception inner) : Exception($"SharePoint already has a file at {path}", inner)
{
    /// <summary>The path taken.</summary>
    public string Path { get; } = path;
}
