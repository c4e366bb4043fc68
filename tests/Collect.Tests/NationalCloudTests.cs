using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Azure.Identity;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// The <c>Cloud</c> setting: the mapping against Microsoft's documented endpoints, the Graph client's base URL and scope, the
/// credential signing in at the cloud's authority (real Azure.Identity and MSAL, the sign-in host answered in-process), and
/// the store working against an emulator of the China cloud's Graph — which refuses a token asked for the global Graph.
/// </summary>
public sealed class NationalCloudTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("collect-cloud-").FullName;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    [Theory]
    // https://learn.microsoft.com/graph/deployments, https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud
    [InlineData("global", "https://login.microsoftonline.com/", "https://graph.microsoft.com/.default", "sharepoint.com", "sts.windows.net")]
    [InlineData("china", "https://login.chinacloudapi.cn/", "https://microsoftgraph.chinacloudapi.cn/.default", "sharepoint.cn", "sts.chinacloudapi.cn")]
    [InlineData("usgov", "https://login.microsoftonline.us/", "https://graph.microsoft.us/.default", "sharepoint.us", "sts.windows.net")]
    public void Each_cloud_maps_to_its_documented_endpoints(string name, string authority, string scope, string suffix, string v1)
    {
        var cloud = NationalCloud.Find(name.ToUpperInvariant())!;
        Assert.Equal(name, cloud.Name);
        Assert.Equal(new Uri(authority), cloud.AuthorityHost);
        Assert.Equal(scope, cloud.GraphScope);
        Assert.Equal(scope.Replace("/.default", "/v1.0", StringComparison.Ordinal), cloud.GraphBaseUrl);
        Assert.Equal(suffix, cloud.SharePointSuffix);
        Assert.Equal(v1, cloud.V1IssuerHost);
        Assert.Same(cloud, NationalCloud.OfGraphHost(cloud.GraphHost));
        Assert.Same(cloud, NationalCloud.OfSharePointHost("contoso." + suffix));
    }

    [Fact]
    public void The_table_uses_Azure_Identitys_authority_hosts_and_no_name_twice()
    {
        Assert.Equal([AzureAuthorityHosts.AzurePublicCloud, AzureAuthorityHosts.AzureChina, AzureAuthorityHosts.AzureGovernment],
            NationalCloud.All.Select(c => c.AuthorityHost));
        Assert.Equal(NationalCloud.All.Count, NationalCloud.All.Select(c => c.GraphHost).Distinct().Count());
        Assert.Equal(NationalCloud.All.Count, NationalCloud.All.Select(c => c.SharePointSuffix).Distinct().Count());
        Assert.Same(NationalCloud.Global, NationalCloud.Find(null));
        Assert.Null(NationalCloud.Find("germany"));
    }

    [Fact]
    public void A_china_store_from_the_settings_file_points_its_Graph_client_at_the_China_Graph()
    {
        var file = Path.Combine(dir, "appsettings.json");
        File.WriteAllText(file, """
            { "Store": { "Kind": "sharepoint", "Cloud": "china", "SiteHost": "contoso.sharepoint.cn", "SitePath": "/sites/Campaign",
                         "Credential": "static", "StaticToken": "t" } }
            """);
        var o = StoreConfiguration.Load(file, environment: new Dictionary<string, string?>());
        Assert.Empty(StoreConfiguration.Problems(o));
        Assert.Equal("https://microsoftgraph.chinacloudapi.cn/v1.0", o.GraphBaseUrl);
        Assert.Equal(["https://microsoftgraph.chinacloudapi.cn/.default"], GraphClientBuilder.Scopes(o));
        var graph = GraphClientBuilder.Create(o, new StaticTokenCredential("t"));
        Assert.Equal("https://microsoftgraph.chinacloudapi.cn/v1.0", graph.RequestAdapter.BaseUrl);
        Assert.Contains("Cloud=china", o.ToString(), StringComparison.Ordinal);

        // the default stays the worldwide cloud
        var global = new StoreOptions { Kind = "sharepoint" };
        Assert.Equal("https://graph.microsoft.com/v1.0", GraphClientBuilder.Create(global, new StaticTokenCredential("t")).RequestAdapter.BaseUrl);
    }

    [Fact]
    public async Task An_unknown_cloud_is_a_configuration_error_naming_the_setting_and_its_file_and_nothing_is_written()
    {
        var file = Path.Combine(dir, "appsettings.json");
        File.WriteAllText(file, """{ "Store": { "Kind": "sharepoint", "Cloud": "mooncake", "SiteHost": "contoso.sharepoint.cn", "SitePath": "/sites/A", "Credential": "static", "StaticToken": "t" } }""");
        var o = StoreConfiguration.Load(file, environment: new Dictionary<string, string?>());
        var problem = Assert.Single(StoreConfiguration.Problems(o));
        Assert.Equal($"Store:Cloud (from {file}) «mooncake» is not one of global, china, usgov", problem);

        // from the environment and from --set, each says so
        var env = StoreConfiguration.Load(file, environment: new Dictionary<string, string?> { ["OFFICETOOLS__Store__Cloud"] = "cn" });
        Assert.Contains("Store:Cloud (from environment OFFICETOOLS__Store__Cloud) «cn»", Assert.Single(StoreConfiguration.Problems(env)), StringComparison.Ordinal);
        var set = StoreConfiguration.Load(file, new Dictionary<string, string?> { ["Cloud"] = "usa" }, new Dictionary<string, string?>());
        Assert.Contains("Store:Cloud (from the command line) «usa»", Assert.Single(StoreConfiguration.Problems(set)), StringComparison.Ordinal);

        var ledger = Support.SampleLedger.Write(Support.SampleLedger.Create(1), dir);
        var err = new StringWriter();
        var outJson = Path.Combine(dir, "o.json");
        var code = await CollectRun.RunAsync(new CollectRequest("x", ledger, outJson) { Store = "sharepoint", Settings = file }, new StringWriter(), err, Ct);
        Assert.Equal(1, code);
        Assert.Contains($"configuration: Store:Cloud (from {file}) «mooncake» is not one of global, china, usgov", err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(outJson));
    }

    [Fact]
    public void A_site_or_Graph_of_another_cloud_is_refused_by_name()
    {
        var o = new StoreOptions { Kind = "sharepoint", Cloud = "china", SiteHost = "contoso.sharepoint.com", SitePath = "/sites/A",
            BaseUrl = "https://graph.microsoft.com/v1.0", Credential = "static", StaticToken = "t" };
        var problems = StoreConfiguration.Problems(o);
        Assert.Equal(2, problems.Count);
        Assert.Contains("Store:SiteHost «contoso.sharepoint.com» is a SharePoint host of the global cloud, but Store:Cloud is china", problems[0], StringComparison.Ordinal);
        Assert.Contains("Store:BaseUrl «https://graph.microsoft.com/v1.0» is the Graph of the global cloud", problems[1], StringComparison.Ordinal);
        // an emulator or proxy on another host is no cloud's Graph: allowed
        o.SiteHost = "contoso.sharepoint.cn";
        o.BaseUrl = "http://127.0.0.1:5999/v1.0";
        Assert.Empty(StoreConfiguration.Problems(o));
    }

    [Theory]
    // MSAL sends the China cloud's sign-ins (authority login.chinacloudapi.cn) to its preferred network name for that cloud
    [InlineData("china", "login.partner.microsoftonline.cn", "https://microsoftgraph.chinacloudapi.cn")]
    [InlineData("usgov", "login.microsoftonline.us", "https://graph.microsoft.us")]
    public async Task The_store_signs_in_at_its_clouds_authority_and_Graph_takes_only_that_clouds_token(string name, string login, string graph)
    {
        using var emu = new Emulated();
        emu.Server.State.Access.GraphAudience = graph;
        var signIn = new SignInHost();
        var o = new StoreOptions
        {
            Kind = "sharepoint", Cloud = name, SiteHost = emu.Server.State.Host, SitePath = emu.Server.State.SitePath,
            BaseUrl = emu.Server.BaseUrl, Credential = "clientsecret", TenantId = EmulatorTokens.TenantId, ClientId = EmulatorTokens.TestAppId,
            ClientSecret = "secret-value", MaxRetries = 0,
        };
        var credential = CredentialFactory.Create(o, transport: new HttpClientTransport(signIn));
        Assert.IsType<ClientSecretCredential>(credential);
        await using (var store = new SharePointFormStore(GraphClientBuilder.Create(o, credential), o))
        {
            await store.SubmitAsync("U001", "U001.docx", [1, 2, 3], "clerk", DateTimeOffset.UtcNow, Ct);
            Assert.Equal(["U001"], (await store.ListSubmissionsAsync(Ct)).Select(r => r.UnitId));
        }

        var token = Assert.Single(signIn.Requests, r => r.Method == "POST");
        Assert.Equal(login, token.Uri.Host);
        Assert.True(NationalCloud.Find(name)!.SignsInAt(login));
        Assert.Equal($"/{EmulatorTokens.TenantId}/oauth2/v2.0/token", token.Uri.AbsolutePath);
        Assert.Contains("scope=" + Uri.EscapeDataString(graph + "/.default"), token.Body, StringComparison.Ordinal);
        // instance discovery included, nothing went to another cloud's sign-in
        Assert.All(signIn.Requests, r => Assert.True(NationalCloud.Find(name)!.SignsInAt(r.Uri.Host), r.Uri.ToString()));

        // the same store set to the worldwide cloud asks for a global Graph token, which this cloud's Graph refuses
        var wrong = new StoreOptions
        {
            Kind = o.Kind, Cloud = "global", SiteHost = o.SiteHost, SitePath = o.SitePath, BaseUrl = o.BaseUrl, Credential = o.Credential,
            TenantId = o.TenantId, ClientId = o.ClientId, ClientSecret = o.ClientSecret, MaxRetries = 0,
        };
        var other = new SignInHost();
        await using var refused = new SharePointFormStore(GraphClientBuilder.Create(wrong, CredentialFactory.Create(wrong, transport: new HttpClientTransport(other))), wrong);
        var e = await Assert.ThrowsAsync<StoreException>(() => refused.ListSubmissionsAsync(Ct));
        Assert.Contains("401 InvalidAuthenticationToken", e.Message, StringComparison.Ordinal);
        Assert.Equal("login.microsoftonline.com", Assert.Single(other.Requests, r => r.Method == "POST").Uri.Host);
    }

    /// <summary>
    /// Stands in for the Entra token endpoint of whichever cloud is asked: records each request and answers a client
    /// credentials grant with an app token whose audience is the scope's resource, as Entra issues it.
    /// </summary>
    sealed class SignInHost : HttpMessageHandler
    {
        public ConcurrentQueue<(string Method, Uri Uri, string Body)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Enqueue((request.Method.Method, request.RequestUri!, body));
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            var scope = Uri.UnescapeDataString(body.Split('&').First(p => p.StartsWith("scope=", StringComparison.Ordinal))["scope=".Length..].Replace('+', ' '));
            var resource = scope.Split(' ').First(s => s.EndsWith("/.default", StringComparison.Ordinal))[..^"/.default".Length];
            var json = $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{EmulatorTokens.App(audience: resource)}}"}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
