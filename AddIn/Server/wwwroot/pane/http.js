// Calls to our own service over XMLHttpRequest (no fetch: IE11 has none). Failures come back as data:
// network (no answer at all), timeout, or http with the service's Chinese problem detail (and its located problems,
// when it lists them). ES5 only.
(function (Pane) {
  "use strict";

  function parse(text) {
    try { return text ? JSON.parse(text) : null; } catch (e) { return null; }
  }

  // A 401 whose WWW-Authenticate says insufficient_claims carries the claims MFA / conditional access wants
  // (KnownFailureHandler on the server; https://learn.microsoft.com/entra/identity-platform/claims-challenge).
  function claimsOf(xhr, body) {
    if (xhr.status !== 401) return null;
    var header = xhr.getResponseHeader("WWW-Authenticate") || "";
    if (body && body.error === "claims_challenge" && body.claims) return body.claims;
    var m = /insufficient_claims.*claims="([^"]+)"/.exec(header);
    if (!m) return null;
    try { return window.atob(m[1]); } catch (e) { return null; }
  }

  // options: method, path, body, type (content type), token, onProgress(fraction), responseType
  Pane.request = function (options) {
    return Pane.defer(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(options.method || "GET", options.path, true);
      if (options.type) xhr.setRequestHeader("Content-Type", options.type);
      if (options.token) xhr.setRequestHeader("Authorization", "Bearer " + options.token);
      xhr.timeout = options.timeout || 120000;
      if (options.onProgress && xhr.upload) {
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) options.onProgress(e.loaded / e.total); };
      }
      xhr.onload = function () {
        var body = parse(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) { resolve(body); return; }
        if (xhr.status === 0) { reject(Pane.failure.network()); return; }
        // only our own problems carry a Chinese detail; a bare status title stays unshown
        var detail = body && typeof body.detail === "string" ? body.detail : (body && body.error === "claims_challenge" ? body.message : "");
        reject(Pane.failure.http(xhr.status, detail, claimsOf(xhr, body), body && body.problems));
      };
      xhr.onerror = function () { reject(Pane.failure.network()); };
      xhr.ontimeout = function () { reject(Pane.failure.timeout()); };
      xhr.send(options.body === undefined ? null : options.body);
    });
  };

  // An API call with the signed-in user's token; a claims challenge gets one new token with those claims and one retry.
  Pane.api = function (options) {
    return Pane.auth.token(null).then(function (token) {
      options.token = token;
      return Pane.request(options);
    }).then(null, function (f) {
      if (!(f && f.kind === "http" && f.claims)) throw f;
      return Pane.auth.token(f.claims).then(function (token) {
        options.token = token;
        return Pane.request(options);
      }).then(null, function (again) {
        if (again && again.kind === "http" && again.claims) throw Pane.failure.message(Pane.text.claimsAgain);
        throw again;
      });
    });
  };

  Pane.json = function (path, body) {
    return Pane.api({ method: body === undefined ? "GET" : "POST", path: path,
      type: body === undefined ? null : "application/json", body: body === undefined ? undefined : JSON.stringify(body) });
  };
})(window.Pane);
