using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// Builds the GraphServiceClient the way the Graph notes require: the SDK's default handlers (retry honouring
/// Retry-After, redirects), our own auth provider asking for the cloud's Graph scope, whose allowed hosts are the cloud's Graph host and the configured base URL's host
/// (loopback included, else no token is sent to an emulator), and the base URL passed explicitly.
/// </summary>
public static class GraphClientBuilder
{
    /// <summary>The scope asked for app and delegated tokens: the cloud's Graph endpoint with <c>/.default</c>.</summary>
    public static string[] Scopes(StoreOptions options) => [options.National.GraphScope];

    /// <summary>
    /// How OfficeTools names itself to SharePoint: "ISV|Company|App/Version", the decoration Microsoft asks for so that
    /// its traffic is told apart and throttled last
    /// (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
    /// </summary>
    public static readonly string UserAgent =
        $"ISV|OfficeTools|officetools/{typeof(GraphClientBuilder).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"}";

    /// <summary>A client for <paramref name="options"/> using <paramref name="credential"/>.</summary>
    public static GraphServiceClient Create(StoreOptions options, TokenCredential credential)
    {
        var baseUrl = options.GraphBaseUrl.TrimEnd('/');
        string[] hosts = [options.National.GraphHost, "127.0.0.1", "localhost", new Uri(baseUrl).Host];
        var auth = new AzureIdentityAuthenticationProvider(credential, allowedHosts: hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            observabilityOptions: null, isCaeEnabled: false, scopes: Scopes(options));
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler>().FirstOrDefault();
        if (retry is not null)
        {
            var index = handlers.IndexOf(retry);
            handlers[index] = new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler(new RetryHandlerOption
            {
                MaxRetry = options.MaxRetries,
                Delay = 1,
            });
        }
        var http = GraphClientFactory.Create(handlers);
        http.Timeout = TimeSpan.FromMinutes(5);
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return new GraphServiceClient(http, auth, baseUrl);
    }
}
