// Sign-in. Local mode needs none. With sign-in on, in this order:
//  1. nested app authentication (MSAL.js in Office, NestedAppAuth 1.1), which Microsoft recommends
//     (https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in);
//  2. Office.auth.getAccessToken (IdentityAPI 1.3, now called legacy);
//  3. a sign-in dialog (DialogApi 1.1) running MSAL on our own signin.html.
// Outside Office (the web portal) MSAL signs in by redirect. A claims challenge (MFA, conditional access) is passed
// to whichever of them got the token: MSAL's `claims`, getAccessToken's `authChallenge`. ES5 only; MSAL itself is
// modern JavaScript and is loaded only after Pane.host.modernBrowser() says it can run.
(function (Pane) {
  "use strict";

  var auth = { session: { mode: "local" }, pending: null, msal: null, method: null };
  Pane.auth = auth;

  function loadScript(src) {
    return Pane.defer(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(Pane.failure.network()); };
      document.head.appendChild(s);
    });
  }

  function msalConfig() {
    return {
      auth: { clientId: auth.session.clientId, authority: auth.session.authority, redirectUri: window.location.origin + "/signin.html" },
      cache: { cacheLocation: "localStorage" }
    };
  }

  // The MSAL application: nestable inside Office (NAA), standard in the portal and in the sign-in dialog.
  auth.msalApp = function (nested) {
    if (auth.msal) return Pane.resolved(auth.msal);
    return loadScript("/lib/msal-browser.min.js").then(function () {
      var create = nested ? window.msal.createNestablePublicClientApplication : window.msal.createStandardPublicClientApplication;
      return create(msalConfig());
    }).then(function (app) { auth.msal = app; return app; });
  };

  function msalFailure(e) {
    if (Pane.isFailure(e)) return e;
    return e && e.errorCode ? Pane.failure.msal(e.errorCode) : Pane.asFailure(e);
  }

  function request(claims) {
    var r = { scopes: [auth.session.scope] };
    if (claims) r.claims = claims;
    var accounts = auth.msal.getAllAccounts ? auth.msal.getAllAccounts() : [];
    if (accounts.length > 0) r.account = accounts[0];
    return r;
  }

  function viaNaa(claims) {
    return auth.msalApp(true).then(function (app) {
      var r = request(claims);
      // a claims challenge can only be met interactively
      var first = claims ? Pane.resolved(null) : app.acquireTokenSilent(r).then(function (x) { return x; }, function () { return null; });
      return first.then(function (result) { return result || app.acquireTokenPopup(r); });
    }).then(function (result) { return result.accessToken; }, function (e) { throw msalFailure(e); });
  }

  function viaPortal(claims) {
    return auth.msalApp(false).then(function (app) {
      var r = request(claims);
      if (!r.account || claims) {
        app.loginRedirect(r);
        throw Pane.failure.message(Pane.text.signingIn);
      }
      return app.acquireTokenSilent(r).then(function (x) { return x.accessToken; }, function () {
        app.acquireTokenRedirect(r);
        throw Pane.failure.message(Pane.text.signingIn);
      });
    }, function (e) { throw msalFailure(e); });
  }

  // Codes after which another way of signing in may still work (troubleshoot-sso-in-office-add-ins: "fall back to an
  // alternate system of user authentication").
  var FALL_BACK = { 13000: true, 13003: true, 13012: true };

  function viaOffice(claims) {
    var options = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true };
    if (claims) options.authChallenge = claims;
    return Pane.defer(function (resolve, reject) {
      Office.auth.getAccessToken(options).then(resolve, function (e) {
        reject(e && typeof e.code === "number" ? Pane.failure.sso(e.code) : Pane.asFailure(e));
      });
    }).then(null, function (f) {
      if (f.kind === "sso" && FALL_BACK[f.code] && Pane.host.canUseDialog() && Pane.host.modernBrowser()) return viaDialog(claims);
      throw f;
    });
  }

  function viaDialog(claims) {
    return Pane.defer(function (resolve, reject) {
      var url = window.location.origin + "/signin.html?start=1" + (claims ? "&claims=" + encodeURIComponent(claims) : "");
      Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, function (opened) {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) { reject(Pane.failure.message(Pane.text.signInDialogFailed)); return; }
        var dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, function (arg) {
          dialog.close();
          var m = null;
          try { m = JSON.parse(arg.message); } catch (e) { m = null; }
          if (m && m.token) resolve(m.token);
          else reject(m && m.error ? Pane.failure.msal(m.error) : Pane.failure.message(Pane.text.signInCancelled));
        });
        // 12006: the user closed the dialog
        dialog.addEventHandler(Office.EventType.DialogEventReceived, function () { reject(Pane.failure.message(Pane.text.signInCancelled)); });
      });
    });
  }

  function choose() {
    var h = Pane.host;
    if (!h.inOffice) return h.modernBrowser() ? "portal" : "none";
    if (h.canUseNaa() && h.modernBrowser()) return "naa";
    if (h.canUseSso()) return "office";
    if (h.canUseDialog() && h.modernBrowser()) return "dialog";
    return "none";
  }

  // After a redirect back from the sign-in page (portal only), lets MSAL finish and keep the account.
  auth.start = function (session) {
    auth.session = session;
    if (session.mode !== "sso") return Pane.resolved();
    auth.method = choose();
    if (auth.method !== "portal") return Pane.resolved();
    return auth.msalApp(false).then(function (app) { return app.handleRedirectPromise(); }).then(function () {}, function (e) { throw msalFailure(e); });
  };

  // Until five minutes before the token's exp; a token that cannot be read is not kept (13013: too many calls).
  function expiry(token) {
    try {
      var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      while (part.length % 4) part += "=";
      return JSON.parse(window.atob(part)).exp * 1000 - 300000;
    } catch (e) { return 0; }
  }

  // A token for our API (null in local mode); one request at a time, since a second getAccessToken while the first
  // is open fails with 13008.
  auth.token = function (claims) {
    if (auth.session.mode !== "sso") return Pane.resolved(null);
    if (!claims && auth.cached && new Date().getTime() < auth.cached.until) return Pane.resolved(auth.cached.token);
    if (auth.pending && !claims) return auth.pending;
    var ways = { naa: viaNaa, office: viaOffice, dialog: viaDialog, portal: viaPortal };
    var way = ways[auth.method];
    var p = way ? way(claims) : Pane.defer(function (resolve, reject) { reject(Pane.failure.message(Pane.text.signInUnavailable(Pane.host.portalUrl()))); });
    auth.pending = p;
    var clear = function () { if (auth.pending === p) auth.pending = null; };
    p.then(function (token) { clear(); auth.cached = { token: token, until: expiry(token) }; }, clear);
    return p;
  };
})(window.Pane);
