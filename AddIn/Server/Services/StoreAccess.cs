using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Hosting;
using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// Gives a request its form store. The local store and the SharePoint store under the app's own credential are one per
/// process (its site, library and list are looked up once); on-behalf-of mode (<see cref="AddInOptions.StoreOnBehalfOfUser"/>)
/// keeps one store per signed-in user for as long as the user's token lasts (<see cref="UserStores"/>), so a request
/// costs no credential, client or lookups of its own. The user's token never goes back to the page.
/// </summary>
public sealed class StoreAccess(IOptions<StoreOptions> store, IOptions<AuthOptions> auth, IOptions<AddInOptions> addIn,
    IWebHostEnvironment environment, StoreFactory factory, TimeProvider clock) : IAsyncDisposable
{
    readonly Lazy<IFormStore> shared = new(() => store.Value.IsSharePoint
        ? factory.AppOnly(store.Value)
        : new LocalFormStore(Path.GetFullPath(store.Value.LocalRoot, environment.ContentRootPath)));
    readonly Lazy<UserStores> users = new(() => new UserStores(addIn.Value.MaxCachedUserStores, clock));

    /// <summary>True when Graph is called as the signed-in user rather than as the app.</summary>
    public bool OnBehalfOfUser => store.Value.IsSharePoint && auth.Value.Enabled && addIn.Value.StoreOnBehalfOfUser;

    /// <summary>The store for the current request.</summary>
    public async Task<StoreLease> ForAsync(HttpContext context)
    {
        if (!OnBehalfOfUser) return new StoreLease(shared.Value, null);
        var assertion = await context.GetTokenAsync("access_token")
            ?? throw new StoreException("no sign-in token to call SharePoint on behalf of the user", kind: StoreFailure.SignIn);
        var user = context.User;
        var key = $"{user.FindFirst("tid")?.Value}|{user.FindFirst("oid")?.Value}";
        var expires = long.TryParse(user.FindFirst("exp")?.Value, out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : clock.GetUtcNow().AddMinutes(5);
        var a = auth.Value;
        return users.Value.Lease(key, expires, () => factory.OnBehalfOf(store.Value, a, assertion));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (shared.IsValueCreated) await shared.Value.DisposeAsync();
        if (users.IsValueCreated) await users.Value.DisposeAsync();
    }
}

/// <summary>A store lent to one request; disposing the lease returns it (a per-user store is disposed once evicted and returned by all).</summary>
public sealed class StoreLease(IFormStore store, Action? release) : IAsyncDisposable
{
    /// <summary>The store.</summary>
    public IFormStore Store => store;

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        release?.Invoke();
        return ValueTask.CompletedTask;
    }
}
