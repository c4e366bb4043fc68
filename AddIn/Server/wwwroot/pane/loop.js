// The 督办进度 tab: for the office, each unit's stage on the ladder (未启动 → 已销号), a unit's open items and trail, and
// the 复核 verdicts it gives; for a unit's user, its open items and the 限期 of their notices. ES5 only.
(function (Pane) {
  "use strict";

  var t = Pane.text.loop;
  var loop = {};
  var me = null;
  var shown = null;
  Pane.loop = loop;

  var cell = Pane.cell;
  // the 序号 of the unit whose open items are shown (Pane.unitItems), for the tables and the refusals
  var numberOf = function (id) { return id; };

  function count(counts, stage) {
    for (var i = 0; i < counts.length; i++) if (counts[i].stage === stage) return counts[i].count;
    return 0;
  }

  function showStages(stages) {
    var tbody = document.querySelector("#stages-table tbody");
    tbody.textContent = "";
    var closedStage = stages.ladder[stages.ladder.length - 1];
    var awaiting = 0;
    var closed = 0;
    Pane.each(stages.rows, function (r) {
      awaiting += r.awaiting;
      closed += count(r.counts, closedStage);
      var tr = document.createElement("tr");
      tr.setAttribute("data-unit", r.unitId);
      tbody.appendChild(tr);
      cell(tr, r.name);
      cell(tr, r.stage || t.noItems, r.stageWord ? "stage stage-" + r.stageWord : "stage");
      cell(tr, r.items);
      cell(tr, r.awaiting);
      cell(tr, count(r.counts, closedStage));
      var button = document.createElement("button");
      button.textContent = t.open;
      button.className = "open-unit";
      button.addEventListener("click", function () {
        Pane.clearMessage();
        loop.showUnit(r.unitId).then(null, function (e) { Pane.show(Pane.explain(e), false); });
      });
      cell(tr, "", "row-action").appendChild(button);
    });
    Pane.$("loop-summary").textContent = t.summary(stages.round, stages.rows.length, awaiting, closed);
  }

  function verdictControls(td, item) {
    var select = document.createElement("select");
    select.className = "verdict";
    select.setAttribute("data-item", item.id);
    // the values are the words POST /api/campaign/verdicts takes (Verdicts.Parse); the labels are the table's
    Pane.each([["", t.noVerdict], ["pass", t.pass], ["return", t.sendBack]], function (o) {
      var option = document.createElement("option");
      option.value = o[0];
      option.textContent = o[1];
      select.appendChild(option);
    });
    var reason = document.createElement("input");
    reason.type = "text";
    reason.className = "reason";
    reason.setAttribute("data-item", item.id);
    reason.placeholder = t.reason;
    td.appendChild(select);
    td.appendChild(reason);
  }

  function showOpen(open, office) {
    Pane.$("loop-unit").hidden = false;
    Pane.$("open-title").textContent = t.openTitle(open.name);
    var tbody = document.querySelector("#open-table tbody");
    tbody.textContent = "";
    var noticed = 0;
    var verifiable = 0;
    Pane.each(open.items, function (item) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-item", item.id);
      tbody.appendChild(tr);
      cell(tr, numberOf(item.id), "number");
      var problem = cell(tr, item.problem);
      if (item.reason) {
        var why = document.createElement("div");
        why.className = "muted";
        why.textContent = t.returned(item.reason);
        problem.appendChild(why);
      }
      cell(tr, item.stage, "stage stage-" + item.stageWord);
      if (item.deadline) noticed++;
      cell(tr, item.deadline ? t.deadline(item.deadline, item.notice) : t.noNotice, item.deadline ? "deadline" : "muted");
      var verdict = cell(tr, "", "verdict-column");
      // a verdict is given on what the unit reported done, and may send back what passed and is not closed yet
      if (office && (item.stageWord === "Reported" || item.stageWord === "Passed")) {
        verdictControls(verdict, item);
        verifiable++;
      }
    });
    Pane.each(document.querySelectorAll(".verdict-column"), function (c) { c.hidden = !office; });
    Pane.$("open-summary").textContent = open.items.length === 0 ? t.noOpen : t.openSummary(open.items.length, noticed);
    Pane.$("verdict-actions").hidden = !(office && verifiable > 0);
  }

  function showHistory(rows) {
    Pane.$("loop-history").hidden = false;
    var tbody = document.querySelector("#history-table tbody");
    tbody.textContent = "";
    Pane.each(rows, function (r) {
      var tr = document.createElement("tr");
      tbody.appendChild(tr);
      cell(tr, String(r.at).replace("T", " ").substring(0, 16));
      cell(tr, r.action);
      cell(tr, r.itemId ? numberOf(r.itemId) : "");
      cell(tr, r.actor);
      cell(tr, [r.value, r.detail].join(" ").replace(/^\s+|\s+$/g, ""));
    });
    if (rows.length === 0) {
      var tr = document.createElement("tr");
      tbody.appendChild(tr);
      var td = cell(tr, t.noHistory, "muted");
      td.colSpan = 5;
      td.removeAttribute("data-label");
    }
  }

  function unitPath(unitId, what) { return "/api/campaign/units/" + encodeURIComponent(unitId) + "/" + what; }

  // the office's view of one unit: its open items (with the verdict controls) and its trail
  function numbered(unitId) {
    return Pane.unitItems(unitId).then(function (listed) { numberOf = listed.number; });
  }

  loop.showUnit = function (unitId) {
    shown = unitId;
    return numbered(unitId).then(function () { return Pane.json(unitPath(unitId, "open")); }).then(function (open) {
      showOpen(open, true);
      return Pane.json(unitPath(unitId, "history"));
    }).then(showHistory);
  };

  // the verdicts chosen in the open items' table, as POST /api/campaign/verdicts takes them
  function chosen() {
    var list = [];
    Pane.each(document.querySelectorAll("#open-table select.verdict"), function (s) {
      if (!s.value) return;
      var item = s.getAttribute("data-item");
      var reason = document.querySelector("#open-table input.reason[data-item='" + item + "']");
      list.push({ item: item, verdict: s.value, reason: reason ? reason.value : "" });
    });
    return list;
  }

  function refused(f) {
    var lines = [];
    Pane.each(f.problems, function (p) { lines.push(t.problem(p.item ? numberOf(p.item) : "", t.problems[p.id] || t.otherProblem)); });
    return Pane.failure.message(f.detail + lines.join("；") + "。");
  }

  loop.giveVerdicts = function () {
    var verdicts = chosen();
    if (verdicts.length === 0) throw Pane.failure.message(t.chooseVerdict);
    return Pane.json("/api/campaign/verdicts", { verdicts: verdicts }).then(function (r) {
      var closed = [];
      Pane.each(r.closed, function (id) { closed.push(t.numbered(numberOf(id))); });
      var text = r.recorded === 0 ? t.nothingNew : t.recorded(r.passed, r.returned, closed);
      return loop.load(me).then(function () { Pane.show(text, true); });
    }, function (e) {
      var f = Pane.asFailure(e);
      throw f.kind === "http" && f.problems && f.problems.length ? refused(f) : e;
    });
  };

  // the tab for whoever signed in: the office sees every unit (and the unit it opened), a unit's user its own open items
  loop.load = function (who) {
    me = who;
    if (!me) return Pane.resolved();
    Pane.$("loop-office").hidden = !me.isOffice;
    if (me.isOffice) {
      return Pane.json("/api/campaign/stages").then(function (stages) {
        showStages(stages);
        if (shown) return loop.showUnit(shown);
      });
    }
    if (!me.unitId) {
      Pane.$("loop-unit").hidden = true;
      return Pane.defer(function (resolve, reject) { reject(Pane.failure.message(t.noUnit)); });
    }
    Pane.$("loop-history").hidden = true;
    return numbered(me.unitId).then(function () { return Pane.json(unitPath(me.unitId, "open")); }).then(function (open) { showOpen(open, false); });
  };
})(window.Pane);
