/*! baocao __VERSION__ — classic-script build, for pages without a bundler.
 *
 * 1. Drop-in: add the tag and mark a text area; it is checked live (150 ms debounce),
 *    with the findings listed after it (or in the element data-baocao-results names):
 *
 *      <script src="/pkg/baocao.classic.js" defer></script>
 *      <textarea data-baocao data-baocao-lang="vi"></textarea>
 *
 *    Other attributes: data-baocao-profile, data-baocao-kind ("plan" | "report"),
 *    data-baocao-today (YYYY-MM-DD). Each check dispatches a "baocao:findings" event
 *    (detail: the findings) on the text area. Classes baocao-* are left to the page's CSS.
 *
 * 2. API: window.baocao.ready resolves to { checkDocument, rules, profiles, version,
 *    attach }; once it has, the same functions are on window.baocao too, and a
 *    "baocao:ready" event is dispatched on document.
 *
 *      const baocao = await window.baocao.ready;
 *      const findings = baocao.checkDocument(text, { lang: "vi" });
 *
 * Loads baocao.js and baocao_bg.wasm from the folder this script came from. Under a
 * Content Security Policy WebAssembly needs script-src 'wasm-unsafe-eval'; without it
 * ready rejects and says so (on the console and at every marked text area). No network
 * requests but for its own two files, no storage: the text never leaves the page.
 */
(function (global) {
  "use strict";
  var existing = global.baocao;
  if (existing && existing.ready && typeof existing.ready.then === "function") {
    return; // Loaded twice: keep the first.
  }
  var ns = existing && typeof existing === "object" ? existing : {};
  global.baocao = ns;

  var script = document.currentScript;
  var base = (script && script.src) || document.baseURI;
  var uid = 0;

  var WORDS = {
    vi: {
      none: "Không phát hiện lỗi nào.",
      found: function (n, e) { return "Phát hiện " + n + " vấn đề, trong đó " + e + " lỗi."; },
      line: "Dòng ",
      severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
      hint: "Cách sửa: ",
    },
    en: {
      none: "No problems found.",
      found: function (n, e) { return n + " problem(s) found, " + e + " of them error(s)."; },
      line: "Line ",
      severity: { error: "Error", warning: "Warning", info: "Note" },
      hint: "How to fix: ",
    },
  };

  function explain(error) {
    var text = String((error && error.message) || error);
    var e = /Content[- ]Security[- ]Policy|unsafe-eval|CSP/i.test(text)
      ? new Error(
          "baocao: the page's Content-Security-Policy blocks WebAssembly. " +
            "Add 'wasm-unsafe-eval' to script-src, e.g. " +
            "Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'. (" + text + ")"
        )
      : new Error("baocao: could not load the checker from " + base + ": " + text);
    e.cause = error;
    return e;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text; // Text, never HTML.
    return node;
  }

  /** Where a text area's findings go: data-baocao-results, else a new element after it. */
  function resultsFor(textarea) {
    var id = textarea.getAttribute("data-baocao-results");
    var box = id && document.getElementById(id);
    if (!box) {
      box = textarea.nextElementSibling;
      if (!box || !box.classList.contains("baocao-results")) {
        box = el("div", "baocao-results");
        textarea.insertAdjacentElement("afterend", box);
      }
    }
    return box;
  }

  function describedBy(textarea, id) {
    var ids = (textarea.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    if (ids.indexOf(id) < 0) ids.push(id);
    textarea.setAttribute("aria-describedby", ids.join(" "));
  }

  /** Selects a finding's span and scrolls it into view (line-based). */
  function select(textarea, f) {
    textarea.focus();
    textarea.setSelectionRange(f.start, f.end);
    var lineHeight = parseFloat(global.getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (f.line - 3) * lineHeight);
  }

  function makeAttach(api) {
    return function attach(textarea, options) {
      if (!textarea || textarea.tagName !== "TEXTAREA") {
        throw new TypeError("baocao.attach: expected a <textarea>");
      }
      if (textarea.baocaoAttached) return textarea.baocaoAttached;
      var data = function (name) { return textarea.getAttribute("data-baocao-" + name) || undefined; };
      var opts = Object.assign(
        {
          lang: data("lang") || (textarea.closest("[lang]") || document.documentElement).lang.slice(0, 2),
          profile: data("profile"),
          kind: data("kind"),
          today: data("today"),
        },
        options
      );
      if (opts.lang !== "en") opts.lang = "vi";
      var words = WORDS[opts.lang];
      var box = resultsFor(textarea);
      var summary = el("p", "baocao-summary");
      summary.id = "baocao-summary-" + ++uid;
      summary.setAttribute("aria-live", "polite");
      var list = el("ul", "baocao-list");
      box.replaceChildren(summary, list);
      describedBy(textarea, summary.id);
      var timer = 0;

      function check() {
        clearTimeout(timer);
        var findings;
        try {
          findings = textarea.value.trim() ? api.checkDocument(textarea.value, opts) : [];
        } catch (e) {
          summary.textContent = e.message;
          summary.setAttribute("role", "alert");
          return [];
        }
        var errors = findings.filter(function (f) { return f.severity === "error"; }).length;
        var text = findings.length ? words.found(findings.length, errors) : words.none;
        if (summary.textContent !== text) summary.textContent = text;
        textarea.setAttribute("aria-invalid", errors ? "true" : "false");
        list.replaceChildren.apply(
          list,
          findings.map(function (f) {
            var item = el("li", "baocao-item");
            var button = el("button", "baocao-finding baocao-finding--" + f.severity);
            button.type = "button";
            button.setAttribute("data-code", f.code);
            button.append(
              el("span", "baocao-where", words.line + f.line + " · " + words.severity[f.severity] + " " + f.code + ": "),
              el("span", "baocao-message", f.message)
            );
            if (f.hint) button.append(el("span", "baocao-hint", " " + words.hint + f.hint));
            button.addEventListener("click", function () { select(textarea, f); });
            item.append(button);
            return item;
          })
        );
        textarea.dispatchEvent(new CustomEvent("baocao:findings", { detail: findings, bubbles: true }));
        return findings;
      }

      function onInput() {
        clearTimeout(timer);
        timer = setTimeout(check, 150);
      }
      textarea.addEventListener("input", onInput);
      var handle = {
        check: check,
        detach: function () {
          clearTimeout(timer);
          textarea.removeEventListener("input", onInput);
          box.replaceChildren();
          delete textarea.baocaoAttached;
        },
      };
      textarea.baocaoAttached = handle;
      check();
      return handle;
    };
  }

  function marked() {
    return Array.prototype.slice.call(document.querySelectorAll("textarea[data-baocao]"));
  }

  ns.ready = import(new URL("baocao.js", base).href)
    .then(function (m) {
      return m.default({ module_or_path: new URL("baocao_bg.wasm", base) }).then(function () {
        var core = {
          checkDocument: m.checkDocument,
          rules: m.rules,
          profiles: m.profiles,
          version: m.version,
        };
        core.attach = makeAttach(core);
        var api = Object.freeze(core);
        for (var key in api) ns[key] = api[key];
        marked().forEach(function (t) { api.attach(t); });
        document.dispatchEvent(new CustomEvent("baocao:ready", { detail: api }));
        return api;
      });
    })
    .catch(function (error) {
      var e = explain(error);
      if (global.console) global.console.error(e.message);
      marked().forEach(function (t) {
        var note = el("p", "baocao-summary baocao-summary--failed", e.message);
        note.setAttribute("role", "alert");
        resultsFor(t).replaceChildren(note);
      });
      throw e;
    });
})(window);
