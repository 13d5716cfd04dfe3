// The demo page: checks the text area live and lists the findings. Findings are shown
// as text (textContent), never as HTML.
import init, { checkDocument, rules, version } from "/pkg/baocao.js";
import { SAMPLE } from "./sample.js";

const DEBOUNCE_MS = 150;

const STRINGS = {
  vi: {
    skip: "Bỏ qua, đến nội dung chính",
    service: "Cổng dịch vụ công · Phòng, chống mua bán người",
    title: "Kiểm tra kế hoạch, báo cáo phòng, chống mua bán người",
    lead: "Dán hoặc gõ nội dung Kế hoạch, Báo cáo vào ô dưới đây: lỗi hiện ra ngay trong khi bạn gõ. Văn bản được kiểm tra ngay trên máy của bạn và không được gửi đi đâu.",
    langLegend: "Ngôn ngữ / Language",
    sample: "Tải văn bản mẫu (có lỗi)",
    clear: "Xoá nội dung",
    textLabel: "Nội dung văn bản",
    textHint: "Có thể dán trực tiếp từ Word hoặc PDF. Chọn một lỗi ở danh sách để đến đúng chỗ cần sửa.",
    results: "Kết quả kiểm tra",
    codes: "Mỗi lỗi có một mã cố định (ví dụ S003) để trích dẫn khi trao đổi văn bản.",
    loading: "Đang tải bộ kiểm tra…",
    loadFailed: "Không tải được bộ kiểm tra. ",
    cspBlocked: "Trang này chặn WebAssembly: chính sách bảo mật nội dung (Content-Security-Policy) cần có 'wasm-unsafe-eval' trong script-src.",
    checkFailed: "Không kiểm tra được văn bản. ",
    empty: "Chưa có nội dung để kiểm tra.",
    none: "Không phát hiện lỗi nào.",
    count: (n) => `Phát hiện ${n} vấn đề`,
    error: "Lỗi",
    warning: "Cảnh báo",
    info: "Lưu ý",
    errors: (n) => `${n} lỗi`,
    warnings: (n) => `${n} cảnh báo`,
    infos: (n) => `${n} lưu ý`,
    where: (f) => `Dòng ${f.line}, cột ${f.column}`,
    hint: "Cách sửa: ",
    suggestion: "Đề xuất: ",
    about: (v, all, done) => `baocao ${v} · ${all} quy tắc, ${done} đã áp dụng.`,
  },
  en: {
    skip: "Skip to main content",
    service: "Public service portal · Counter-trafficking",
    title: "Check anti-human-trafficking plans and reports",
    lead: "Paste or type a plan (Kế hoạch) or report (Báo cáo) below: problems show up while you type. The text is checked on your own computer and is not sent anywhere.",
    langLegend: "Ngôn ngữ / Language",
    sample: "Load a sample (with mistakes)",
    clear: "Clear",
    textLabel: "Document text",
    textHint: "You can paste straight from Word or PDF. Choose a problem in the list to go to the place to fix.",
    results: "Results",
    codes: "Every problem has a fixed code (e.g. S003) to quote in correspondence.",
    loading: "Loading the checker…",
    loadFailed: "The checker could not be loaded. ",
    cspBlocked: "This page blocks WebAssembly: its Content-Security-Policy needs 'wasm-unsafe-eval' in script-src.",
    checkFailed: "The text could not be checked. ",
    empty: "Nothing to check yet.",
    none: "No problems found.",
    count: (n) => `${n} ${n === 1 ? "problem" : "problems"} found`,
    error: "Error",
    warning: "Warning",
    info: "Note",
    errors: (n) => `${n} ${n === 1 ? "error" : "errors"}`,
    warnings: (n) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    infos: (n) => `${n} ${n === 1 ? "note" : "notes"}`,
    where: (f) => `Line ${f.line}, column ${f.column}`,
    hint: "How to fix: ",
    suggestion: "Suggestion: ",
    about: (v, all, done) => `baocao ${v} · ${all} rules, ${done} in use.`,
  },
};

const $ = (id) => document.getElementById(id);
const textarea = $("text");
const summary = $("summary");
const list = $("findings");
const status = $("status");

let lang = "vi";
let ready = false;
let timer = 0;

const t = (key) => STRINGS[lang][key];

