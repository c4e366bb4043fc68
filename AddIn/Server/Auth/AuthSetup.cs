using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>Wires sign-in: Office SSO tokens (JwtBearer) when configured, otherwise the loopback-only local mode.</summary>
public static class AuthSetup
{
    /// <summary>The policy every API endpoint requires.</summary>
    public const string Policy = "AddInUser";

    const string Selector = "AddIn";

    /// <summary>Adds authentication and the <see cref="Policy"/> authorization policy.</summary>
    public static WebApplicationBuilder AddAddInAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        // the scheme is chosen per request from the bound options, so configuration is read once, in one place
        builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Enabled
                    ? JwtBearerDefaults.AuthenticationScheme : LocalAuthenticationHandler.SchemeName)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, LocalAuthenticationHandler>(LocalAuthenticationHandler.SchemeName, null);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((o, options) => ConfigureJwt(o, options.Value));
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .RequireAuthenticatedUser()
            .RequireAssertion(HasScope));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(sp =>
        {
            var http = sp.GetRequiredService<IHttpContextAccessor>().HttpContext
                ?? throw new InvalidOperationException("A caller exists only inside a request.");
            return Caller.From(http.User, sp.GetRequiredService<IOptions<AuthOptions>>().Value);
        });
        return builder;
    }

    static void ConfigureJwt(JwtBearerOptions o, AuthOptions auth)
    {
        if (!auth.Enabled) return;
        o.Authority = $"{auth.SignInInstance.TrimEnd('/')}/{auth.TenantId}/v2.0";
        o.MapInboundClaims = false;
        // kept server-side for the on-behalf-of exchange; never sent back to the page
        o.SaveToken = true;
        var p = o.TokenValidationParameters;
        p.ValidAudiences = [.. auth.Audiences()];
        p.ValidIssuers = [.. auth.Issuers()];
        p.ValidateIssuer = true;
        p.ValidateAudience = true;
        p.ValidateLifetime = true;
        p.RequireExpirationTime = true;
        p.RequireSignedTokens = true;
        p.NameClaimType = "preferred_username";
        p.ClockSkew = TimeSpan.FromMinutes(2);
    }

    static bool HasScope(AuthorizationHandlerContext ctx)
    {
        if (ctx.User.HasClaim(LocalAuthenticationHandler.LocalClaim, "true")) return true;
        if (ctx.Resource is not HttpContext http) return false;
        var scope = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequiredScope;
        return ctx.User.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
    }
}
