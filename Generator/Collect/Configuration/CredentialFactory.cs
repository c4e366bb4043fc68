using Azure.Core;
using Azure.Identity;

namespace OfficeTools.Collect.Configuration;

/// <summary>Makes the Azure.Identity credential the configuration names.</summary>
public static class CredentialFactory
{
    /// <summary>The credential for <paramref name="o"/>; device code prompts go to <paramref name="prompt"/>.</summary>
    public static TokenCredential Create(StoreOptions o, Action<string>? prompt = null) => o.Credential.ToLowerInvariant() switch
    {
        "clientsecret" => new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret),
        "certificate" => new ClientCertificateCredential(o.TenantId, o.ClientId, o.CertificatePath,
            new ClientCertificateCredentialOptions()),
        "managedidentity" => string.IsNullOrEmpty(o.ClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ClientId)),
        "devicecode" => new DeviceCodeCredential(new DeviceCodeCredentialOptions
        {
            TenantId = o.TenantId,
            ClientId = o.ClientId,
            DeviceCodeCallback = (info, _) => { (prompt ?? Console.Error.WriteLine)(info.Message); return Task.CompletedTask; },
        }),
        "static" => new StaticTokenCredential(o.StaticToken ?? ""),
        _ => new DefaultAzureCredential(),
    };
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
