// Small helpers every pane file uses: elements, messages, promises, and failures as data. ES5 only.
(function (Pane) {
  "use strict";

  Pane.$ = function (id) { return document.getElementById(id); };

  // Inside Office on IE11, office.js brings its own Promise (OfficeExtension.Promise); a plain old browser has none.
  Pane.promise = function () {
    return window.Promise || (window.OfficeExtension && window.OfficeExtension.Promise) || null;
  };

  Pane.show = function (text, ok) {
    var m = Pane.$("message");
    m.textContent = text;
    m.className = ok ? "ok" : "error";
    m.hidden = false;
  };

  Pane.clearMessage = function () { Pane.$("message").hidden = true; };

  // A failure is data: { kind, ... }. kind is network, timeout, http (status, detail, claims, problems), office (code),
  // sso (code), msal (code), message (text) or internal (the JavaScript error: a bug, never called a network problem).
  Pane.failure = {
    network: function () { return { kind: "network" }; },
    timeout: function () { return { kind: "timeout" }; },
    http: function (status, detail, claims, problems) { return { kind: "http", status: status, detail: detail || "", claims: claims || null, problems: problems || null }; },
    office: function (error) { return { kind: "office", code: error && error.code, message: (error && error.message) || "" }; },
    sso: function (code) { return { kind: "sso", code: code }; },
    msal: function (code) { return { kind: "msal", code: code || "unknown" }; },
    message: function (text) { return { kind: "message", text: text }; }
  };

  Pane.isFailure = function (e) { return !!(e && typeof e.kind === "string" && !(e instanceof Error)); };

  // Anything thrown that is not one of ours is a bug or an Office error object: say which.
  Pane.asFailure = function (e) {
    if (Pane.isFailure(e)) return e;
    if (e && typeof e.code === "number" && !(e instanceof TypeError)) return Pane.failure.office(e);
    // OfficeExtension.Error carries a string code (e.g. "AccessDenied", "GeneralException")
    if (e && window.OfficeExtension && window.OfficeExtension.Error && e instanceof window.OfficeExtension.Error) return Pane.failure.office(e);
    return { kind: "internal", error: e };
  };

  Pane.explain = function (e) {
    var t = Pane.text;
    var f = Pane.asFailure(e);
    switch (f.kind) {
      case "network": return t.network;
      case "timeout": return t.timeout;
      case "message": return f.text;
      case "http": return f.detail || t.status[f.status] || t.otherStatus(f.status);
      case "sso": return t.sso[f.code] || t.ssoOther(f.code);
      case "msal": return t.msal[f.code] || t.msalOther(f.code);
      case "office": return t.wordFailed(f.code, f.message);
      default:
        var name = (f.error && f.error.name) || "Error";
        var what = f.error && f.error.message ? name + ": " + f.error.message : String(f.error);
        return t.internal(what);
    }
  };

  // Runs fn(resolve, reject) as a promise; a throw inside fn rejects.
  Pane.defer = function (fn) {
    var P = Pane.promise();
    return new P(function (resolve, reject) {
      try { fn(resolve, reject); } catch (e) { reject(e); }
    });
  };

  Pane.resolved = function (value) { var P = Pane.promise(); return P.resolve(value); };

  // Runs the steps one after another (each returns a promise or a value); resolves with the array of results.
  Pane.sequence = function (items, step) {
    var results = [];
    var chain = Pane.resolved();
    for (var i = 0; i < items.length; i++) {
      (function (item, index) {
        chain = chain.then(function () { return step(item, index); }).then(function (r) { results[index] = r; });
      })(items[i], i);
    }
    return chain.then(function () { return results; });
  };

  Pane.each = function (list, fn) { for (var i = 0; i < list.length; i++) fn(list[i], i); };

  // A table cell; on a phone the stylesheet shows each row as a card, the cell headed by its column's name (data-label).
  Pane.cell = function (tr, text, className) {
    var td = document.createElement("td");
    td.textContent = text === undefined || text === null ? "" : String(text);
    if (className) td.className = className;
    var table = tr.parentNode;
    while (table && table.tagName !== "TABLE") table = table.parentNode;
    var th = table ? table.querySelectorAll("thead th")[tr.childNodes.length] : null;
    if (th) td.setAttribute("data-label", th.textContent);
    tr.appendChild(td);
    return td;
  };

  // A unit's items are shown by their 序号 (1, 2, … in the ledger's order, as its forms number them), never by the
  // ledger's item id. Resolves with { items, number(id) } from GET /api/units/{id}/items.
  Pane.unitItems = function (unitId) {
    return Pane.json("/api/units/" + encodeURIComponent(unitId) + "/items").then(function (items) {
      var numbers = {};
      Pane.each(items, function (item, i) { numbers["#" + item.id] = i + 1; });
      return { items: items, number: function (id) { return numbers["#" + id] || ""; } };
    });
  };

  Pane.keys = function (o) {
    var out = [];
    for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(k);
    return out;
  };
})(window.Pane);