/** An element with a class and text content (never HTML). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showStatus(message) {
  status.textContent = message;
  status.hidden = !message;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n);
  }
  document.title = t("title");
  if (ready) {
    // The catalogue (with its docs) is fetched when first asked, then kept.
    rules().then((all) => {
      const done = all.filter((r) => r.status === "implemented").length;
      $("about").textContent = t("about")(version(), all.length, done);
    });
  }
}

function run() {
  clearTimeout(timer);
  if (!ready) return;
  const text = textarea.value;
  let findings;
  try {
    findings = text.trim() ? checkDocument(text, { lang }) : [];
    showStatus("");
  } catch (error) {
    showStatus(t("checkFailed") + error.message);
    return;
  }
  render(text, findings);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

function render(text, findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  let message;
  if (!text.trim()) message = t("empty");
  else if (findings.length === 0) message = t("none");
  else {
    const parts = [];
    if (counts.error) parts.push(t("errors")(counts.error));
    if (counts.warning) parts.push(t("warnings")(counts.warning));
    if (counts.info) parts.push(t("infos")(counts.info));
    message = `${t("count")(findings.length)}: ${parts.join(", ")}.`;
  }
  // Only touch the live region when its words change, so it is not re-announced.
  if (summary.textContent !== message) summary.textContent = message;
  summary.dataset.state = findings.length ? (counts.error ? "error" : "warning") : "ok";
  textarea.setAttribute("aria-invalid", counts.error ? "true" : "false");

  list.replaceChildren(
    ...findings.map((f) => {
      const item = el("li", "findings__item");
      const button = el("button", `finding finding--${f.severity}`);
      button.type = "button";
      button.dataset.code = f.code;
      button.dataset.start = String(f.start);
      button.dataset.end = String(f.end);
      const meta = el("span", "finding__meta");
      meta.append(
        el("span", `tag tag--${f.severity}`, t(f.severity)),
        el("span", "finding__code", f.code),
        el("span", "finding__where", t("where")(f)),
      );
      button.append(meta, el("span", "finding__message", f.message));
      if (f.hint) {
        const hint = el("span", "finding__hint");
        hint.append(el("strong", "", t("hint")), document.createTextNode(f.hint));
        button.append(hint);
      }
      if (f.suggestion) {
        const suggestion = el("span", "finding__hint");
        suggestion.append(el("strong", "", t("suggestion")), el("code", "", f.suggestion));
        button.append(suggestion);
      }
      button.addEventListener("click", () => select(f.start, f.end));
      item.append(button);
      return item;
    }),
  );
}

/** Selects start..end (UTF-16 offsets) in the text area and scrolls it into view. */
function select(start, end) {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const top = offsetTop(start);
  textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
  // Bring that line into the window too (the text area may be taller than the screen).
  const y = textarea.getBoundingClientRect().top + top - textarea.scrollTop;
  if (y < 0 || y > window.innerHeight - 48) {
    window.scrollBy({ top: y - window.innerHeight / 3 });
  }
}

/** The y of an offset inside the text area's content, wrapped lines included. */
function offsetTop(offset) {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement("div");
  for (const p of [
    "fontFamily", "fontSize", "fontWeight", "fontStyle", "letterSpacing", "lineHeight",
    "textTransform", "wordSpacing", "tabSize", "textIndent",
    "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  ]) {
    mirror.style[p] = style[p];
  }
  Object.assign(mirror.style, {
    position: "absolute",
    visibility: "hidden",
    top: "0",
    left: "-10000px",
    boxSizing: "content-box",
    width: `${textarea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`,
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
  });
  mirror.textContent = textarea.value.slice(0, offset);
  const marker = document.createElement("span");
  marker.textContent = "\u200b";
  mirror.append(marker);
  document.body.append(mirror);
  const top = marker.offsetTop - parseFloat(style.paddingTop);
  mirror.remove();
  return top;
}

for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener("change", () => {
    if (!radio.checked) return;
    lang = radio.value;
    applyLanguage();
    run();
  });
}

textarea.addEventListener("input", schedule);

$("sample").addEventListener("click", () => {
  textarea.value = SAMPLE;
  textarea.scrollTop = 0;
  run();
});

$("clear").addEventListener("click", () => {
  textarea.value = "";
  run();
  textarea.focus();
});

async function start() {
  lang = document.querySelector('input[name="lang"]:checked')?.value ?? "vi";
  applyLanguage();
  summary.textContent = t("loading");
  try {
    await init();
  } catch (error) {
    const message = error?.message ?? String(error);
    summary.textContent = "";
    showStatus(
      /Content[- ]Security[- ]Policy|unsafe-eval/i.test(message)
        ? t("cspBlocked")
        : t("loadFailed") + message,
    );
    return;
  }
  ready = true;
  applyLanguage();
  document.body.dataset.ready = "true";
  run();
}

start();
