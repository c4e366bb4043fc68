using Azure.Core;
using Azure.Identity;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Makes the SharePoint stores: under the app's own credential, or on behalf of a user (OnBehalfOfCredential with the
/// user's Office SSO token as assertion). Tests replace <see cref="UserCredential"/> to reach the Graph emulator
/// without Entra; counting happens here so that tests can prove what is cached.
/// </summary>
public class StoreFactory
{
    int appOnly, onBehalfOf;

    /// <summary>Stores made under the app's credential so far.</summary>
    public int AppOnlyCreated => Volatile.Read(ref appOnly);
    /// <summary>Stores made on behalf of a user so far.</summary>
    public int OnBehalfOfCreated => Volatile.Read(ref onBehalfOf);

    /// <summary>The store under the app's own credential (Store:Credential).</summary>
    public IFormStore AppOnly(StoreOptions options)
    {
        Interlocked.Increment(ref appOnly);
        return SharePointFormStore.Create(options);
    }

    /// <summary>A store calling Graph as the user whose token is <paramref name="assertion"/>.</summary>
    public IFormStore OnBehalfOf(StoreOptions options, AuthOptions auth, string assertion)
    {
        Interlocked.Increment(ref onBehalfOf);
        return new SharePointFormStore(GraphClientBuilder.Create(options, UserCredential(auth, assertion)), options);
    }

    /// <summary>The credential exchanging <paramref name="assertion"/> for a Graph token (on-behalf-of flow).</summary>
    protected virtual TokenCredential UserCredential(AuthOptions auth, string assertion) =>
        new OnBehalfOfCredential(auth.TenantId, auth.ClientId, auth.ClientSecret, assertion,
            new OnBehalfOfCredentialOptions { AuthorityHost = new Uri(auth.SignInInstance) });
}
