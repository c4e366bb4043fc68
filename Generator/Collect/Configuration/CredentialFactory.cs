using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace OfficeTools.Collect.Configuration;

/// <summary>Makes the Azure.Identity credential the configuration names.</summary>
public static class CredentialFactory
{
    /// <summary>
    /// The credential for <paramref name="o"/>, signing in at its cloud's authority host (<see cref="NationalCloud.AuthorityHost"/>);
    /// device code prompts go to <paramref name="prompt"/>. <paramref name="transport"/> replaces the HTTP transport (tests).
    /// </summary>
    public static TokenCredential Create(StoreOptions o, Action<string>? prompt = null, HttpPipelineTransport? transport = null)
    {
        var authority = o.National.AuthorityHost;
        T With<T>(T options) where T : TokenCredentialOptions
        {
            options.AuthorityHost = authority;
            if (transport is not null) options.Transport = transport;
            return options;
        }
        return o.Credential.ToLowerInvariant() switch
        {
            "clientsecret" => new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, With(new ClientSecretCredentialOptions())),
            "certificate" => new ClientCertificateCredential(o.TenantId, o.ClientId, o.CertificatePath, With(new ClientCertificateCredentialOptions())),
            // the managed identity endpoint is the host's own; its tokens are for the cloud the host runs in
            "managedidentity" => string.IsNullOrEmpty(o.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ClientId)),
            "devicecode" => new DeviceCodeCredential(With(new DeviceCodeCredentialOptions
            {
                TenantId = o.TenantId,
                ClientId = o.ClientId,
                DeviceCodeCallback = (info, _) => { (prompt ?? Console.Error.WriteLine)(info.Message); return Task.CompletedTask; },
            })),
            "static" => new StaticTokenCredential(o.StaticToken ?? ""),
            _ => new DefaultAzureCredential(With(new DefaultAzureCredentialOptions())),
        };
    }
}

/// <summary>A credential that always answers one fixed token (for emulators and tests).</summary>
public sealed class StaticTokenCredential(string token) : TokenCredential
{
    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));

    /// <summary>Never shows the token.</summary>
    public override string ToString() => "StaticTokenCredential(***)";
}
