// Starts the pane: in Word (Office.onReady with a host) it fills and submits the open document; in a plain browser,
// or when office.js never answers, it works as the web portal. It never stays on "正在连接…". ES5 only.
(function (Pane) {
  "use strict";

  var $ = Pane.$;
  var t = Pane.text;
  var me = null;

  function progress(label, fraction) {
    $("progress").hidden = false;
    $("progress-text").hidden = false;
    $("progress").value = Math.round(fraction * 100);
    $("progress-text").textContent = label + " " + Math.round(fraction * 100) + "%";
  }

  function render(include) {
    return Pane.json("/api/render", { template: $("kind").value, unitId: $("unit").value, include: include });
  }

  function needUnit() {
    if ($("unit").value) return null;
    return Pane.failure.message(t.chooseUnit);
  }

  function fill() {
    var answer = null;
    return render("controls").then(function (a) {
      answer = a;
      return Pane.word.fill(answer.controls || {});
    }).then(function (r) {
      if (r.filled + r.locked + r.refused.length > 0) {
        return Pane.word.stamp(answer.property, answer.identity).then(function () {
          // a refused control is named as the form shows it (the service's labels), never by its tag
          var names = [];
          Pane.each(r.refused, function (tag) { names.push((answer.labels && answer.labels[tag]) || tag); });
          var text = t.filled(r.filled) + (r.locked ? t.skippedLocked(r.locked) : "") + (names.length ? t.refused(names) : "");
          Pane.show(text, r.refused.length === 0);
        });
      }
      return render("document").then(function (rendered) {
        return Pane.word.insertWhole(rendered.document).then(function (whole) {
          return Pane.word.stamp(answer.property, answer.identity).then(function () {
            Pane.show(whole ? t.insertedWhole(rendered.fileName) : t.insertedBodyOnly(rendered.fileName), true);
          });
        });
      });
    });
  }

  function submitted(record, bytes) {
    progress(t.done, 1);
    var text = t.submitted(record.version, bytes, record.checkLabel);
    if (record.problems && record.problems.length) text += t.submittedProblems(record.problems);
    Pane.show(text, true);
  }

  function submit() {
    if (!Pane.host.canReadFile()) {
      $("upload-box").hidden = false;
      throw Pane.failure.message(t.noFileApi);
    }
    var unitId = $("unit").value;
    return Pane.word.read(function (f) { progress(t.reading, f); }).then(function (bytes) {
      return Pane.portal.submitBytes(unitId, bytes, function (f) { progress(t.uploading, f); }).then(function (record) { submitted(record, bytes.length); });
    });
  }

  function upload() {
    var file = $("upload-file").files && $("upload-file").files[0];
    if (!file) throw Pane.failure.message(t.chooseFile);
    return Pane.portal.upload($("unit").value, file, function (f) { progress(t.uploading, f); }).then(function (r) { submitted(r.record, r.bytes); });
  }

  function download() {
    return Pane.portal.download($("kind").value, $("unit").value).then(function (name) { Pane.show(t.downloaded(name), true); });
  }

  function briefing() {
    return Pane.json("/api/briefing", {}).then(function (rendered) {
      return Pane.word.insertWhole(rendered.document).then(function () { Pane.show(t.briefing(rendered.fileName), true); });
    });
  }

  // A button runs its action once at a time; whatever fails is explained in one sentence.
  function guarded(button, action, needsUnit) {
    button.addEventListener("click", function () {
      Pane.clearMessage();
      var missing = needsUnit ? needUnit() : null;
      if (missing) { Pane.show(Pane.explain(missing), false); return; }
      button.disabled = true;
      var done = function () { button.disabled = false; };
      var run;
      try { run = Pane.resolved(action()); } catch (e) { run = Pane.defer(function (resolve, reject) { reject(e); }); }
      // a refused upload must not leave "正在上传 100%" beside the refusal
      run.then(done, function (e) { done(); $("progress").hidden = true; $("progress-text").hidden = true; Pane.show(Pane.explain(e), false); });
    });
  }

  function switchTab(tab) {
    Pane.each(document.querySelectorAll(".tab"), function (x) { x.className = x === tab ? "tab active" : "tab"; });
    Pane.each(document.querySelectorAll(".panel"), function (p) { p.hidden = p.id !== tab.getAttribute("data-panel"); });
    if (tab.id === "tab-status") Pane.status.load().then(null, function (e) { Pane.show(Pane.explain(e), false); });
    if (tab.id === "tab-loop") Pane.loop.load(me).then(null, function (e) { Pane.show(Pane.explain(e), false); });
  }

  function loadUnits() {
    return Pane.json("/api/units").then(function (units) {
      var select = $("unit");
      select.textContent = "";
      Pane.each(units, function (u) {
        var o = document.createElement("option");
        o.value = u.id;
        o.textContent = u.name + "（" + u.kind + "）";
        select.appendChild(o);
      });
      if (units.length === 0) Pane.show(t.noUnits, false);
    });
  }

  function wire() {
    Pane.each(document.querySelectorAll(".tab"), function (x) { x.addEventListener("click", function () { switchTab(x); }); });
    guarded($("fill"), fill, true);
    guarded($("submit"), submit, true);
    guarded($("upload"), upload, true);
    guarded($("download"), download, true);
    guarded($("refresh"), Pane.status.load, false);
    guarded($("briefing"), briefing, false);
    guarded($("loop-refresh"), function () { return Pane.loop.load(me); }, false);
    guarded($("give-verdicts"), Pane.loop.giveVerdicts, false);
    // the browser's own file button speaks the browser's language: the page shows its own, and the chosen file's name
    $("upload-file").addEventListener("change", function () {
      var file = $("upload-file").files && $("upload-file").files[0];
      $("upload-name").textContent = file ? file.name : t.noFileChosen;
    });
    $("status-filter").addEventListener("change", Pane.status.render);
    $("name-filter").addEventListener("input", Pane.status.render);
    $("unit").addEventListener("change", function () {
      if (!Pane.host.inOffice) Pane.portal.showItems($("unit").value).then(null, function (e) { Pane.show(Pane.explain(e), false); });
    });
  }

  var started = false;

  function start(info, note) {
    if (started) return;
    started = true;
    Pane.host.init(info);
    wire();
    var inOffice = Pane.host.inOffice;
    $("word-actions").hidden = !inOffice;
    $("portal-actions").hidden = inOffice;
    $("upload-box").hidden = inOffice;
    Pane.request({ path: "/api/session" }).then(function (session) {
      return Pane.auth.start(session).then(function () { return Pane.json("/api/me"); }).then(function (who) {
        me = who;
        $("who").textContent = (me.isOffice ? t.officeUser : t.unitUser) + me.name + (session.mode === "local" ? t.localMode : "");
        // the briefing goes into the open document: in Word only
        $("briefing").hidden = !(me.isOffice && inOffice);
        return loadUnits();
      });
    }).then(function () {
      if (!inOffice) return Pane.portal.showItems($("unit").value);
    }).then(function () {
      document.body.setAttribute("data-mode", inOffice ? "word" : "portal");
      document.body.setAttribute("data-ready", "true");
      if (note) Pane.show(note, false);
    }, function (e) {
      Pane.show(Pane.explain(e), false);
      $("who").textContent = t.notConnected;
    });
  }

  function tooOld() {
    $("who").textContent = t.notConnected;
    Pane.show(t.oldBrowser(Pane.host.portalUrl()), false);
  }

  function boot() {
    if (!window.JSON || !document.querySelector || !window.Uint8Array || !window.XMLHttpRequest || !document.addEventListener) { tooOld(); return; }
    // Promise is checked only once office.js is ready: in the IE11 webview it comes with Office's own scripts
    // (OfficeExtension.Promise), which load after this file
    var go = function (info, note) { if (Pane.promise()) start(info, note); else tooOld(); };
    // office.js not loaded (the portal page, or no way to Microsoft's CDN): the portal
    if (!(window.Office && window.Office.onReady)) { go(null); return; }
    // office.js loaded but Office never answers: the portal, and say so rather than wait forever
    var watchdog = setTimeout(function () { go(null, t.officeSlow(Pane.host.portalUrl())); }, Pane.watchdogMs || 15000);
    window.Office.onReady(function (info) { clearTimeout(watchdog); go(info); });
  }

  boot();
})(window.Pane);
