// OfficeTools task pane: fill the open document from the ledger, submit it, show who has submitted.
(function () {
  "use strict";

  const SLICE = 4194304;
  const STATUS_WORDS = { submitted: "已提交", missing: "未提交", overdue: "逾期未交" };
  const CHECK_WORDS = { ok: "齐全", incomplete: "必填项未填", invalid: "内容有误" };
  let session = { mode: "local" };
  let me = null;

  const $ = (id) => document.getElementById(id);

  function show(text, ok) {
    const m = $("message");
    m.textContent = text;
    m.className = ok ? "ok" : "error";
    m.hidden = false;
  }

  function clearMessage() { $("message").hidden = true; }

  // Office errors and HTTP failures become one plain sentence a clerk can act on.
  function explain(error) {
    if (error && error.userMessage) return error.userMessage;
    if (error && typeof error.code === "number") {
      if (error.code === 13001 || error.code === 13002 || error.code === 13006) return "未能登录：请确认已用单位账号登录 Office，然后重新打开任务窗格。";
      if (error.code === 13003) return "当前账号类型不支持单点登录，请改用单位的工作账号登录 Office。";
      if (error.code === 13007 || error.code === 13012) return "此版本的 Office 不支持单点登录，请升级 Office 或改用网页版 Word。";
      return "Word 未能完成操作（错误码 " + error.code + "）：" + (error.message || "请稍后重试。");
    }
    if (error instanceof TypeError) return "无法连接到服务，请检查网络后重试。";
    return "操作失败：" + ((error && error.message) || "未知原因") + "。";
  }

  async function token() {
    if (session.mode !== "sso") return null;
    return await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true });
  }

  async function failure(response) {
    let detail = "";
    try {
      const body = await response.json();
      // only our own problems carry a Chinese detail; a bare status title stays unshown
      detail = body.detail || "";
    } catch (e) { detail = ""; }
    const byStatus = {
      400: "提交的内容有问题。",
      401: "登录已失效，请关闭任务窗格后重新打开。",
      403: "您没有权限访问这个单位的数据。",
      404: "没有找到所需的数据。",
      413: "文件太大，无法上传。",
      500: "服务出错，请稍后重试或联系管理员。",
    };
    const err = new Error(detail || byStatus[response.status] || ("服务返回错误（" + response.status + "）。"));
    err.userMessage = detail ? detail : (byStatus[response.status] || err.message);
    return err;
  }

  async function api(path, options) {
    options = options || {};
    const headers = Object.assign({}, options.headers || {});
    const t = await token();
    if (t) headers.Authorization = "Bearer " + t;
    const response = await fetch(path, Object.assign({}, options, { headers: headers }));
    if (!response.ok) throw await failure(response);
    return response;
  }

  async function loadUnits() {
    const units = await (await api("/api/units")).json();
    const select = $("unit");
    select.textContent = "";
    for (const u of units) {
      const o = document.createElement("option");
      o.value = u.id;
      o.textContent = u.name + "（" + u.kind + "）";
      select.appendChild(o);
    }
    if (units.length === 0) show("没有可选的单位：台账中没有与您的账号对应的单位，请联系活动办公室。", false);
  }

  async function render(include) {
    const body = JSON.stringify({ template: $("kind").value, unitId: $("unit").value, include: include });
    return await (await api("/api/render", { method: "POST", headers: { "Content-Type": "application/json" }, body: body })).json();
  }

  // Fill: tagged content controls get their values; a document without them gets the whole rendered document.
  async function fill() {
    clearMessage();
    if (!$("unit").value) { show("请先选择单位。", false); return; }
    const answer = await render("controls");
    const controls = answer.controls || {};
    let filled = 0;
    // A form's sealed identity goes into a custom document property (invisible on the page): collect counts
    // only forms that carry their own.
    const stamp = async (context) => {
      const props = context.document.properties && context.document.properties.customProperties;
      if (!answer.identity || !props) return;
      props.add(answer.property, answer.identity);
      await context.sync();
    };
    await Word.run(async (context) => {
      const found = [];
      for (const tag of Object.keys(controls)) {
        const items = context.document.contentControls.getByTag(tag);
        items.load("items");
        found.push({ tag: tag, items: items });
      }
      await context.sync();
      for (const f of found) {
        for (const cc of f.items.items) {
          cc.insertText(String(controls[f.tag]), "Replace");
          filled++;
        }
      }
      await context.sync();
      if (filled > 0) await stamp(context);
    });
    if (filled > 0) { show("已填充 " + filled + " 个内容控件。", true); return; }
    const rendered = await render("document");
    await Word.run(async (context) => {
      context.document.body.insertFileFromBase64(rendered.document, "Replace");
      await context.sync();
      await stamp(context);
    });
    show("文档中没有可填的内容控件，已插入整份文书：" + rendered.fileName + "。", true);
  }

  function readDocument(onProgress) {
    return new Promise((resolve, reject) => {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) { reject(result.error); return; }
        const file = result.value;
        const count = file.sliceCount;
        const parts = new Array(count);
        let total = 0;
        const next = (i) => {
          if (i === count) {
            file.closeAsync(() => {});
            const bytes = new Uint8Array(total);
            let offset = 0;
            for (const p of parts) { bytes.set(p, offset); offset += p.length; }
            resolve(bytes);
            return;
          }
          file.getSliceAsync(i, (slice) => {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) { file.closeAsync(() => {}); reject(slice.error); return; }
            // slice data is an array of byte values: copy as bytes, never through a string
            parts[i] = new Uint8Array(slice.value.data);
            total += parts[i].length;
            onProgress((i + 1) / count);
            next(i + 1);
          });
        };
        next(0);
      });
    });
  }

  function upload(path, bytes, t, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", path);
      xhr.setRequestHeader("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      if (t) xhr.setRequestHeader("Authorization", "Bearer " + t);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) { resolve(JSON.parse(xhr.responseText)); return; }
        const response = new Response(xhr.responseText, { status: xhr.status, headers: { "Content-Type": "application/json" } });
        failure(response).then(reject);
      };
      xhr.onerror = () => reject(new TypeError("network"));
      xhr.send(bytes);
    });
  }

  function progress(label, fraction) {
    $("progress").hidden = false;
    $("progress-text").hidden = false;
    $("progress").value = Math.round(fraction * 100);
    $("progress-text").textContent = label + " " + Math.round(fraction * 100) + "%";
  }

  async function submit() {
    clearMessage();
    const unitId = $("unit").value;
    if (!unitId) { show("请先选择单位。", false); return; }
    const bytes = await readDocument((f) => progress("正在读取文档", f));
    const t = await token();
    const record = await upload("/api/submissions/" + encodeURIComponent(unitId), bytes, t, (f) => progress("正在上传", f));
    progress("提交完成", 1);
    show("已提交（第 " + record.version + " 版，" + bytes.length + " 字节）。", true);
  }

  let statusRows = [];

  function renderStatus() {
    const want = $("status-filter").value;
    const text = $("name-filter").value.trim();
    const tbody = document.querySelector("#status-table tbody");
    tbody.textContent = "";
    const rows = statusRows.filter((r) => (!want || r.status === want || r.check === want) && (!text || r.name.indexOf(text) >= 0));
    for (const r of rows) {
      const tr = document.createElement("tr");
      tr.dataset.unit = r.unitId;
      const cells = [r.name, STATUS_WORDS[r.status] || r.status, r.check ? (CHECK_WORDS[r.check] || r.check) : "", r.submittedAt ? new Date(r.submittedAt).toLocaleString("zh-CN") : "", r.submittedBy || ""];
      cells.forEach((c, i) => {
        const td = document.createElement("td");
        td.textContent = c;
        if (i === 1) td.className = r.status;
        if (i === 2 && r.check) td.className = "check-" + r.check;
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    }
    const submitted = statusRows.filter((r) => r.status === "submitted").length;
    $("status-summary").textContent = "共 " + statusRows.length + " 个单位，已提交 " + submitted + " 个，显示 " + rows.length + " 个。";
  }

  async function loadStatus() {
    clearMessage();
    statusRows = await (await api("/api/status")).json();
    renderStatus();
  }

  async function briefing() {
    clearMessage();
    const rendered = await (await api("/api/briefing", { method: "POST" })).json();
    await Word.run(async (context) => {
      context.document.body.insertFileFromBase64(rendered.document, "Replace");
      await context.sync();
      await stamp(context);
    });
    show("已生成会议通报：" + rendered.fileName + "。", true);
  }

  function guarded(button, action) {
    button.addEventListener("click", async () => {
      button.disabled = true;
      try { await action(); } catch (e) { show(explain(e), false); } finally { button.disabled = false; }
    });
  }

  function switchTab(tab) {
    document.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", t === tab));
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== tab.dataset.panel; });
    if (tab.id === "tab-status") loadStatus().catch((e) => show(explain(e), false));
  }

  async function start() {
    document.querySelectorAll(".tab").forEach((t) => t.addEventListener("click", () => switchTab(t)));
    guarded($("fill"), fill);
    guarded($("submit"), submit);
    guarded($("refresh"), loadStatus);
    guarded($("briefing"), briefing);
    $("status-filter").addEventListener("change", renderStatus);
    $("name-filter").addEventListener("input", renderStatus);
    try {
      session = await (await fetch("/api/session")).json();
      me = await (await api("/api/me")).json();
      $("who").textContent = (me.isOffice ? "活动办公室：" : "单位用户：") + me.name;
      $("briefing").hidden = !me.isOffice;
      await loadUnits();
      document.body.dataset.ready = "true";
    } catch (e) {
      show(explain(e), false);
      $("who").textContent = "未连接";
    }
  }

  if (window.Office && Office.onReady) Office.onReady(() => start());
  else show("未能加载 Office.js：请在 Word 中打开此任务窗格。", false);
})();
