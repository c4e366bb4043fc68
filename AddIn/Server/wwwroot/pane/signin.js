// The sign-in dialog (Office.context.ui.displayDialogAsync on signin.html): MSAL signs in by redirect inside the dialog
// and the token goes back to the pane with messageParent. Also MSAL's redirect page for the web portal. ES5 only;
// MSAL is loaded only where it can run, office.js only in the dialog.
(function (Pane) {
  "use strict";

  function reply(message) {
    if (window.Office && Office.context && Office.context.ui && Office.context.ui.messageParent) Office.context.ui.messageParent(JSON.stringify(message));
  }

  function inDialog() { return /[?&]start=1/.test(window.location.search) || window.sessionStorage.getItem("signin-dialog") === "1"; }

  function run() {
    if (!Pane.host.modernBrowser()) { reply({ error: "old_browser" }); Pane.show(Pane.text.signInUnavailable(Pane.host.portalUrl()), false); return; }
    Pane.request({ path: "/api/session" }).then(function (session) {
      Pane.auth.session = session;
      return Pane.auth.msalApp(false).then(function (app) {
        return app.handleRedirectPromise().then(function (result) {
          // the web portal's redirect came back here: go back to the portal, MSAL has kept the account
          if (!inDialog()) { window.location.replace("/portal.html"); return; }
          if (result && result.accessToken) { window.sessionStorage.removeItem("signin-dialog"); reply({ token: result.accessToken }); return; }
          window.sessionStorage.setItem("signin-dialog", "1");
          var m = /[?&]claims=([^&]+)/.exec(window.location.search);
          var request = { scopes: [session.scope] };
          if (m) request.claims = decodeURIComponent(m[1]);
          Pane.show(Pane.text.signingIn, true);
          return app.loginRedirect(request);
        });
      });
    }).then(null, function (e) {
      reply({ error: (e && e.errorCode) || (e && e.kind) || "unknown" });
      Pane.show(Pane.explain(e), false);
    });
  }

  // office.js (from Microsoft's CDN, as Office requires) only in the Office dialog, which needs it for messageParent; as
  // the portal's redirect page this loads nothing from outside the service
  function withOffice(then) {
    var script = document.createElement("script");
    script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    script.onload = function () { if (window.Office && Office.onReady) Office.onReady(function () { then(); }); else then(); };
    script.onerror = function () { then(); };
    document.getElementsByTagName("head")[0].appendChild(script);
  }

  if (inDialog()) withOffice(run);
  else run();
})(window.Pane);
