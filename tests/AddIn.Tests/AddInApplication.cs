using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// The service under test with sign-in switched on, trusting a local signing key instead of Entra ID, with its
/// store in a fresh temporary folder. <see cref="Token"/> issues tokens the way Office SSO would.
/// </summary>
public class AddInApplication : WebApplicationFactory<Program>
{
    public const string TenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";
    public const string ClientId = "0d5e8c3b-7a41-4e2f-b6c9-1f2a3b4c5d6e";
    public const string AppIdUri = "api://localhost:3000/" + ClientId;
    public const string Secret = "very-secret-client-secret-value-42";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };

    public string DataRoot { get; } = Directory.CreateTempSubdirectory("addin-test-").FullName;

    /// <summary>
    /// The issuer the sign-in host's metadata names (JwtBearer trusts it beside Auth's issuers): the global one unless a
    /// test class emulates another cloud, whose metadata names that cloud's issuer.
    /// </summary>
    protected virtual string MetadataIssuer => Issuer;

    /// <summary>Extra settings a test class adds (later ones win).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Auth:TenantId"] = TenantId,
            ["Auth:ClientId"] = ClientId,
            ["Auth:ClientSecret"] = Secret,
            ["Auth:ApplicationIdUri"] = AppIdUri,
            ["Auth:OfficeStaff:Users:0"] = "clerk@county.gov",
            ["Auth:UnitUsers:unit-a@county.gov"] = "U001",
            ["Auth:UnitUsers:unit-b@county.gov"] = "U002",
            ["AddIn:AllowedOrigins:0"] = "https://addin.county.gov",
            ["AddIn:Ledger"] = Path.Combine(AppContext.BaseDirectory, "Data", "ledger.json"),
            ["Store:Kind"] = "local",
            ["Store:LocalRoot"] = Path.Combine(DataRoot, "store"),
        };
        foreach (var (k, v) in Settings) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(s => s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var config = new OpenIdConnectConfiguration { Issuer = MetadataIssuer };
            config.SigningKeys.Add(Key);
            // both are needed: with Configuration alone the handler still asks the manager and answers 401
            o.Configuration = config;
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(config);
        }));
    }

    /// <summary>A token as Office SSO issues it, with knobs to break each rule (<paramref name="claimsEdit"/> changes the payload claims).</summary>
    public static string Token(string user = "clerk@county.gov", string scope = "access_as_user", string audience = ClientId,
        DateTime? expires = null, SecurityKey? key = null, string? issuer = null, string[]? roles = null,
        Action<Dictionary<string, object>>? claimsEdit = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["preferred_username"] = user,
            ["oid"] = Guid.NewGuid().ToString(),
            ["tid"] = TenantId,
            ["scp"] = scope,
        };
        if (roles != null) claims["roles"] = roles;
        claimsEdit?.Invoke(claims);
        var exp = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddHours(-2),
            NotBefore = exp.AddHours(-2),
            Expires = exp,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A client that sends <paramref name="token"/> as Bearer.</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token != null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try { Directory.Delete(DataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
