using Azure.Identity;
using OfficeTools.Collect.Commands;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.Collect.Tests;

public sealed class ConfigurationTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "collect-cfg-" + Guid.NewGuid().ToString("N"));

    public ConfigurationTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    [Fact]
    public void Settings_file_then_environment_then_command_line_and_secrets_never_shown()
    {
        var file = Path.Combine(dir, "appsettings.json");
        File.WriteAllText(file, """
            { "Store": { "Kind": "sharepoint", "TenantId": "tenant-from-file", "ClientId": "app-1", "Credential": "clientsecret",
                         "ClientSecret": "s3cr3t-value", "SiteHost": "file.sharepoint.com", "SitePath": "/sites/A", "Library": "表单" } }
            """);
        var env = new Dictionary<string, string?>
        {
            ["OFFICETOOLS__Store__SitePath"] = "/sites/FromEnv",
            ["OFFICETOOLS__Store__List"] = "回收登记",
            ["UNRELATED"] = "x",
        };
        var o = StoreConfiguration.Load(file, new Dictionary<string, string?> { ["SiteHost"] = "cli.sharepoint.com" }, env);
        Assert.True(o.IsSharePoint);
        Assert.Equal("tenant-from-file", o.TenantId);
        Assert.Equal("/sites/FromEnv", o.SitePath);
        Assert.Equal("回收登记", o.List);
        Assert.Equal("cli.sharepoint.com", o.SiteHost);
        Assert.Equal("表单", o.Library);
        Assert.Empty(StoreConfiguration.Problems(o));
        Assert.DoesNotContain("s3cr3t", o.ToString());
        Assert.Contains("ClientSecret=***", o.ToString());
        Assert.IsType<ClientSecretCredential>(CredentialFactory.Create(o));
    }

    [Theory]
    [InlineData("certificate", typeof(ClientCertificateCredential))]
    [InlineData("managedidentity", typeof(ManagedIdentityCredential))]
    [InlineData("default", typeof(DefaultAzureCredential))]
    [InlineData("devicecode", typeof(DeviceCodeCredential))]
    [InlineData("static", typeof(StaticTokenCredential))]
    public void Each_credential_kind_makes_its_credential(string kind, Type expected)
    {
        var o = new StoreOptions
        {
            Kind = "sharepoint", Credential = kind, TenantId = "t", ClientId = "c", CertificatePath = Path.Combine(dir, "c.pfx"),
            StaticToken = "tok", SiteHost = "h", SitePath = "/sites/s",
        };
        Assert.Empty(StoreConfiguration.Problems(o));
        Assert.IsType(expected, CredentialFactory.Create(o));
        Assert.DoesNotContain("tok", new StaticTokenCredential("tok").ToString());
    }

    [Fact]
    public async Task Missing_settings_are_listed_by_name_and_nothing_is_written()
    {
        var o = StoreConfiguration.Load(null, new Dictionary<string, string?> { ["Kind"] = "sharepoint", ["Credential"] = "clientsecret" }, new Dictionary<string, string?>());
        var problems = StoreConfiguration.Problems(o);
        Assert.Contains(problems, p => p.Contains("Store:SiteHost"));
        Assert.Contains(problems, p => p.Contains("Store:ClientSecret"));
        Assert.Contains(problems, p => p.Contains("Store:TenantId"));

        var ledger = Support.SampleLedger.Write(Support.SampleLedger.Create(1), dir);
        var err = new StringWriter();
        var outJson = Path.Combine(dir, "o.json");
        var code = await CollectRun.RunAsync(new CollectRequest("x", ledger, outJson) { Store = "sharepoint" }, new StringWriter(), err, TestContext.Current.CancellationToken);
        Assert.Equal(1, code);
        Assert.Contains("configuration: Store:SiteHost is not set", err.ToString());
        Assert.False(File.Exists(outJson));
    }
}
