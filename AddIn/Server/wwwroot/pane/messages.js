// Every sentence the pane shows, in one table. ES5 only: this file must parse in the IE11 webview of Office 2019.
var Pane = window.Pane || {};
window.Pane = Pane;

Pane.text = {
  connecting: "正在连接…",
  notConnected: "未连接",
  officeUser: "活动办公室：",
  unitUser: "单位用户：",
  localMode: "（本机模式）",
  portalMode: "网页门户：未在 Word 中打开，可下载预填的报表，填好后在此上传。",
  noUnits: "没有可选的单位：台账中没有与您的账号对应的单位，请联系活动办公室。",
  chooseUnit: "请先选择单位。",
  chooseFile: "请先选择填好的 .docx 文件。",
  filled: function (n) { return "已填充 " + n + " 个内容控件。"; },
  skippedLocked: function (n) { return "已跳过 " + n + " 个锁定的控件（单位编号、报表类型不可改）。"; },
  refused: function (tags) { return "以下控件未能写入，请手工填写：" + tags.join("、") + "。"; },
  notInList: function (tag, value) { return "下拉框“" + tag + "”中没有选项“" + value + "”"; },
  insertedWhole: function (name) { return "文档中没有可填的内容控件，已插入整份文书：" + name + "。"; },
  insertedBodyOnly: function (name) { return "已插入整份文书：" + name + "。此版本 Word 不能带入页眉页脚（需 WordApi 1.5），如需完整版式请在网页门户下载。"; },
  cannotInsert: "此版本 Word 不能插入整份文书，请在网页门户下载预填的报表后打开。",
  briefing: function (name) { return "已生成会议通报：" + name + "。"; },
  reading: "正在读取文档",
  uploading: "正在上传",
  done: "提交完成",
  submitted: function (version, bytes, check) { return "已提交（第 " + version + " 版，" + bytes + " 字节）" + (check ? "，检查结果：" + check : "") + "。"; },
  submittedProblems: function (problems) { return "请核对：" + problems.join("；"); },
  noFileApi: "此版本的 Word（例如 Word 网页版）不能由加载项读取整个文档。请先保存文档（文件 → 另存为 → 下载副本），再在下方“上传填好的文件”中选择它提交。",
  downloaded: function (name) { return "已下载：" + name + "。填好后在“上传填好的文件”中提交。"; },
  noItems: "台账中本单位没有整改事项。",
  itemsSummary: function (all, open, noticed) { return "共 " + all + " 项，未销号 " + open + " 项，其中 " + noticed + " 项已下发督办通知单。"; },
  noFileChosen: "未选择文件",
  statusSummary: function (all, submitted, shown) { return "共 " + all + " 个单位，已提交 " + submitted + " 个，显示 " + shown + " 个。"; },
  oldBrowser: function (portal) { return "此版本的 Office 使用的浏览器组件过旧，任务窗格无法运行。请用新版浏览器（Edge、Chrome 等）打开网页门户：" + portal; },
  officeSlow: function (portal) { return "Office 长时间没有响应，任务窗格未能启动。请关闭后重新打开任务窗格，或在浏览器中打开网页门户：" + portal; },
  signInUnavailable: function (portal) { return "此版本的 Office 不能在任务窗格中登录。请在浏览器中打开网页门户登录后填报：" + portal; },
  signInCancelled: "登录已取消。需要登录后才能使用，请再试一次。",
  signInDialogFailed: "登录窗口未能打开：请允许 Office 弹出窗口后重试。",
  signingIn: "正在跳转到登录页面…",

  // the 督办进度 tab
  loop: {
    summary: function (round, units, awaiting, closed) {
      return "第 " + round + " 轮督办，共 " + units + " 个单位；待复核 " + awaiting + " 项，已销号 " + closed + " 项。";
    },
    noItems: "无整改事项",
    open: "查看",
    openTitle: function (name) { return name + "：未销号事项"; },
    noOpen: "没有未销号的事项。",
    openSummary: function (n, noticed) { return "未销号 " + n + " 项，其中 " + noticed + " 项已下发督办通知单。"; },
    noNotice: "未下发",
    deadline: function (date, number) { return date + "（" + number + "）"; },
    returned: function (reason) { return "退回原因：" + reason; },
    noVerdict: "不复核",
    pass: "通过",
    sendBack: "退回重办",
    reason: "退回原因（退回重办必填）",
    chooseVerdict: "请先为至少一个事项选择复核结论。",
    recorded: function (passed, returned, closed) {
      return "已记录复核结论：通过 " + passed + " 项，退回重办 " + returned + " 项" + (closed.length ? "；已销号：" + closed.join("、") : "") + "。";
    },
    nothingNew: "这些复核结论此前已记录，没有新的变化。",
    noUnit: "您的账号没有对应的单位，请联系活动办公室。",
    noHistory: "还没有督办记录。",
    numbered: function (number) { return "第 " + number + " 项"; },
    problem: function (number, text) { return (number ? "第 " + number + " 项：" : "") + text; },
    problems: {
      "unknown-item": "不在台账中",
      "second-verdict": "重复给出了复核结论",
      "closed": "已销号，不能再退回重办",
      "not-reported": "单位尚未自报整改到位，还不能复核",
      "reason-missing": "退回重办须填写退回原因",
      "bad-satisfaction": "群众评价不在可选范围内",
      "closure-refused": "按销号规则还不能销号",
      "rule-failed": "销号规则无法执行，请联系管理员检查规则文件",
      "bad-verdict": "复核结论只能是“通过”或“退回重办”"
    },
    otherProblem: "复核结论有误"
  },

  // failures, by kind (errors are data: see errors.js)
  network: "无法连接到服务：请检查网络，或确认服务地址可以访问，然后重试。",
  timeout: "服务长时间没有响应，请稍后重试。",
  internal: function (what) { return "任务窗格内部出错（" + what + "），这不是网络问题。请刷新后重试；如仍出现，请把这句话发给管理员。"; },
  wordFailed: function (code, message) { return "Word 未能完成操作（错误码 " + code + "）" + (message ? "：" + message : "。"); },
  status: {
    400: "提交的内容有问题。",
    401: "登录已失效，请关闭任务窗格后重新打开。",
    403: "您没有权限访问这个单位的数据。",
    404: "没有找到所需的数据。",
    408: "上传太慢，已被服务中断，请在网络较好时重试。",
    409: "请求与当前数据冲突。",
    413: "文件太大，无法上传。",
    415: "文件类型不对，请上传 .docx 文件。",
    500: "服务出错，请稍后重试或联系管理员。",
    502: "服务暂时无法访问文档库，请稍后再试。",
    503: "服务繁忙，请稍后再试。"
  },
  otherStatus: function (status) { return "服务返回错误（" + status + "）。"; },
  claimsAgain: "需要再次验证身份（多重身份验证或条件访问），验证后仍被拒绝，请联系管理员。",

  // Office.auth.getAccessToken error codes, as documented in "Troubleshoot error messages for single sign-on (SSO)"
  // (https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins).
  sso: {
    13000: "此 Office 版本或此加载项不支持单点登录，将改用登录窗口。",
    13001: "您尚未登录 Office：请先用单位的工作账号登录 Office，再重新打开任务窗格。",
    13002: "登录或授权已取消。需要登录并同意授权后才能使用，请再试一次。",
    13003: "当前账号类型不支持单点登录（例如本地域账号）：请用单位的 Microsoft 365 工作账号登录 Office。",
    13004: "加载项的登录配置有误（清单中的资源地址与加载项域名不符），请联系管理员检查清单。",
    13005: "Office 尚未获准访问本服务，或您尚未同意读取基本资料：请联系管理员在 Entra ID 中完成预授权和同意。",
    13006: "Office 登录出错：请注销 Office 账号并重启 Office 后重试（网页版请重新登录）。",
    13007: "Office 未能取得访问本服务的令牌（可能暂时无法连接身份验证服务），请稍后重试。",
    13008: "上一次登录尚未完成，请等它结束后再操作。",
    13010: "网页版 Office 与登录网站处于不同的浏览器安全区域，无法登录：请把两者加入同一安全区域，或改用 Edge、Chrome 浏览器。",
    13012: "当前平台或打开方式不支持单点登录，将改用登录窗口。",
    13013: "短时间内登录请求过多，Office 已暂时拒绝，请稍等片刻再试。",
    50001: "Office.js 未完整加载（浏览器可能缓存了旧文件）：请清除浏览器缓存后重新打开任务窗格。"
  },
  ssoOther: function (code) { return "登录失败（错误码 " + code + "），请稍后重试或联系管理员。"; },
  msal: {
    user_cancelled: "登录已取消。需要登录后才能使用，请再试一次。",
    popup_window_error: "登录窗口被拦截：请允许弹出窗口后重试。",
    no_network_connectivity: "无法连接到登录服务，请检查网络后重试。",
    interaction_in_progress: "上一次登录尚未完成，请等它结束后再操作。"
  },
  msalOther: function (code) { return "登录失败（" + code + "），请稍后重试或联系管理员。"; }
};
