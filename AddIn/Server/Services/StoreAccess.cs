using Azure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Gives a request its form store: the local store (one per process), or SharePoint reached on behalf of the
/// signed-in user (the Office SSO token exchanged for a Graph token; the token never goes back to the page).
/// </summary>
public sealed class StoreAccess(IOptions<StoreOptions> store, IOptions<AuthOptions> auth, IWebHostEnvironment environment) : IAsyncDisposable
{
    readonly Lazy<LocalFormStore> local = new(() =>
        new LocalFormStore(Path.GetFullPath(store.Value.LocalRoot, environment.ContentRootPath)));

    /// <summary>The store for the current request.</summary>
    public async Task<StoreLease> ForAsync(HttpContext context)
    {
        var o = store.Value;
        if (!o.IsSharePoint) return new StoreLease(local.Value, owned: false);
        var a = auth.Value;
        if (!a.Enabled) return new StoreLease(SharePointFormStore.Create(o), owned: true);
        var assertion = await context.GetTokenAsync("access_token")
            ?? throw new StoreException("没有可用于代表用户访问 SharePoint 的登录令牌。");
        var credential = new OnBehalfOfCredential(a.TenantId, a.ClientId, a.ClientSecret, assertion);
        return new StoreLease(new SharePointFormStore(GraphClientBuilder.Create(o, credential), o), owned: true);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (local.IsValueCreated) await local.Value.DisposeAsync();
    }
}

/// <summary>A store lent to one request; only a store made for that request is disposed with it.</summary>
public sealed class StoreLease(IFormStore store, bool owned) : IAsyncDisposable
{
    /// <summary>The store.</summary>
    public IFormStore Store => store;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => owned ? store.DisposeAsync() : ValueTask.CompletedTask;
}
