// The pane as a web portal (no Office, or a host that cannot read its own file): the unit's items, the pre-filled
// form to download, and the upload of a filled .docx, all through the service's existing API. ES5 only.
(function (Pane) {
  "use strict";

  var portal = {};
  Pane.portal = portal;

  portal.showItems = function (unitId) {
    var tbody = document.querySelector("#items-table tbody");
    tbody.textContent = "";
    Pane.$("items-summary").textContent = "";
    if (!unitId) return Pane.resolved();
    return Pane.json("/api/units/" + encodeURIComponent(unitId) + "/items").then(function (items) {
      Pane.each(items, function (item) {
        var tr = document.createElement("tr");
        tr.setAttribute("data-item", item.id);
        Pane.each([item.id, item.problem, item.measure, item.owner, item.due, item.status], function (c) {
          var td = document.createElement("td");
          td.textContent = c || "";
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      Pane.$("items-summary").textContent = items.length === 0 ? Pane.text.noItems : "共 " + items.length + " 项。";
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
