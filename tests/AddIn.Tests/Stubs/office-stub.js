// Stands in for Office.js in the browser tests: a Word document with tagged content controls and file bytes, and a
// host whose abilities follow Microsoft's documentation, all set by the test through window.__stubConfig before the
// page loads. It models, and only models, documented behaviour:
// - requirement sets by platform: Word (https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets:
//   Office 2019 volume-licensed has WordApi 1.1-1.3; Microsoft 365 and the web up to 1.9), CompressedFile not on Office on the
//   web (https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets), IdentityAPI 1.3
//   not in Office 2019 perpetual nor on iPad (.../common/identity-api-requirement-sets), DialogApi 1.1 everywhere;
//   NestedAppAuth is off unless the test turns it on (its broker is Office's own and is not modelled here);
// - Office.js batching: queued operations run at context.sync(); one that fails rejects the sync and drops the rest
//   of its batch (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
// - a content control whose contents are locked (cannotEdit, WordApi 1.1) refuses writes with AccessDenied;
// - drop-down list items and ContentControlListItem.select() only with WordApi 1.9;
// - Document.insertFileFromBase64 (keeps headers/footers) only with WordApi 1.5, body.insertFileFromBase64 with 1.1;
// - getAccessToken's failures as { code } (https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins),
//   and a token with the claims when called with authChallenge (MFA / conditional access);
// - getFileAsync slices of at most the asked size (4 MB at most; 64 KB on iPad).
(function () {
  "use strict";
  const config = window.__stubConfig || {};
  const platform = config.platform || "PC";
  const word = { "Office2019": "1.3", "OfficeOnline": "1.9", "PC": "1.9", "Mac": "1.9", "iOS": "1.9" }[platform] || "1.9";
  const sets = {
    WordApi: word,
    CompressedFile: platform === "OfficeOnline" ? null : "1.1",
    IdentityAPI: platform === "Office2019" || platform === "iOS" ? null : "1.3",
    DialogApi: "1.1",
    NestedAppAuth: null,
  };
  Object.assign(sets, config.sets || {});
  const newer = (have, want) => {
    const a = have.split(".").map(Number), b = (want || "1.1").split(".").map(Number);
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  };
  const supported = (name, version) => !!sets[name] && newer(sets[name], version);

  const controls = (config.controls || []).map((c) => typeof c === "string" ? { tag: c } : c).map((c) => ({
    tag: c.tag, type: c.type || "RichText", cannotEdit: !!c.locked, refuse: !!c.refuse, items: c.items || null,
    text: c.text || "",
  }));
  const state = {
    controls: controls, inserted: null, properties: {}, closed: 0, slicesRead: 0, requestedSliceSize: null,
    tokenCalls: [], writes: 0, syncs: 0,
  };
  window.__stub = state;

  function bytesOf(base64) {
    const raw = atob(base64 || "");
    const out = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  const ok = (value) => ({ status: "succeeded", value: value });
  const failed = (code, message) => ({ status: "failed", error: { code: code, message: message } });
  function OfficeError(code, message) { this.code = code; this.message = message; this.name = "RichApi.Error"; }
  OfficeError.prototype = Object.create(Error.prototype);

  const tokens = (config.tokens || []).slice();
  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: function (callback) {
      if (config.neverReady) return new Promise(() => {});
      const info = { host: "Word", platform: platform === "Office2019" ? "PC" : platform };
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    auth: {
      getAccessToken: function (options) {
        state.tokenCalls.push({ authChallenge: (options && options.authChallenge) || null });
        if (options && options.authChallenge) return Promise.resolve(config.claimsToken || config.token);
        const next = tokens.length ? tokens.shift() : config.token;
        if (next && typeof next === "object") return Promise.reject({ code: next.code, name: "API Not Supported", message: "stub " + next.code });
        return Promise.resolve(next);
      },
    },
    context: {
      diagnostics: { platform: platform === "Office2019" ? "PC" : platform, version: "16.0" },
      requirements: { isSetSupported: supported },
      ui: {
        displayDialogAsync: function (url, options, cb) { state.dialog = url; cb(failed(12007, "dialog not modelled")); },
      },
      document: {
        getFileAsync: function (type, options, callback) {
          if (!supported("CompressedFile", "1.1")) { callback(failed(5009, "not supported on this platform")); return; }
          if (type !== "compressed") { callback(failed(5001, "wrong file type")); return; }
          const bytes = bytesOf(config.file);
          state.requestedSliceSize = options.sliceSize;
          // the test may cut smaller slices than asked, so that concatenation is exercised on a small file
          const size = Math.min(config.sliceSize || options.sliceSize, options.sliceSize);
          const count = Math.max(1, Math.ceil(bytes.length / size));
          callback(ok({
            size: bytes.length,
            sliceCount: count,
            getSliceAsync: function (i, cb) {
              state.slicesRead++;
              setTimeout(() => cb(ok({ index: i, size: size, data: bytes.slice(i * size, (i + 1) * size) })), 0);
            },
            closeAsync: function (cb) { state.closed++; if (cb) cb(ok()); },
          }));
        },
      },
    },
  };

  window.Word = {
    run: async function (batch) {
      // a bug in the pane's own code, as the test injects it: a TypeError thrown before Word is reached
      if (config.typeErrorInRun) { const missing = undefined; missing.call(); }
      let queue = [];
      const need = (set, version, what) => { if (!supported(set, version)) throw new OfficeError("ApiNotFound", what + " needs " + set + " " + version); };
      const control = (c) => ({
        get tag() { return c.tag; }, get type() { return c.type; }, get cannotEdit() { return c.cannotEdit; },
        insertText: function (text, where) {
          queue.push(() => {
            if (c.cannotEdit) throw new OfficeError("AccessDenied", "the content control cannot be edited");
            if (c.refuse) throw new OfficeError("GeneralException", "the control refused");
            c.text = where === "Replace" ? text : c.text + text;
            state.writes++;
          });
        },
        get dropDownListContentControl() {
          need("WordApi", "1.9", "dropDownListContentControl");
          const list = { items: [], load: function () {
            queue.push(() => {
              list.items = (c.items || []).map((label) => ({
                displayText: label, value: label,
                select: function () { queue.push(() => { if (c.cannotEdit) throw new OfficeError("AccessDenied", "locked"); c.text = label; state.writes++; }); },
              }));
            });
            return list;
          } };
          return { listItems: list };
        },
      });
      const context = {
        document: {
          contentControls: {
            getByTag: function (tag) {
              const collection = { items: [], load: function () { queue.push(() => { collection.items = controls.filter((c) => c.tag === tag).map(control); }); return collection; } };
              return collection;
            },
          },
          body: { insertFileFromBase64: function (b64, where) { queue.push(() => { state.inserted = { target: "body", length: b64.length, where: where }; }); } },
          insertFileFromBase64: function (b64, where) {
            need("WordApi", "1.5", "Document.insertFileFromBase64");
            queue.push(() => { state.inserted = { target: "document", length: b64.length, where: where }; });
          },
          get properties() {
            need("WordApi", "1.3", "document.properties");
            return { customProperties: { add: function (name, value) { queue.push(() => { state.properties[name] = value; }); } } };
          },
        },
        sync: function () {
          state.syncs++;
          const ops = queue;
          queue = [];
          try { ops.forEach((op) => op()); } catch (e) { return Promise.reject(e); }
          return Promise.resolve();
        },
      };
      return await batch(context);
    },
  };
})();
