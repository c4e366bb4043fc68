// Where the pane runs and what that host can do. Every Office API above the manifest's minimum (WordApi 1.1) is
// asked for here with Office.context.requirements.isSetSupported, never assumed. ES5 only.
(function (Pane) {
  "use strict";

  var host = { inOffice: false, platform: null };
  Pane.host = host;

  // Called with Office.onReady's info: host is null when the page is open in a plain browser.
  host.init = function (info) {
    host.inOffice = !!(info && info.host);
    host.platform = (info && info.platform) || null;
    try {
      if (host.inOffice && Office.context.diagnostics && Office.context.diagnostics.platform) host.platform = Office.context.diagnostics.platform;
    } catch (e) { /* older hosts have no diagnostics: keep onReady's platform */ }
  };

  host.supports = function (name, version) {
    try {
      return !!(host.inOffice && Office.context.requirements && Office.context.requirements.isSetSupported(name, version));
    } catch (e) { return false; }
  };

  // https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets
  host.canInsertWholeDocument = function () { return host.supports("WordApi", "1.5"); };   // Document.insertFileFromBase64 keeps headers and footers
  host.canSelectListItems = function () { return host.supports("WordApi", "1.9"); };      // dropDownListContentControl.listItems, item.select()
  host.canUseWord = function () { return host.supports("WordApi", "1.1"); };
  // Office.context.document.getFileAsync(Compressed): CompressedFile is documented as not supported on Word on the web
  // (https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets).
  host.canReadFile = function () {
    return host.supports("CompressedFile", "1.1") && !!(Office.context.document && Office.context.document.getFileAsync);
  };
  host.canUseNaa = function () { return host.supports("NestedAppAuth", "1.1"); };
  host.canUseSso = function () { return host.supports("IdentityAPI", "1.3") && !!(Office.auth && Office.auth.getAccessToken); };
  host.canUseDialog = function () { return host.supports("DialogApi", "1.1") && !!(Office.context.ui && Office.context.ui.displayDialogAsync); };

  // getFileAsync's sliceSize: at most 4 MB; on iPad slices are 64 KB
  // (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
  host.sliceSize = function () { return host.platform === "iOS" ? 65536 : 4194304; };

  // MSAL browser is modern JavaScript: load it only where it can parse and run (never in the IE11 webview).
  host.modernBrowser = function () {
    return !!(window.Promise && window.fetch && window.crypto && window.crypto.subtle && window.TextEncoder && window.Symbol && window.URL);
  };

  host.portalUrl = function () { return window.location.protocol + "//" + window.location.host + "/portal.html"; };
})(window.Pane);
