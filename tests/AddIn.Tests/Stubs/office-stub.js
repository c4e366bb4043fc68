// Stands in for Office.js in the browser test: a Word document with tagged content controls and file bytes,
// both given by the test through window.__stubConfig before the page loads.
(function () {
  "use strict";
  const config = window.__stubConfig || { controls: [], file: "", token: null };
  const state = {
    controls: config.controls.map((tag) => ({ tag: tag, text: "" })),
    inserted: null,
    properties: {},
    closed: 0,
    slicesRead: 0,
  };
  window.__stub = state;

  function bytesOf(base64) {
    const raw = atob(base64);
    const out = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  const ok = (value) => ({ status: "succeeded", value: value });

  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    onReady: function (callback) { setTimeout(() => callback({ host: "Word", platform: "OfficeOnline" }), 0); },
    auth: { getAccessToken: function () { return Promise.resolve(config.token); } },
    context: {
      document: {
        getFileAsync: function (type, options, callback) {
          if (type !== "compressed") { callback({ status: "failed", error: { code: 5001, message: "wrong file type" } }); return; }
          const bytes = bytesOf(config.file);
          state.requestedSliceSize = options.sliceSize;
          // the test may cut smaller slices than asked, so that concatenation is exercised on a small file
          const size = config.sliceSize || options.sliceSize;
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

  function contentControls(tag) {
    const collection = { items: [], load: function () { return collection; } };
    collection._fill = () => {
      collection.items = state.controls.filter((c) => c.tag === tag).map((c) => ({
        insertText: function (text, where) { if (where === "Replace") c.text = text; else c.text += text; },
      }));
    };
    return collection;
  }

  window.Word = {
    run: async function (batch) {
      const pending = [];
      const context = {
        document: {
          contentControls: { getByTag: function (tag) { const c = contentControls(tag); pending.push(c); return c; } },
          body: { insertFileFromBase64: function (b64, where) { state.inserted = { length: b64.length, where: where }; } },
          properties: { customProperties: { add: function (name, value) { state.properties[name] = value; } } },
        },
        sync: function () { pending.splice(0).forEach((c) => c._fill()); return Promise.resolve(); },
      };
      return await batch(context);
    },
  };
})();
