// The 报送状态 tab: who has submitted, filtered by status and name. ES5 only.
(function (Pane) {
  "use strict";

  // the Chinese of status and check come from the server (one vocabulary: SubmissionStatusText)
  var rows = [];
  var status = {};
  Pane.status = status;

  status.render = function () {
    var want = Pane.$("status-filter").value;
    var text = Pane.$("name-filter").value.replace(/^\s+|\s+$/g, "");
    var tbody = document.querySelector("#status-table tbody");
    tbody.textContent = "";
    var shown = 0;
    var submitted = 0;
    Pane.each(rows, function (r) {
      if (r.status === "submitted") submitted++;
      if (want && r.status !== want && r.check !== want) return;
      if (text && r.name.indexOf(text) < 0) return;
      shown++;
      var tr = document.createElement("tr");
      tr.setAttribute("data-unit", r.unitId);
      tbody.appendChild(tr);
      Pane.cell(tr, r.name);
      Pane.cell(tr, r.statusLabel, r.status);
      Pane.cell(tr, r.check ? r.checkLabel : "", r.check ? "check-" + r.check : null);
      Pane.cell(tr, r.submittedAt ? new Date(r.submittedAt).toLocaleString("zh-CN", { hour12: false }) : "");
      Pane.cell(tr, r.submittedBy || "");
    });
    Pane.$("status-summary").textContent = Pane.text.statusSummary(rows.length, submitted, shown);
  };

  status.load = function () {
    Pane.clearMessage();
    return Pane.json("/api/status").then(function (list) { rows = list; status.render(); });
  };
})(window.Pane);
