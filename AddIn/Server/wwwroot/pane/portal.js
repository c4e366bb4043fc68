// The pane as a web portal (no Office, or a host that cannot read its own file): the unit's items, the pre-filled
// form to download, and the upload of a filled .docx, all through the service's existing API. ES5 only.
(function (Pane) {
  "use strict";

  var portal = {};
  Pane.portal = portal;

  // The unit's items by 序号, with their stage on the ladder and the 限期 of the latest notice listing each open one
  // (GET /api/units/{id}/items and /api/campaign/units/{id}/open).
  portal.showItems = function (unitId) {
    var tbody = document.querySelector("#items-table tbody");
    tbody.textContent = "";
    Pane.$("items-summary").textContent = "";
    if (!unitId) return Pane.resolved();
    var listed = null;
    return Pane.unitItems(unitId).then(function (l) {
      listed = l;
      return Pane.json("/api/campaign/units/" + encodeURIComponent(unitId) + "/open");
    }).then(function (open) {
      var deadlines = {};
      var noticed = 0;
      Pane.each(open.items, function (o) {
        if (!o.deadline) return;
        deadlines["#" + o.id] = Pane.text.loop.deadline(o.deadline, o.notice);
        noticed++;
      });
      Pane.each(listed.items, function (item) {
        var tr = document.createElement("tr");
        tr.setAttribute("data-item", item.id);
        tbody.appendChild(tr);
        Pane.cell(tr, listed.number(item.id), "number");
        Pane.cell(tr, item.problem);
        Pane.cell(tr, item.measure);
        Pane.cell(tr, item.owner);
        Pane.cell(tr, item.due);
        Pane.cell(tr, item.stage, "stage");
        var deadline = deadlines["#" + item.id];
        Pane.cell(tr, deadline || Pane.text.loop.noNotice, deadline ? "deadline" : "muted");
      });
      Pane.$("items-summary").textContent = listed.items.length === 0 ? Pane.text.noItems : Pane.text.itemsSummary(listed.items.length, open.items.length, noticed);
    });
  };

  function bytesOf(base64) {
    var raw = window.atob(base64);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  // The rendered document (POST /api/render, include=document) saved by the browser.
  portal.download = function (template, unitId) {
    return Pane.json("/api/render", { template: template, unitId: unitId, include: "document" }).then(function (rendered) {
      var blob = new Blob([bytesOf(rendered.document)], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
      if (window.navigator.msSaveOrOpenBlob) window.navigator.msSaveOrOpenBlob(blob, rendered.fileName);
      else {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = rendered.fileName;
        document.body.appendChild(a);
        a.click();
        document.body.removeChild(a);
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      }
      return rendered.fileName;
    });
  };

  function readFile(file) {
    return Pane.defer(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(Pane.failure.office({ code: "FileReader", message: "" })); };
      reader.readAsArrayBuffer(file);
    });
  }

  // POST /api/submissions/{unitId} with the document's bytes, as the Word path does.
  portal.submitBytes = function (unitId, bytes, onProgress) {
    return Pane.api({
      method: "POST", path: "/api/submissions/" + encodeURIComponent(unitId), body: bytes, onProgress: onProgress,
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    });
  };

  portal.upload = function (unitId, file, onProgress) {
    return readFile(file).then(function (bytes) {
      return portal.submitBytes(unitId, bytes, onProgress).then(function (record) { return { record: record, bytes: bytes.length }; });
    });
  };
})(window.Pane);
