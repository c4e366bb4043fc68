extern alias emulator;

using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using emulator::OfficeTools.GraphEmulator;

namespace OfficeTools.AddIn.Tests;

/// <summary>The service's SharePoint store on the Graph emulator, and the user credentials tests hand it instead of Entra's.</summary>
static class EmulatorStore
{
    /// <summary>The settings that point the service's store at <paramref name="emulator"/>, app-only or on behalf of each user.</summary>
    public static Dictionary<string, string?> Settings(EmulatorServer emulator, bool onBehalfOf) => new()
    {
        ["Store:Kind"] = "sharepoint", ["Store:SiteHost"] = emulator.State.Host, ["Store:SitePath"] = emulator.State.SitePath,
        ["Store:BaseUrl"] = emulator.BaseUrl, ["Store:Credential"] = "static", ["Store:StaticToken"] = EmulatorTokens.App(),
        ["AddIn:StoreOnBehalfOfUser"] = onBehalfOf ? "true" : "false",
    };

    /// <summary>The on-behalf-of exchange refused as Entra refuses it when MFA is wanted: MSAL's error carrying <paramref name="claims"/>.</summary>
    public static TokenCredential MfaRequired(string claims)
    {
        var mfa = new MsalUiRequiredException("invalid_grant", "AADSTS50076: you must use multi-factor authentication");
        typeof(MsalServiceException).GetProperty(nameof(MsalServiceException.Claims))!.SetValue(mfa, claims);
        return new Refusing(new AuthenticationFailedException("OnBehalfOfCredential authentication failed", mfa));
    }

    /// <summary>A credential that fails with <paramref name="e"/>.</summary>
    public sealed class Refusing(Exception e) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw e;
        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw e;
    }

    /// <summary>Hands out user credentials the test chooses instead of asking Entra (which a test cannot reach).</summary>
    public sealed class UserCredentials(Func<string, TokenCredential> user) : StoreFactory
    {
        public List<string> Assertions { get; } = [];

        protected override TokenCredential UserCredential(AuthOptions auth, string assertion)
        {
            lock (Assertions) Assertions.Add(assertion);
            return user(assertion);
        }
    }
}
