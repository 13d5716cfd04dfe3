/*! baocao __VERSION__ — drop-in checker for e-government portals. MIT OR Apache-2.0. How to use it: the package's README.md. */

/*
 * One tag, no bundler, no build step:
 *
 *   <script src="/pkg/baocao.dropin.js" defer></script>
 *
 *   <form data-baocao="report">                       a report form (DESIGN §4.4)
 *     <input id="from" data-baocao-field="/periodFrom">  each input names its JSON Pointer
 *   </form>
 *   <textarea data-baocao="plan"></textarea>          a plan text area, linted live
 *
 * or as an ES module: import baocao from "/pkg/baocao.dropin.esm.js".
 * The attribute reference and the JS API are in www/guide.html.
 *
 * Safety: findings are rendered with textContent only, never as HTML. Nothing is sent
 * anywhere and nothing is stored: the only requests are for this package's own files
 * (a checker's wasm, and on some pages a part of this drop-in), from the folder this
 * script came from, each checked against the hash this file was built with (the glue,
 * baocao.js, is bundled in by scripts/build.sh). Under a
 * Content-Security-Policy, WebAssembly needs script-src 'wasm-unsafe-eval'; without it
 * the checker says so once on the console, dispatches "baocao:unavailable", and leaves
 * every form to submit as it did before.
 */

/**
 * Builds the `baocao` namespace. `base` is the URL this script was loaded from (its
 * folder holds the checkers' wasm); `script` the <script> element, if any; `glue` the
 * wasm-bindgen module, bundled into this file by scripts/build.sh, so that the drop-in's
 * own integrity attribute covers it (nothing else is imported); `workerUrl` this same
 * file, started as a Web Worker for large texts (baocaoWorker below). Three parts of the
 * drop-in come only to the pages that need them, each verified by the hash built into
 * this file (loadPart): the report form's controller (baocao.dropin.forms.js), beside the
 * wasm of a checker that reads forms; the agency autocomplete (baocao.dropin.agencies.js),
 * on idle after a form with agency fields is attached; and the file input's controller
 * (baocao.dropin.file.js), beside the wasm on a page with a file input, which loads the
 * .docx reader's glue (baocao.dropin.docx.js, by the hash built into it) with its wasm
 * where the checker has no reader, on idle after init or at the first file, and for
 * baocao.docx().
 */
function createBaocao(global, base, script, glue, workerUrl) {
  "use strict";
  var document = global.document;
  var VERSION = "__VERSION__";
  /**
   * sha256 of baocao_all_bg.wasm, filled in by scripts/build.sh; the wasm is fetched with
   * it: the whole checker (the library's baocao_bg.wasm without the English of the
   * messages, as every checker here: EN_INTEGRITY), for pages with report forms and others.
   */
  var ALL_INTEGRITY = "__ALL_WASM_INTEGRITY__";
  /**
   * sha256 of baocao_forms_bg.wasm, filled in the same way: the form checker, the main wasm
   * without checkDocument (and so without the text reader), for pages with only report forms.
   */
  var FORMS_INTEGRITY = "__FORMS_WASM_INTEGRITY__";
  /**
   * sha256 of baocao_text_bg.wasm, filled in the same way: the text checker, the main wasm
   * without the form and registry functions, for pages with only text areas and file inputs.
   */
  var TEXT_INTEGRITY = "__TEXT_WASM_INTEGRITY__";
  /**
   * sha256 of baocao_file_bg.wasm, filled in the same way: the file checker, the text
   * checker with the .docx reader, for pages with text areas and file inputs.
   */
  var FILE_INTEGRITY = "__FILE_WASM_INTEGRITY__";
  /** The checkers (data-baocao-checker): each one's wasm and hash. */
  var CHECKERS = {
    all: ["baocao_all_bg.wasm", ALL_INTEGRITY],
    forms: ["baocao_forms_bg.wasm", FORMS_INTEGRITY],
    text: ["baocao_text_bg.wasm", TEXT_INTEGRITY],
    file: ["baocao_file_bg.wasm", FILE_INTEGRITY],
  };
  /** The glue's functions that the form and text checkers' wasm may lack. */
  var CHECKER_FUNCTIONS = ["checkDocument", "validateForm", "validateField", "findAgency", "suggestAgencies"];
  /**
   * The .docx reader's functions, which only the file checker's wasm has (the others load
   * the reader's own): it reads a Word file whose parts the page inflated.
   */
  var READER_FUNCTIONS = ["docxParts", "checkDocxWith"];
  /** The glue's functions that a checker's wasm may lack. */
  var OPTIONAL_FUNCTIONS = CHECKER_FUNCTIONS.concat(READER_FUNCTIONS);
  var checker = "all"; // the checker this page loaded
  /**
   * The drop-in's parts (pkg/baocao.dropin.forms.js, .agencies.js, .file.js: js/dropin-*.js),
   * inserted with these hashes; the file part has the .docx reader's (.docx.js and its wasm).
   */
  var FORMS_JS_INTEGRITY = "__FORMS_JS_INTEGRITY__";
  var AGENCIES_JS_INTEGRITY = "__AGENCIES_JS_INTEGRITY__";
  var FILE_JS_INTEGRITY = "__FILE_JS_INTEGRITY__";
  /** sha256 of baocao.rules.json (the rule catalogue with its docs), filled in the same way. */
  var RULES_INTEGRITY = "__RULES_INTEGRITY__";
  /**
   * sha256 of baocao.en.txt, filled in the same way: the English of the messages, which
   * every checker here leaves out (every visitor of a Vietnamese page would download it
   * for nothing). Fetched beside the wasm on a page that asks for English,
   * else once idle after the first checks; `baocao.ready` waits for it.
   */
  var EN_INTEGRITY = "__EN_INTEGRITY__";

  var WORDS = {
    vi: {
      summaryTitle: "Có lỗi cần sửa",
      severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
      titlePrefix: "Lỗi: ",
      hint: "Cách sửa: ",
      suggestion: "Đề xuất: ",
      where: function (f) { return "Dòng " + f.line + ", cột " + f.column; },
      none: "Không phát hiện lỗi nào.",
      found: function (n, e, w) {
        var parts = [];
        if (e) parts.push(e + " lỗi");
        if (w) parts.push(w + " cảnh báo");
        if (n - e - w) parts.push(n - e - w + " lưu ý");
        return "Phát hiện " + n + " vấn đề: " + parts.join(", ") + ".";
      },
      inText: function (label, line) { return label + (line ? ", dòng " + line : "") + ": "; },
      moreInText: function (n, label) { return "Còn " + n + " lỗi khác trong " + label + "."; },
      text: "Văn bản",
      fix: "Sửa",
      fixLabel: function (suggestion) { return "Sửa thành “" + suggestion + "”"; },
      previous: "‹ Lỗi trước",
      next: "Lỗi sau ›",
      position: function (f, i, n) { return (f.line ? "Dòng " + f.line + " · " : "") + (i + 1) + "/" + n; },
      more: function (n) { return "Và " + grouped(n, ".") + " vấn đề khác."; },
      showMore: function (n) { return "Xem thêm " + n; },
      unavailable:
        "Không tải được bộ kiểm tra tự động. Văn bản vẫn gửi được bình thường và sẽ được kiểm tra khi tiếp nhận.",
    },
    en: {
      summaryTitle: "There is a problem",
      severity: { error: "Error", warning: "Warning", info: "Note" },
      titlePrefix: "Error: ",
      hint: "How to fix: ",
      suggestion: "Suggestion: ",
      where: function (f) { return "Line " + f.line + ", column " + f.column; },
      none: "No problems found.",
      found: function (n, e, w) {
        var parts = [];
        var plural = function (k, one, many) { return k + " " + (k === 1 ? one : many); };
        if (e) parts.push(plural(e, "error", "errors"));
        if (w) parts.push(plural(w, "warning", "warnings"));
        if (n - e - w) parts.push(plural(n - e - w, "note", "notes"));
        return plural(n, "problem", "problems") + " found: " + parts.join(", ") + ".";
      },
      inText: function (label, line) { return label + (line ? ", line " + line : "") + ": "; },
      moreInText: function (n, label) { return n + " more " + (n === 1 ? "error" : "errors") + " in " + label + "."; },
      text: "Text",
      fix: "Fix",
      fixLabel: function (suggestion) { return "Change to “" + suggestion + "”"; },
      previous: "‹ Previous",
      next: "Next ›",
      position: function (f, i, n) { return (f.line ? "Line " + f.line + " · " : "") + (i + 1) + "/" + n; },
      more: function (n) { return "And " + grouped(n, ",") + " more " + (n === 1 ? "problem." : "problems."); },
      showMore: function (n) { return "Show " + n + " more"; },
      unavailable:
        "The automatic checker could not be loaded. The text can still be sent as usual and will be checked on receipt.",
    },
  };

  // The report form's own rules are in js/dropin-forms.js.
  // Every selector is one of ours (.baocao-…); colours are custom properties the page may
  // set (--baocao-error, --baocao-warning, --baocao-text, --baocao-focus, --baocao-link,
  // --baocao-mark, --baocao-font-size). No element selector, no reset.
  var CSS = [
    ".baocao-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}",
    ".baocao-error-summary{margin:0 0 1.25em;padding:.9em 1em;border:4px solid var(--baocao-error,#b3261e);color:var(--baocao-text,#0b0c0c);background:var(--baocao-summary-bg,#fff);font-size:var(--baocao-font-size,1em)}",
    ".baocao-error-summary:focus{outline:3px solid var(--baocao-focus,#fd0);outline-offset:0}",
    ".baocao-error-summary[hidden]{display:none}",
    ".baocao-error-summary__title{margin:0 0 .5em;font-size:1.25em;font-weight:700;line-height:1.3}",
    ".baocao-error-summary__list{margin:0;padding:0 0 0 1.2em}",
    ".baocao-error-summary__item{margin:.2em 0}",
    ".baocao-error-summary__link{color:var(--baocao-error,#b3261e);font-weight:700;text-decoration:underline}",
    ".baocao-error-summary__link:focus{outline:3px solid transparent;background:var(--baocao-focus,#fd0);color:var(--baocao-text,#0b0c0c);box-shadow:0 -2px var(--baocao-focus,#fd0),0 4px var(--baocao-text,#0b0c0c);text-decoration:none}",
    ".baocao-error-summary__text{font-weight:700;color:var(--baocao-error,#b3261e)}",
    ".baocao-error-summary__item--fixed .baocao-error-summary__text{color:var(--baocao-text,#0b0c0c);font-weight:700;text-decoration:line-through;opacity:.7}",
    ".baocao-field--error{border-color:var(--baocao-error,#b3261e)!important;box-shadow:inset 0 0 0 1px var(--baocao-error,#b3261e)}",
    ".baocao-results{display:block;margin:.5em 0 1em;color:var(--baocao-text,#0b0c0c);font-size:var(--baocao-font-size,1em)}",
    // A checked text area paints apart from the page (it clips its text already, so nothing
    // changes on screen): else each change around it, a finding drawn, walks its megabytes'
    // lines again before the next paint (10 ms and more on the main thread).
    ".baocao-text{contain:paint}",
    // Findings beside a text area wrap to its column: drawn, they never widen a table it
    // sits in, which would lay the text area out again and walk all its lines to repaint.
    ".baocao-results--beside{contain:inline-size}",
    ".baocao-results__status{display:block;margin:0 0 .4em;font-weight:700}",
    ".baocao-results__status--error{color:var(--baocao-error,#b3261e)}",
    ".baocao-results__list{margin:0;padding:0;list-style:none}",
    ".baocao-finding{margin:0 0 .4em;padding:0}",
    ".baocao-results__more{margin:.4em 0;font-weight:700}",
    ".baocao-finding{position:relative}",
    ".baocao-finding__fix,.baocao-error-message__fix,.baocao-results__nav button{margin:.25em .5em 0 0;padding:.2em .8em;border:2px solid var(--baocao-text,#0b0c0c);background:var(--baocao-fix-bg,#fff);color:var(--baocao-text,#0b0c0c);font:inherit;font-weight:700;cursor:pointer}",
    ".baocao-finding__fix:focus,.baocao-error-message__fix:focus,.baocao-results__nav button:focus{outline:3px solid var(--baocao-focus,#fd0);outline-offset:0}",
    ".baocao-results__nav{display:block;margin:0 0 .4em}",
    ".baocao-results__position{margin:0 .5em 0 0}",
    ".baocao-results__more-button{font:inherit;margin-left:.5em}",
    ".baocao-finding__button{display:block;width:100%;margin:0;padding:.45em .6em;border:0;border-left:5px solid var(--baocao-error,#b3261e);background:var(--baocao-finding-bg,#f3f2f1);color:inherit;font:inherit;text-align:left;cursor:pointer}",
    ".baocao-finding--warning .baocao-finding__button{border-left-color:var(--baocao-warning,#8a4b08)}",
    ".baocao-finding--info .baocao-finding__button{border-left-color:var(--baocao-info,#1d4e89)}",
    ".baocao-finding__button:hover{background:var(--baocao-finding-hover,#e8e7e5)}",
    ".baocao-finding__button:focus{outline:3px solid var(--baocao-focus,#fd0);outline-offset:0}",
    ".baocao-finding__where{display:block;font-size:.9em;font-weight:700}",
    ".baocao-finding__message{display:block}",
    ".baocao-finding__excerpt{display:block;margin-top:.2em;font-size:.95em;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".baocao-finding__hint{display:block;margin-top:.2em;font-size:.9em}",
    "@media print{.baocao-error-summary{border:2px solid #000;color:#000;background:none;break-inside:avoid}.baocao-error-summary__link,.baocao-error-summary__text,.baocao-error-message{color:#000;text-decoration:none}.baocao-messages--held{display:none}.baocao-finding{break-inside:avoid}.baocao-finding__button{border-left:3px solid #000;background:none;color:#000;padding:.2em .5em}.baocao-finding__fix,.baocao-results__nav{display:none}.baocao-mark{background:none;text-decoration:underline}}",
    ".baocao-mark{background:var(--baocao-mark,#ffdd00);color:var(--baocao-text,#0b0c0c);text-decoration:underline wavy var(--baocao-error,#b3261e)}",
  ].join("\n");

  var api = null; // the wasm exports, once loaded
  var controllers = []; // attached forms and text areas
  var globalLang = null; // set by setLang(); overrides the attributes
  var uid = 0;
  var live = null;
  var liveTimer = 0;
  var titleBase = null;
  var warned = {};
  var stylesInstalled = false;

  // ---------------------------------------------------------------- helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text); // Text, never HTML.
    return node;
  }

  /** A console message (`level`: "warn", "error" or "info") said once per `key`. */
  function sayOnce(level, key, message) {
    if (warned[key]) return;
    warned[key] = true;
    if (global.console) global.console[level](message);
  }

  /** An element as the integrator wrote it: <input id="x" name="y">. */
  function describe(node) {
    var s = "<" + node.tagName.toLowerCase();
    if (node.id) s += ' id="' + node.id + '"';
    if (node.getAttribute("name")) s += ' name="' + node.getAttribute("name") + '"';
    return s + ">";
  }

  function newId(prefix) {
    var id;
    do id = prefix + "-" + ++uid; while (document.getElementById(id));
    return id;
  }

  function ensureId(node, prefix) {
    if (!node.id) node.id = newId(prefix);
    return node.id;
  }

  /** An option: the nearest data-baocao-NAME on the element or its ancestors, then the script tag's. */
  function option(node, name) {
    var holder = optionHolder(node, name);
    return holder ? holder.getAttribute("data-baocao-" + name) : null;
  }

  /** The element holding an option (for messages): the nearest with the attribute, or the script tag. */
  function optionHolder(node, name) {
    var attr = "data-baocao-" + name;
    var holder = node && node.closest ? node.closest("[" + attr + "]") : null;
    return holder || (script && script.hasAttribute && script.hasAttribute(attr) ? script : null);
  }

  function langOf(node) {
    var lang = globalLang || option(node, "lang") || "vi";
    return String(lang).toLowerCase().slice(0, 2) === "en" ? "en" : "vi";
  }

  /** A day as officials write it (dd/mm/yyyy, d/m/yyyy) or ISO (yyyy-mm-dd): its ISO form, or null. */
  function isoDay(text) {
    var t = String(text).trim();
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    var y, mo, d;
    if (m) {
      y = +m[1]; mo = +m[2]; d = +m[3];
    } else if ((m = /^(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})$/.exec(t))) {
      d = +m[1]; mo = +m[2]; y = +m[3];
    } else {
      return null;
    }
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return y + "-" + (mo < 10 ? "0" : "") + mo + "-" + (d < 10 ? "0" : "") + d;
  }

  /**
   * 12345 as "12.345" (sep "."), as toLocaleString writes it, without Intl: its first use
   * loads the locale's data, 30 ms on the main thread just as a large text's findings come.
   */
  function grouped(n, sep) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, sep);
  }

  function checkOptions(node) {
    var opts = { lang: langOf(node) };
    var today = option(node, "today");
    if (today) opts.today = isoDay(today) || today;
    var profile = option(node, "profile");
    if (profile) {
      if (profile.charAt(0) === "#") {
        // A profile object in <script type="application/json" id="…">.
        var holder = document.getElementById(profile.slice(1));
        try {
          opts.profile = JSON.parse(holder ? holder.textContent : "null");
        } catch (e) {
          opts.profile = null; // reported by configProblems at attach
        }
      } else {
        opts.profile = profile;
      }
    }
    return opts;
  }

  /**
   * Every option of a marked element, checked once at attach: [{ attribute, value, accepted }].
   * A typo must not turn checking off in silence (issue 16, point 2).
   */
  function configProblems(node) {
    var problems = [];
    var bad = function (name, value, accepted, why) {
      var holder = optionHolder(node, name);
      problems.push({
        attribute: "data-baocao-" + name,
        value: value,
        element: holder || node,
        accepted: accepted,
        why: why || "",
      });
    };
    var choice = function (name, allowed) {
      var v = option(node, name);
      if (v != null && v !== "" && allowed.indexOf(v) < 0) bad(name, v, allowed.map(function (a) { return '"' + a + '"'; }).join(" or "));
    };
    var isForm = isFormNode(node);
    var kind = node.getAttribute("data-baocao");
    var kinds = isForm ? ["report"] : ["plan", "report", "document"];
    if (kinds.indexOf(kind) < 0) {
      problems.push({ attribute: "data-baocao", value: kind, element: node, accepted: kinds.map(function (a) { return '"' + a + '"'; }).join(" or ") + (isForm ? " on a form or the element around its fields" : " on a text area or a file input"), why: "" });
    }
    var lang = option(node, "lang");
    if (lang != null && lang !== "" && !/^(vi|en)(-[a-z0-9]+)*$/i.test(lang)) bad("lang", lang, '"vi" or "en"');
    var today = option(node, "today");
    if (today != null && !isoDay(today)) bad("today", today, "a real day, dd/mm/yyyy (15/06/2026) or yyyy-mm-dd (2026-06-15)");
    choice("ui", ["none", "inline"]);
    choice("submit", ["allow", "block"]);
    choice("styles", ["off", "on"]);
    choice("worker", ["off", "on"]);
    choice("autocomplete", ["off", "on"]);
    var debounce = option(node, "debounce");
    if (debounce != null && !/^\d{1,5}$/.test(debounce)) bad("debounce", debounce, "a number of milliseconds, e.g. 250");
    var profile = option(node, "profile");
    if (profile != null) {
      if (profile.charAt(0) === "#") {
        var holder = document.getElementById(profile.slice(1));
        if (!holder) bad("profile", profile, 'a built-in profile name or "#id" of a <script type="application/json"> on the page', "there is no element with id " + profile.slice(1));
        else {
          try {
            JSON.parse(holder.textContent);
          } catch (e) {
            bad("profile", profile, "a profile object in JSON (schemas/profile.schema.json)", "not valid JSON: " + e.message);
          }
        }
      }
      if (!problems.some(function (p) { return p.attribute === "data-baocao-profile"; })) {
        // The checker itself says whether it knows the profile (and whether an object is a valid one).
        try {
          var asked = { profile: checkOptions(node).profile };
          if (api.checkDocument) api.checkDocument("", asked);
          else api.validateForm({}, asked);
        } catch (e) {
          var names = typeof api.profiles === "function" ? api.profiles() : [];
          names = names.map(function (p) { return '"' + (p && p.name ? p.name : p) + '"'; });
          bad("profile", profile, (names.length ? names.join(", ") : "a built-in profile name") + ' or "#id" of a <script type="application/json"> holding a profile', String(e && e.message || e));
        }
      }
    }
    if (isForm) {
      ["map", "values"].forEach(function (name) {
        var raw = node.getAttribute("data-baocao-" + name);
        if (raw == null) return;
        var parsed;
        try {
          parsed = JSON.parse(raw);
        } catch (e) {
          bad(name, raw, "a JSON object", "not valid JSON: " + e.message);
          return;
        }
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) bad(name, raw, "a JSON object");
        else if (name === "map") {
          for (var k in parsed) {
            if (typeof parsed[k] !== "string" || parsed[k].charAt(0) !== "/") {
              bad(name, raw, 'a JSON object from input name or id to a pointer, e.g. {"TuNgay": "/periodFrom"}', "the value of " + JSON.stringify(k) + " is not a pointer");
              break;
            }
          }
        }
      });
      ["summary", "json"].forEach(function (name) {
        var id = node.getAttribute("data-baocao-" + name);
        if (id != null && !document.getElementById(id)) bad(name, id, "the id of an element on the page", "there is no element with that id");
      });
    } else {
      var results = node.getAttribute("data-baocao-results");
      if (results != null && !document.getElementById(results)) bad("results", results, "the id of an element on the page", "there is no element with that id");
    }
    return problems;
  }

  /** One console error per problem, then baocao:error on the element; its state is "error". */
  function reportConfig(node, problems) {
    var lines = problems.map(function (p) {
      return "baocao: " + p.attribute + '="' + p.value + '" on ' + describe(p.element) + " is not understood" +
        (p.why ? " (" + p.why + ")" : "") + ". Accepted: " + p.accepted + ". This element is not checked until it is fixed.";
    });
    lines.forEach(function (line, i) { sayOnce("error", "config" + i + line, line); });
    node.setAttribute("data-baocao-state", "error");
    emit(node, "baocao:error", {
      reason: "config",
      message: lines.join("\n"),
      problems: problems.map(function (p) { return { attribute: p.attribute, value: p.value, accepted: p.accepted }; }),
    });
  }

  function addToken(node, attr, token) {
    var list = (node.getAttribute(attr) || "").split(/\s+/).filter(Boolean);
    if (list.indexOf(token) < 0) list.push(token);
    node.setAttribute(attr, list.join(" "));
  }

  function removeToken(node, attr, token) {
    var list = (node.getAttribute(attr) || "").split(/\s+/).filter(function (t) { return t && t !== token; });
    if (list.length) node.setAttribute(attr, list.join(" "));
    else node.removeAttribute(attr);
  }

  function emit(target, name, detail) {
    target.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
  }

  function isError(f) { return f.severity === "error"; }

  // ---------------------------------------------------------------- styles, live region, title

  function installStyles() {
    if (stylesInstalled) return;
    stylesInstalled = true;
    addStyles(CSS);
  }

  /** Adds `css` to the page (a part's own styles too), unless the page turned our styles off. */
  function addStyles(css) {
    if (option(null, "styles") === "off") return;
    // A constructed style sheet needs no 'unsafe-inline' under a CSP; a <style> with the
    // script's nonce is the fallback for browsers without adoptedStyleSheets.
    try {
      if (global.CSSStyleSheet && "adoptedStyleSheets" in document) {
        var sheet = new global.CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
        return;
      }
    } catch (e) {
      /* fall through */
    }
    var style = el("style");
    style.setAttribute("data-baocao", "styles");
    if (script && script.nonce) style.nonce = script.nonce;
    style.textContent = css;
    document.head.appendChild(style);
  }

  /** One polite live region for the page, present before anything is said in it. */
  function liveRegion() {
    if (live && live.isConnected) return live;
    live = el("div", "baocao-visually-hidden baocao-live");
    live.setAttribute("aria-live", "polite");
    live.setAttribute("aria-atomic", "true");
    live.setAttribute("data-baocao-live", "");
    document.body.appendChild(live);
    return live;
  }

  /** Says something once typing has paused, replacing what was pending (no flood, no race). */
  function announce(text, lang) {
    var region = liveRegion();
    if (lang) region.setAttribute("lang", lang);
    clearTimeout(liveTimer);
    if (!text) return;
    liveTimer = setTimeout(function () {
      // The same words again are still read: a changed node is what screen readers notice.
      region.textContent = region.textContent === text ? text + "\u00a0" : text;
    }, 800);
  }

  function cancelAnnouncement() {
    clearTimeout(liveTimer);
  }

  /** "Lỗi: " before the page title while any form shows an error. */
  function updateTitle() {
    var errorsShown = null;
    controllers.forEach(function (c) {
      if (!errorsShown && c.kind === "form" && !c.quiet() && c.errorCount() > 0) errorsShown = c;
    });
    var current = document.title;
    var prefixes = [WORDS.vi.titlePrefix, WORDS.en.titlePrefix];
    var bare = current;
    if (titleBase !== null) {
      prefixes.forEach(function (p) {
        if (bare.indexOf(p) === 0) bare = bare.slice(p.length);
      });
    }
    if (errorsShown) {
      var prefix = WORDS[errorsShown.lang()].titlePrefix;
      titleBase = bare;
      if (current !== prefix + bare) document.title = prefix + bare;
    } else if (titleBase !== null) {
      if (current !== bare) document.title = bare;
      titleBase = null;
    }
  }

  // ---------------------------------------------------------------- a report form

  // The report form's controller is js/dropin-forms.js (pkg/baocao.dropin.forms.js), loaded beside the
  // wasm on pages whose checker reads forms (loadPart below); null on a text page.
  var FormController = null;
  // The file inputs' part, js/dropin-file.js (pkg/baocao.dropin.file.js), built once
  // loaded: beside the file checker's wasm, or once the checker is ready on other pages
  // with a file input, or once one is added (or for baocao.docx()): its FileController and
  // the .docx readers' loader; null until then.
  var filePartBuilt = null;

  /** Draws a summary box: a title and one link per item (a field, or a text area's culprit). */
  /**
   * The error summary of a text area or file input inside a form that no report form
   * speaks for: drawn at the top of that form on submit, focused while the errors of
   * `controller` hold the submit back.
   */
  function OwnSummary(node, controller, uiOff) {
    var box = null;
    this.guard = function (form, event) {
      var items = controller.summaryItems();
      if (!uiOff()) {
        if (!box || !box.isConnected) {
          box = el("div", "baocao-error-summary");
          box.hidden = true;
          box.addEventListener("blur", function () { box.removeAttribute("tabindex"); });
          form.insertBefore(box, form.firstChild);
        }
        drawSummary(box, items, items.length > 0, controller.lang());
      }
      if (!items.length || option(node, "submit") === "allow") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (box && !box.hidden) {
        box.setAttribute("tabindex", "-1");
        box.focus();
      }
    };
    /** After a check while typing: a summary on show, its errors all gone, says so. */
    this.clearIfFixed = function () {
      if (box && !box.hidden && !controller.summaryItems().length) drawSummary(box, [], false, controller.lang());
    };
  }

  function drawSummary(box, items, alert, lang) {
    var w = WORDS[lang];
    box.setAttribute("lang", lang);
    if (!items.length) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    var inner = el("div");
    if (alert) inner.setAttribute("role", "alert");
    var ul = el("ul", "baocao-error-summary__list");
    items.forEach(function (item) {
      var li = el("li", "baocao-error-summary__item");
      li.setAttribute("data-code", item.finding.code);
      var text = item.text || item.finding.message;
      if (item.control) {
        var a = el("a", "baocao-error-summary__link", text);
        a.href = "#" + ensureId(item.control, "baocao-field");
        a.addEventListener("click", function (e) {
          e.preventDefault();
          if (item.select) item.select();
          else focusField(item.control);
        });
        li.appendChild(a);
      } else {
        li.appendChild(el("span", "baocao-error-summary__text", text));
      }
      item.li = li;
      item.fixed = false;
      ul.appendChild(li);
    });
    inner.appendChild(el("h2", "baocao-error-summary__title", w.summaryTitle));
    inner.appendChild(ul);
    box.replaceChildren(inner);
    box.hidden = false;
  }

  function focusField(control) {
    var label = (control.labels && control.labels[0]) || null;
    var fieldset = control.closest("fieldset");
    var legend = fieldset && fieldset.querySelector("legend");
    var target = label || legend || control;
    if (target.scrollIntoView) target.scrollIntoView();
    control.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------- a document text area

  /** What a text area or a file input is called on the page: its label, else its aria-label. */
  function labelOf(control) {
    var text = (control.labels && control.labels[0] && control.labels[0].textContent) || control.getAttribute("aria-label") || "";
    return text.replace(/\s+/g, " ").trim();
  }

  /**
   * The box of a text area's or a file input's findings: a status line, `between` (if
   * any) and a list, in the element the control's data-baocao-results names, else after
   * the control (with the class `beside`); the control described by the status line.
   */
  function resultsBox(control, prefix, between, beside) {
    var id = control.getAttribute("data-baocao-results");
    var host = id && document.getElementById(id);
    var box = el("div", "baocao-results");
    box.setAttribute("data-baocao-results-for", ensureId(control, prefix));
    var status = el("span", "baocao-results__status");
    status.id = newId("baocao-status");
    var list = el("ol", "baocao-results__list");
    box.appendChild(status);
    if (between) box.appendChild(between);
    box.appendChild(list);
    if (host) host.appendChild(box);
    else {
      if (beside) box.classList.add(beside);
      control.parentNode.insertBefore(box, control.nextSibling);
    }
    addToken(control, "aria-describedby", status.id);
    return { box: box, status: status, list: list };
  }

  /** The culprit's line: up to 80 characters either side of the span, the span itself apart. */
  function lineExcerpt(text, start, end) {
    if (end < start) end = start;
    var from = start === 0 ? 0 : text.lastIndexOf("\n", start - 1) + 1;
    var to = text.indexOf("\n", end);
    if (to < 0) to = text.length;
    var clean = function (s) { return s.replace(/\r/g, ""); };
    // Cut at a space, never inside a word, and say so with "…".
    var head = function (a, b, max) {
      if (b - a <= max) return clean(text.slice(a, b));
      var cut = text.slice(b - max, b);
      var space = cut.search(/\s/);
      return "…" + clean(space >= 0 && space < max - 1 ? cut.slice(space + 1) : cut);
    };
    var tail = function (a, b, max) {
      if (b - a <= max) return clean(text.slice(a, b));
      var cut = text.slice(a, a + max);
      var space = cut.search(/\s\S*$/);
      return clean(space > 0 ? cut.slice(0, space) : cut) + "…";
    };
    return {
      before: head(from, start, 80),
      inside: tail(start, end, 200),
      after: tail(end, to, 80),
    };
  }

  /** The y of an offset inside a text area's content, wrapped lines included. */
  function offsetTop(textarea, offset) {
    var style = global.getComputedStyle(textarea);
    var mirror = document.createElement("div");
    mirror.style.cssText = "position:absolute;visibility:hidden;top:0;left:-10000px;box-sizing:content-box;white-space:pre-wrap;overflow-wrap:break-word";
    ["fontFamily", "fontSize", "fontWeight", "fontStyle", "letterSpacing", "lineHeight", "textTransform",
      "wordSpacing", "tabSize", "textIndent", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft"]
      .forEach(function (p) { mirror.style[p] = style[p]; });
    mirror.style.width = textarea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + "px";
    mirror.textContent = textarea.value.slice(0, offset);
    var marker = el("span", null, "\u200b");
    mirror.appendChild(marker);
    document.body.appendChild(mirror);
    var top = marker.offsetTop - parseFloat(style.paddingTop);
    mirror.remove();
    return top;
  }

  function select(textarea, f) {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(f.start, f.end);
    var top = offsetTop(textarea, f.start);
    textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
    var y = textarea.getBoundingClientRect().top + top - textarea.scrollTop;
    if (y < 0 || y > global.innerHeight - 48) global.scrollBy(0, y - global.innerHeight / 3);
  }

  function DocumentController(textarea) {
    var self = this;
    this.kind = "document";
    this.element = textarea;
    var timer = 0;
    // The text's findings in order; of a text the worker checked, only the first pages,
    // those drawn or gone to: the rest stay in the worker until asked for (fetchMore).
    var findings = [];
    var remote = 0; // the worker's check that holds the rest; 0 when every finding is here
    var wanted = 0; // findings to draw at the next render (those asked for when the worker lost them)
    var owner = ++uid; // this text area, to the worker
    var counts = { error: 0, warning: 0, info: 0, total: 0 };
    var checkedText = null; // the text the findings are of
    var seq = 0; // the latest check; an older worker answer is dropped
    var PAGE = 200; // findings drawn at a time
    var PAGE_LARGE = 25; // … beside a large text, whose repaint they would trigger
    var lastStatus = "";
    var box, status, list;

    this.lang = function () { return langOf(textarea); };
    var uiOff = function () { return option(textarea, "ui") === "none"; };
    textarea.classList.add("baocao-text");
    var ownSummary = new OwnSummary(textarea, self, uiOff);

    var place = -1; // the finding the person is on (previous / next)
    var placeKey = null;
    var nav = null;

    /** Previous / next: one finding at a time, its line and its place in the list. */
    function showPlace() {
      if (!nav) return;
      var w = WORDS[self.lang()];
      nav.hidden = findings.length === 0;
      var at = nav.querySelector(".baocao-results__position");
      at.textContent = place >= 0 && findings[place] ? w.position(findings[place], place, counts.total) : "";
      nav.querySelector("[data-go='-1']").textContent = w.previous;
      nav.querySelector("[data-go='1']").textContent = w.next;
      placeKey = place >= 0 && findings[place] ? { start: findings[place].start } : null;
    }

    /** Findings up to the n-th from the worker, a page at a time, then `then()`. */
    function fetchMore(n, then) {
      var of = remote;
      var had = findings;
      var want = Math.min(n, counts.total) - had.length;
      if (!of || want <= 0) return then();
      workerPage(of, owner, had.length, want, function (answer) {
        if (remote !== of || findings !== had) return; // checked again since
        if (!answer.findings) {
          // The worker no longer holds this check (it has checked another text since, or it
          // is gone): the text is checked again, and drawn as far as the person asked.
          wanted = had.length + want;
          if (textarea.value === checkedText) self.check("more");
          return;
        }
        if (!answer.findings.length) return;
        findings = had.concat(answer.findings);
        then();
      });
    }

    function go(step) {
      if (!findings.length) return;
      // Past the last finding loaded, the worker's next page first; back from the first, the last loaded.
      if (step > 0 && place === findings.length - 1 && findings.length < counts.total) {
        return fetchMore(place + 1 + PAGE_LARGE, function () { if (place < findings.length - 1) go(step); });
      }
      place = place < 0 ? (step > 0 ? 0 : findings.length - 1) : (place + step + findings.length) % findings.length;
      showPlace();
      select(textarea, findings[place]);
      // The page's one live region says where the person is and what is there.
      announce(nav.querySelector(".baocao-results__position").textContent + ": " + findings[place].message, self.lang());
    }

    /** A suggestion applied as if typed (the person's undo keeps it), then checked again. */
    function applyFix(f) {
      if (textarea.value !== checkedText) return self.check("fix");
      place = findings.indexOf(f);
      placeKey = { start: f.start };
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(f.start, f.end);
      var typed = false;
      try {
        typed = document.execCommand("insertText", false, f.suggestion);
      } catch (e) {
        typed = false;
      }
      if (!typed || textarea.value.slice(f.start, f.start + f.suggestion.length) !== f.suggestion) {
        textarea.setRangeText(f.suggestion, f.start, f.end, "end");
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
      }
      self.check("fix");
    }

    function results() {
      if (box && box.isConnected) return box;
      nav = el("div", "baocao-results__nav");
      nav.hidden = true;
      [-1, 1].forEach(function (step) {
        var b = el("button");
        b.type = "button";
        b.setAttribute("data-go", String(step));
        b.addEventListener("click", function () { go(step); });
        if (step < 0) nav.appendChild(b);
        else {
          nav.appendChild(el("span", "baocao-results__position"));
          nav.appendChild(b);
        }
      });
      var made = resultsBox(textarea, "baocao-text", nav, "baocao-results--beside");
      box = made.box;
      status = made.status;
      list = made.list;
      return box;
    }

    // The (empty) results box is there from the start: inserting it beside a text area that
    // holds megabytes costs the browser a 100 ms repaint; filling it later does not.
    setTimeout(function () { if (controllers.indexOf(self) >= 0 && !uiOff()) results(); }, 0);

    function render(text) {
      if (uiOff()) return;
      results();
      var w = WORDS[self.lang()];
      var e = counts.error;
      var warn = counts.warning;
      // Not text.trim(): a copy of megabytes for one yes or no.
      var words = !/\S/.test(text) ? "" : counts.total ? w.found(counts.total, e, warn) : w.none;
      status.textContent = words;
      status.className = "baocao-results__status" + (e ? " baocao-results__status--error" : "");
      // The messages' language, for screen readers' voice (English inside a Vietnamese page).
      box.setAttribute("lang", self.lang());
      if (e) textarea.setAttribute("aria-invalid", "true");
      else textarea.removeAttribute("aria-invalid");
      // A red border repaints the whole text area, megabytes of it (over 100 ms on the main
      // thread): a large text is marked by the red status under it instead.
      var large = text.length >= WORKER_MIN;
      textarea.classList.toggle("baocao-field--error", e > 0 && !large);
      var page = large ? PAGE_LARGE : PAGE;
      var item = function (f) {
        var li = el("li", "baocao-finding baocao-finding--" + f.severity);
        li.setAttribute("data-code", f.code);
        li.setAttribute("data-line", String(f.line));
        var button = el("button", "baocao-finding__button");
        button.type = "button";
        var where = (f.line ? w.where(f) + " · " : "") + w.severity[f.severity] + " " + f.code;
        button.appendChild(el("span", "baocao-finding__where", where));
        button.appendChild(el("span", "baocao-finding__message", f.message));
        if (f.end > f.start || f.start > 0) {
          var x = lineExcerpt(text, f.start, f.end);
          var excerpt = el("span", "baocao-finding__excerpt");
          excerpt.appendChild(document.createTextNode(x.before));
          excerpt.appendChild(el("mark", "baocao-mark", x.inside));
          excerpt.appendChild(document.createTextNode(x.after));
          button.appendChild(excerpt);
        }
        if (f.hint) button.appendChild(el("span", "baocao-finding__hint", w.hint + f.hint));
        if (f.suggestion) button.appendChild(el("span", "baocao-finding__hint", w.suggestion + f.suggestion));
        button.addEventListener("click", function () { place = findings.indexOf(f); showPlace(); select(textarea, f); });
        li.appendChild(button);
        if (f.suggestion != null) {
          var fix = el("button", "baocao-finding__fix", w.fix);
          fix.type = "button";
          fix.setAttribute("aria-label", w.fixLabel(f.suggestion));
          fix.title = w.fixLabel(f.suggestion);
          fix.addEventListener("click", function () { applyFix(f); });
          li.appendChild(fix);
        }
        return li;
      };
      // A few hundred at a time: tens of thousands of findings would freeze the page.
      var drawn = Math.min(Math.max(page, wanted), findings.length);
      wanted = 0;
      var items = findings.slice(0, drawn).map(item);
      var more = function () {
        var left = counts.total - drawn;
        if (left <= 0) return null;
        var li = el("li", "baocao-results__more");
        li.appendChild(el("span", null, w.more(left) + " "));
        var ready = remote ? counts.total : findings.length; // those the worker holds come when asked for
        if (drawn < ready) {
          var button = el("button", "baocao-results__more-button", w.showMore(Math.min(page, ready - drawn)));
          button.type = "button";
          button.addEventListener("click", function () {
            fetchMore(drawn + page, function () {
              if (!li.isConnected) return;
              var next = findings.slice(drawn, drawn + page).map(item);
              drawn += next.length;
              var again = more();
              li.replaceWith.apply(li, again ? next.concat([again]) : next);
              if (next[0]) next[0].querySelector("button").focus();
            });
          });
          li.appendChild(button);
        }
        return li;
      };
      var tail = more();
      if (tail) items.push(tail);
      list.replaceChildren.apply(list, items);
      // Keep the person's place: the first finding at or after the one they were on.
      if (placeKey) {
        place = -1;
        for (var i = 0; i < findings.length && place < 0; i += 1) {
          if (findings[i].start >= placeKey.start) place = i;
        }
        if (place < 0) place = findings.length - 1;
      }
      showPlace();
      if (words !== lastStatus) {
        lastStatus = words;
        announce(words, self.lang());
      }
    }

    /** On the page, at once (short texts, a submit, no worker). */
    function checkHere(text, opts) {
      try {
        return /\S/.test(text) ? api.checkDocument(text, opts) : [];
      } catch (e) {
        sayOnce("warn", "checkDocument", "baocao: the text could not be checked: " + e.message);
        return [];
      }
    }

    /**
     * Checks the text: large texts in the Web Worker while the person types (the page stays
     * responsive; returns null, the result comes as baocao:result), others at once. A
     * submit uses the last result when it is of this very text, else checks at once.
     */
    this.check = function (trigger) {
      clearTimeout(timer);
      var text = textarea.value;
      var opts = checkOptions(textarea);
      var kind = textarea.getAttribute("data-baocao");
      if (kind === "plan" || kind === "report") opts.kind = kind;
      var id = ++seq;
      var urgent = trigger === "submit" || trigger === "check";
      if (urgent && checkedText === text) return findings;
      if (!urgent && text.length >= WORKER_MIN) {
        var sent = workerCheck(text, opts, PAGE_LARGE, owner, function (answer) {
          if (id !== seq) return; // the text changed since
          if (answer.error) done(text, trigger, checkHere(text, opts));
          else done(text, trigger, answer.findings, answer);
        });
        if (sent) return null;
      }
      return done(text, trigger, checkHere(text, opts));
    };

    /** Shows a check's findings: all of them, or the worker's `answer`, its first page and counts. */
    function done(text, trigger, list, answer) {
      findings = list;
      remote = answer ? answer.id : 0;
      counts = { error: 0, warning: 0, info: 0, total: list.length };
      if (answer) {
        counts = { error: answer.counts.error || 0, warning: answer.counts.warning || 0, info: answer.counts.info || 0, total: answer.total };
      } else {
        list.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
      }
      checkedText = text;
      render(text);
      if (trigger !== "submit") {
        controllers.forEach(function (c) { if (c.kind === "form" && c.element.contains(textarea)) c.summaryChanged(); });
        ownSummary.clearIfFixed();
      }
      var errors = counts.error;
      emit(textarea, "baocao:result", {
        kind: "document",
        trigger: trigger || "check",
        findings: findings,
        total: counts.total,
        errors: errors,
        valid: errors === 0,
      });
      return findings;
    }

    this.onInput = function () {
      clearTimeout(timer);
      var ms = parseInt(option(textarea, "debounce") || "", 10);
      timer = setTimeout(function () { self.check("input"); }, isNaN(ms) ? 250 : ms);
    };
    this.onChange = function () {};
    this.errorCount = function () { return counts.error; };

    function label() {
      return labelOf(textarea) || WORDS[self.lang()].text;
    }

    /** Its errors as items of a form's error summary: each selects its culprit (at most 10, then a count). */
    this.summaryItems = function () {
      var w = WORDS[self.lang()];
      var errors = findings.filter(isError);
      var items = errors.slice(0, 10).map(function (f) {
        return {
          finding: f,
          text: w.inText(label(), f.line) + f.message,
          control: textarea,
          document: self,
          select: function () { select(textarea, f); },
        };
      });
      // Counted, not listed: the rest, of which a large text's worker sent only the first page.
      var listed = items.length;
      if (counts.error > listed) {
        items.push({
          finding: { code: "", message: "", severity: "error", listed: listed },
          text: w.moreInText(counts.error - listed, label()),
          control: textarea,
          document: self,
          select: function () { select(textarea, errors[listed] || findings[0]); },
        });
      }
      return items;
    };
    this.stillError = function (f) {
      if (f.listed != null) return self.errorCount() > f.listed;
      return findings.some(function (g) { return isError(g) && g.code === f.code && g.message === f.message; });
    };

    /** A form the text area is in, that no report form around it speaks for: its own summary. */
    this.guard = function (form, event) {
      self.check("submit");
      ownSummary.guard(form, event);
    };
    this.validate = function () {
      var f = self.check("check");
      var errors = counts.error;
      return { kind: "document", findings: f, errors: errors, valid: errors === 0 };
    };
    this.relabel = function () { if (/\S/.test(textarea.value)) self.check("lang"); };
    this.reset = function () {
      findings = [];
      remote = 0;
      counts = { error: 0, warning: 0, info: 0, total: 0 };
      checkedText = null;
      seq += 1;
      render("");
    };
    this.detach = function () {
      clearTimeout(timer);
      if (box) {
        if (status) removeToken(textarea, "aria-describedby", status.id);
        box.remove();
      }
      textarea.removeAttribute("aria-invalid");
      textarea.classList.remove("baocao-field--error", "baocao-text");
    };
  }

  // ---------------------------------------------------------------- a Word file input

  function isFileInput(node) {
    return node.tagName === "INPUT" && String(node.type).toLowerCase() === "file";
  }

  // ---------------------------------------------------------------- attaching

  function controllerOf(node) {
    for (var i = 0; i < controllers.length; i += 1) {
      if (controllers[i].element === node) return controllers[i];
    }
    return null;
  }

  function attach(node) {
    if (!node || node.nodeType !== 1) throw new TypeError("baocao.attach: expected an element");
    var existing = controllerOf(node);
    if (existing) return handle(existing);
    if (!api) throw new Error("baocao.attach: the checker is not loaded yet; wait for baocao.ready");
    var problems = configProblems(node);
    if (problems.length) {
      // Loud, not silent: nothing is checked with options the page did not mean.
      if (node.getAttribute("data-baocao-state") !== "error") reportConfig(node, problems);
      return unchecked(node);
    }
    if (isFormNode(node) ? !api.validateForm : !api.checkDocument) {
      // Added after the page loaded a checker that cannot check it.
      reportConfig(node, [{
        attribute: "data-baocao-checker", value: option(null, "checker") || "auto", element: script || node,
        accepted: '"all" on the script tag of a page that adds ' + (isFormNode(node) ? "report forms" : "text areas or file inputs") + " after it loads",
        why: checkerLoaded(),
      }]);
      return unchecked(node);
    }
    if (isFileInput(node) && !filePartBuilt) return later(node);
    var c;
    if (isFileInput(node)) {
      c = new filePartBuilt.FileController(node);
    } else if (node.tagName === "TEXTAREA" && !node.hasAttribute("data-baocao-field")) {
      c = new DocumentController(node);
    } else {
      c = new FormController(node);
    }
    node.setAttribute("data-baocao-state", "ready");
    controllers.push(c);
    if (c.kind === "document" && node.value.trim()) c.check("attach");
    // An element in English added after the page loaded: its messages once the English is there.
    if (langOf(node) === "en" && !hasEnglish()) english().then(function () { c.relabel(); }, function () {});
    return handle(c);
  }

  /**
   * A file input before the file inputs' part is in (one added to a page that had none
   * when it loaded, or any beside the whole checker): attached once the part is in
   * (data-baocao-state="loading" until then; a file chosen meanwhile is read then); its
   * handle finds the controller when there is one. Where the part cannot be loaded, the
   * file is left to the server, as a .pdf is (said once on the console).
   */
  function later(node) {
    node.setAttribute("data-baocao-state", "loading");
    filePart().then(
      // Not if it was detached, or taken out of the page, meanwhile.
      function () { if (node.isConnected && node.getAttribute("data-baocao-state") === "loading") attach(node); },
      function (error) {
        if (node.getAttribute("data-baocao-state") === "loading") node.setAttribute("data-baocao-state", "unavailable");
        sayOnce("warn", "file", "baocao: " + String((error && error.message) || error) + " Word files are left to the server.");
      }
    );
    var now = function () { return controllerOf(node); };
    return {
      element: node,
      kind: "document",
      check: function () { var c = now(); return c ? c.validate("check", false) : null; },
      reset: function () { var c = now(); if (c) c.reset(); },
      detach: function () {
        if (node.getAttribute("data-baocao-state") === "loading") node.removeAttribute("data-baocao-state");
        detach(node);
      },
    };
  }

  var fileFactory = null; // the file inputs' part (its factory), once fetched

  /** The file inputs' part: fetched once (beside the wasm by load() on a page that loads the file checker). */
  function fetchFilePart() {
    if (!fileFactory) fileFactory = loadPart("baocao.dropin.file.js", FILE_JS_INTEGRITY);
    return fileFactory;
  }

  /** The file inputs' part, fetched and built over the loaded checker. */
  function filePart() {
    return fetchFilePart().then(useFilePart);
  }

  function useFilePart(factory) {
    if (!filePartBuilt) {
      filePartBuilt = factory(partContext());
      addWords(filePartBuilt.words);
    }
    return filePartBuilt;
  }

  /** A part's words, added to the drop-in's own. */
  function addWords(words) {
    ["vi", "en"].forEach(function (lang) {
      for (var k in words[lang]) WORDS[lang][k] = words[lang][k];
    });
  }

  /** The handle of an element left unchecked (its problem said on the console). */
  function unchecked(node) {
    return { element: node, kind: null, error: true, check: function () { return null; }, reset: function () {}, detach: function () {} };
  }

  function handle(c) {
    return {
      element: c.element,
      kind: c.kind,
      check: function () { return c.validate("check", false); },
      reset: function () { c.reset(); },
      data: c.data ? function () { return c.data(); } : undefined,
      detach: function () { detach(c.element); },
    };
  }

  function detach(node) {
    var c = controllerOf(node);
    if (!c) return false;
    c.detach();
    controllers.splice(controllers.indexOf(c), 1);
    node.removeAttribute("data-baocao-state");
    updateTitle();
    return true;
  }

  /** A report form (or the element around its fields), not a text area or a file input. */
  function isFormNode(node) {
    return !(node.tagName === "TEXTAREA" && !node.hasAttribute("data-baocao-field")) && !isFileInput(node);
  }

  function marked(root) {
    var scope = root || document;
    var list = Array.prototype.slice.call(scope.querySelectorAll("[data-baocao]"));
    if (scope.nodeType === 1 && scope.hasAttribute("data-baocao")) list.unshift(scope);
    return list.filter(function (n) { return n.tagName !== "SCRIPT" && n.tagName !== "STYLE"; });
  }

  function attachAll(root) {
    // Forget elements that left the page (an UpdatePanel or a framework replaced them).
    controllers.slice().forEach(function (c) { if (!c.element.isConnected) detach(c.element); });
    return marked(root).map(attach);
  }

  /** The controller an event's target belongs to, and the control itself. */
  function route(target) {
    if (!target || target.nodeType !== 1) return null;
    var doc = controllerOf(target);
    if (doc && doc.kind === "document") return doc;
    for (var i = 0; i < controllers.length; i += 1) {
      var c = controllers[i];
      if (c.kind !== "form") continue;
      if (c.element.contains(target) || (target.form && target.form === c.element)) return c;
    }
    return null;
  }

  function listen() {
    document.addEventListener("input", function (e) {
      var c = route(e.target);
      if (c) c.onInput(e.target);
    }, true);
    // Leaving a field by pressing a button: the field's new message would push the button
    // away between mousedown and mouseup, and the click would be lost. So a change made
    // while a pointer is down is shown once it is up (and the click has happened).
    var pointerDown = false;
    var pending = [];
    document.addEventListener("pointerdown", function () { pointerDown = true; }, true);
    var leaving = [];
    var leave = function (target) {
      controllers.forEach(function (c) {
        if (c.kind === "form" && c.element.contains(target)) c.onLeave();
      });
    };
    var release = function () {
      pointerDown = false;
      if (!pending.length && !leaving.length) return;
      setTimeout(function () {
        var controls = pending;
        pending = [];
        controls.forEach(function (control) {
          var c = route(control);
          if (c) c.onChange(control);
        });
        var left = leaving;
        leaving = [];
        left.forEach(leave);
      }, 0);
    };
    document.addEventListener("pointerup", release, true);
    document.addEventListener("pointercancel", release, true);
    document.addEventListener("change", function (e) {
      var c = route(e.target);
      if (!c) return;
      if (pointerDown && c.kind === "form") {
        if (pending.indexOf(e.target) < 0) pending.push(e.target);
        return;
      }
      c.onChange(e.target);
    }, true);
    // Capture on the document: runs before the page's own submit handlers, so a form
    // with errors is not sent by them either.
    document.addEventListener("submit", function (e) {
      var form = e.target;
      var forms = controllers.filter(function (c) {
        return c.kind === "form" && (c.element === form || form.contains(c.element));
      });
      forms.forEach(function (c) { c.onSubmit(e); });
      // Text areas in the form that no report form speaks for hold it back on their own.
      var submitter = e.submitter;
      if (e.defaultPrevented || (submitter && (submitter.hasAttribute("formnovalidate") || submitter.hasAttribute("data-baocao-skip")))) return;
      controllers.forEach(function (c) {
        if (c.kind !== "document" || !form.contains(c.element) || e.defaultPrevented) return;
        if (forms.some(function (f) { return f.element.contains(c.element); })) return;
        c.guard(form, e);
      });
    }, true);
    // Leaving a field: messages held in place while typing go (after a click, like changes).
    document.addEventListener("focusout", function (e) {
      if (pointerDown) leaving.push(e.target);
      else leave(e.target);
    }, true);
    // The page's own reset button: the messages go with the values.
    document.addEventListener("reset", function (e) {
      controllers.forEach(function (c) {
        if (c.kind === "form" && (c.element === e.target || e.target.contains(c.element))) c.reset();
      });
    }, true);
    if (global.MutationObserver) {
      var scanQueued = false;
      var interesting = function (nodes, selector) {
        return Array.prototype.some.call(nodes, function (n) {
          return n.nodeType === 1 && (n.matches(selector) || !!n.querySelector(selector));
        });
      };
      new global.MutationObserver(function (records) {
        if (scanQueued) return;
        var relevant = records.some(function (r) {
          return interesting(r.addedNodes, "[data-baocao]") || interesting(r.removedNodes, "[data-baocao-state]");
        });
        if (!relevant) return;
        scanQueued = true;
        setTimeout(function () {
          scanQueued = false;
          attachAll(document);
        }, 0);
      }).observe(document.body, { childList: true, subtree: true });
    }
  }

  function setLang(lang) {
    var to = String(lang).slice(0, 2) === "en" ? "en" : "vi";
    var apply = function () {
      globalLang = to;
      controllers.forEach(function (c) { c.relabel(); });
    };
    // In English once the English is there (said on the console when it cannot be).
    if (to === "en") english().then(apply, function () {});
    else apply();
  }

  function check(node) {
    if (api && !controllerOf(node) && attach(node).error) {
      // Misconfigured (said on the console): not checked here; the server still checks.
      return { kind: null, error: "config", findings: [], errors: 0, valid: true };
    }
    var c = controllerOf(node) || (api ? controllerOf(attach(node).element) : null);
    if (!c) throw new Error("baocao.check: the checker is not loaded yet; wait for baocao.ready");
    return c.validate("check", false);
  }

  function formData(node) {
    var c = controllerOf(node);
    if (c && c.data) return c.data();
    if (!api) throw new Error("baocao.formData: the checker is not loaded yet; wait for baocao.ready");
    if (!FormController) throw new Error(notInChecker("baocao.formData"));
    return new FormController(node).data();
  }

  /** The helpers the drop-in's parts (js/dropin-*.js) build on (their names for them are these). */
  function partContext() {
    return {
      OwnSummary: OwnSummary, WORDS: WORDS, addToken: addToken, agencies: agencies, announce: announce, api: api,
      cancelAnnouncement: cancelAnnouncement, checkOptions: checkOptions, controllers: controllers,
      describe: describe, drawSummary: drawSummary, el: el, emit: emit, ensureId: ensureId,
      focusField: focusField, global: global, isError: isError, isoDay: isoDay, labelOf: labelOf,
      langOf: langOf, loadPart: loadPart, newId: newId, notInChecker: notInChecker, option: option,
      probe: probe, removeToken: removeToken, resultsBox: resultsBox, sayOnce: sayOnce,
      updateTitle: updateTitle, verifiedFetch: verifiedFetch, whenIdle: whenIdle,
    };
  }

  var agenciesPart = null;

  /**
   * The agency autocomplete (baocao.dropin.agencies.js), asked for by the report forms'
   * part: loaded once, when the page is idle, as the first check does not need it. A
   * promise of its Autocomplete; when it cannot be loaded (said once on the console),
   * agency fields stay the plain inputs the page wrote, checked as before.
   */
  function agencies() {
    if (!agenciesPart) {
      agenciesPart = new Promise(function (go) { whenIdle(go, 2000); })
        .then(function () { return loadPart("baocao.dropin.agencies.js", AGENCIES_JS_INTEGRITY); })
        .then(
          function (factory) {
            var part = factory(partContext());
            addStyles(part.css);
            return part.Autocomplete;
          },
          function (error) {
            sayOnce("warn", "agencies", "baocao: the list of agencies to pick from could not be loaded, so agency fields stay plain inputs (" +
              String((error && error.message) || error) + ").");
            throw error;
          }
        );
    }
    return agenciesPart;
  }

  // ---------------------------------------------------------------- loading

  function explain(error, reason) {
    var text = String((error && error.message) || error);
    var message = reason === "csp"
      ? "baocao: this page's Content-Security-Policy blocks WebAssembly, so the forms and text areas are not " +
        "checked in the browser (they still submit normally). Add 'wasm-unsafe-eval' to script-src, e.g. " +
        "Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'. (" + text + ")"
      : reason === "unsupported"
        ? "baocao: this browser has no WebAssembly, so nothing is checked in the browser (forms still submit normally)."
        : reason === "integrity"
          ? "baocao: " + text + " Nothing is checked in the browser (forms still submit normally)."
          : "baocao: could not load the checker from " + base + " (forms still submit normally): " + text;
    var e = new Error(message);
    e.reason = reason;
    e.cause = error;
    return e;
  }

  /** Is WebAssembly allowed here? Compiling the 8-byte empty module says, without a request. */
  function probe() {
    if (typeof global.WebAssembly !== "object") return "unsupported";
    try {
      new global.WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return null;
    } catch (e) {
      return /Content[- ]Security[- ]Policy|unsafe-eval|CSP/i.test(String(e && e.message)) ? "csp" : null;
    }
  }

  function domReady() {
    return new Promise(function (resolve) {
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve, { once: true });
      else resolve();
    });
  }

  /** A file of the package beside this script (a wasm, the rule catalogue), fetched with its hash. */
  function verifiedFetch(file, integrity) {
    var url = new URL(file, base).href;
    if (integrity.indexOf("sha") !== 0) return fetch(url, { credentials: "same-origin" });
    // The file is checked against the hash this script was built with, so the script's
    // own integrity attribute covers it too: no wasm is compiled before it is verified.
    return fetch(url, { integrity: integrity, credentials: "same-origin" }).catch(function (error) {
      return whyRefused(file, url, integrity, error);
    });
  }

  /**
   * The browser says only "Failed to fetch" (or fires a script's error event). Asked again
   * without the hash: when the file comes, it was there but not the file this script was
   * built with. Rejects with the error to report.
   */
  function whyRefused(file, url, integrity, error) {
    return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(
      function (response) {
        if (!response.ok) throw notLoaded(file, url, response.status);
        var e = new Error(file + " at " + url + " failed its integrity check: it is not the file this " +
          "baocao.dropin.js was built with (" + integrity.slice(0, 20) + "…). Copy the whole pkg/ folder of one build.");
        e.reason = "integrity";
        throw e;
      },
      function () { throw error; }
    );
  }

  /** A file of the package that is not where this script is (a 404: not copied). */
  function notLoaded(file, url, status) {
    return new Error(file + " could not be loaded from " + url + " (HTTP " + status + "): copy the whole pkg/ folder of one build.");
  }

  /**
   * A part of the drop-in that only some pages need (baocao.dropin.forms.js,
   * baocao.dropin.docx.js): a <script> with the hash this file was built with (and the
   * tag's nonce, for a CSP that names one), which hands what it defines to the element
   * this script inserted, and to nothing else.
   */
  function loadPart(file, integrity) {
    var url = new URL(file, base).href;
    var hashed = integrity.indexOf("sha") === 0;
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      var factory = null;
      // Taken only from the code of this very script, while it runs.
      s.baocaoDefine = function (f) { if (document.currentScript === s) factory = f; };
      if (hashed) {
        s.integrity = integrity;
        s.crossOrigin = "anonymous";
      }
      if (script && script.nonce) s.nonce = script.nonce;
      s.onload = function () {
        s.remove();
        if (factory) resolve(factory);
        else reject(new Error(file + " at " + url + " is not a part of the drop-in. Copy the whole pkg/ folder of one build."));
      };
      s.onerror = function () {
        s.remove();
        var error = new Error("could not load " + file + " from " + url);
        if (hashed) whyRefused(file, url, integrity, error).then(null, reject);
        else reject(error);
      };
      s.src = url;
      (document.head || document.documentElement).appendChild(s);
    });
  }

  /**
   * Which checker to fetch, once the page's elements are known: the form checker
   * (baocao_forms_bg.wasm: no text reader) when every element marked data-baocao is a
   * report form, the text checker (baocao_text_bg.wasm: no form reader) when every one is
   * a text area, the file checker (baocao_file_bg.wasm: the text checker with the .docx
   * reader) when every one is a text area or a file input and one is a file input, else
   * the whole one (baocao_all_bg.wasm). data-baocao-checker="all" on the script tag asks
   * for the whole one always (a page that adds other elements later, or calls the
   * checker's functions itself). Beside the whole one, a file input has the reader's own
   * wasm, fetched once the page is idle (the file part's preloadDocx): a person chooses a
   * file seconds after the page has loaded, while a field is checked as it is typed, so
   * the field's checker comes first (benches/size-steps.md, row 63).
   */
  function chooseChecker() {
    var asked = option(null, "checker");
    if (asked != null && asked !== "auto" && asked !== "all") {
      sayOnce("error", "checker", "baocao: data-baocao-checker=\"" + asked + "\" on " + describe(script) + ' is not understood. Accepted: "auto" (the default: ' +
        'the form checker on pages with only report forms, the text checker on pages with only text areas and file inputs, with the .docx reader when one is a file input) or "all". The whole checker is loaded.');
    }
    if (asked != null && asked !== "auto") return "all";
    var nodes = marked(document);
    var forms = nodes.filter(isFormNode).length;
    var files = nodes.some(isFileInput);
    if (!nodes.length || (forms && forms < nodes.length)) return "all";
    return forms ? "forms" : files ? "file" : "text";
  }

  /** Which checker this page loaded and why, when it is not the whole one. */
  function checkerLoaded() {
    var forms = checker === "forms";
    return "this page had only " + (forms ? "report forms" : "text areas and file inputs") + " when it loaded, so it loaded the " +
      (forms ? "form checker, which cannot read texts" : "text checker, which has no report forms or register of agencies");
  }

  /** Why `what` cannot be done with the checker this page loaded, and what to do. */
  function notInChecker(what) {
    return what + ": " + checkerLoaded() + '. Add data-baocao-checker="all" to the drop-in\'s script tag to load the whole checker.';
  }

  function load() {
    var blocked = probe();
    if (blocked) return Promise.reject(explain(new Error("WebAssembly.Module: " + blocked), blocked));
    // The wasm's download starts as soon as the page's elements are known (at once for a
    // deferred script), beside the glue's: loading waits for the slower of the two rather
    // than for both in turn (benches/web/init-overlap.html measures it).
    var chosen = domReady().then(function () { checker = chooseChecker(); });
    var wasm = chosen.then(function () { return verifiedFetch(CHECKERS[checker][0], CHECKERS[checker][1]); });
    // The form's code comes beside the wasm, on pages whose checker reads forms; the file
    // input's beside the file checker only (elsewhere attach fetches it: see chooseChecker).
    var forms = chosen.then(function () { return checker === "text" || checker === "file" ? null : loadPart("baocao.dropin.forms.js", FORMS_JS_INTEGRITY); });
    var file = chosen.then(function () { return checker === "file" ? fetchFilePart() : null; });
    // The English beside them, on a page that asks for it (the checkers have none).
    var englishNow = chosen.then(function () { return wantsEnglish() ? fetchEnglish() : null; });
    // A failed download is reported once, by init below, not also as unhandled.
    wasm.catch(function () {});
    forms.catch(function () {});
    file.catch(function () {});
    englishNow.catch(function () {});
    // The glue is inside this file (scripts/build.sh bundles it); a build without it
    // imports baocao.js from beside the script.
    var module = glue ? Promise.resolve(glue) : import(new URL("baocao.js", base).href);
    return module
      .then(function (m) {
        // Nothing is compiled until every file the page needs has passed its check.
        return Promise.all([wasm, forms, englishNow, file]).then(function (files) {
          return m.default({ module_or_path: files[0] }).then(function (exports) {
            // The glue has every function; the form and text checkers' wasm only some.
            var functions = {};
            for (var name in m) {
              if (OPTIONAL_FUNCTIONS.indexOf(name) < 0 || typeof exports[name] === "function") functions[name] = m[name];
            }
            if (files[2] != null) giveEnglish(functions, files[2]);
            return { functions: functions, forms: files[1], file: files[3] };
          });
        });
      })
      .catch(function (error) {
        var reason = error && error.reason === "integrity" ? "integrity"
          : /Content[- ]Security[- ]Policy|unsafe-eval/i.test(String(error && error.message)) ? "csp" : "load";
        throw explain(error, reason);
      });
  }

  // ---------------------------------------------------------------- the English

  var englishText = null; // baocao.en.txt, once given to the checker (and to the worker)
  var englishLoading = null;

  /** Whether the page's elements or setLang ask for English. */
  function wantsEnglish() {
    return globalLang === "en" || marked(document).some(function (node) { return langOf(node) === "en"; });
  }

  function fetchEnglish() {
    return verifiedFetch("baocao.en.txt", EN_INTEGRITY).then(function (response) {
      if (!response.ok) throw notLoaded("baocao.en.txt", response.url, response.status);
      return response.text();
    });
  }

  function giveEnglish(checker, text) {
    checker.loadEnglish(text);
    englishText = text;
  }

  /**
   * Whether findings come in English: once the checker is given it. Before the checker is
   * loaded, yes: load() fetches it beside the checker where the page asks for English,
   * and attach() where an element asks later.
   */
  function hasEnglish() {
    return !api || englishText != null;
  }

  /**
   * The English of the messages, given to the checker, which has none of its own: a
   * promise, rejected (and said once on the console) when the file cannot be loaded, the
   * messages then staying in Vietnamese.
   */
  function english() {
    if (hasEnglish()) return Promise.resolve();
    if (!englishLoading) {
      englishLoading = fetchEnglish().then(
        function (text) { giveEnglish(api, text); },
        function (error) {
          sayOnce("error", "english", "baocao: " + String((error && error.message) || error) + " The messages stay in Vietnamese.");
          throw error;
        }
      );
    }
    return englishLoading;
  }

  /** Runs `go` when the page is idle (or soon, in a browser that cannot tell). */
  function whenIdle(go, timeout) {
    if (typeof global.requestIdleCallback === "function") global.requestIdleCallback(go, { timeout: timeout });
    else global.setTimeout(go, 300);
  }

  // ---------------------------------------------------------------- the worker

  /** Characters from which a text is checked in the Web Worker (shorter ones take a few ms on the page). */
  var WORKER_MIN = 10000;
  var worker = null;
  var workerFailed = false;
  var workerHasEnglish = false;
  var jobs = {};
  var jobId = 0;

  function workerFails(reason) {
    workerFailed = true;
    if (worker) worker.terminate();
    worker = null;
    sayOnce("info", "worker", "baocao: large texts are checked on the page's main thread, which may pause the page, because a " +
      "Web Worker could not be started (" + reason + "). To check them in the background, allow this script's " +
      "folder in the Content-Security-Policy: worker-src 'self' (or child-src / script-src).");
    var pending = jobs;
    jobs = {};
    for (var id in pending) pending[id]({ error: reason });
  }

  function startWorker() {
    if (worker || workerFailed) return worker;
    if (!workerUrl || typeof global.Worker !== "function" || option(null, "worker") === "off") {
      workerFailed = true;
      return null;
    }
    try {
      worker = new global.Worker(workerUrl);
    } catch (e) {
      workerFails(String((e && e.message) || e));
      return null;
    }
    worker.onmessage = function (event) {
      var answer = event.data || {};
      var job = jobs[answer.id];
      delete jobs[answer.id];
      if (!job) return;
      if (answer.error && /WebAssembly|Content Security|wasm/i.test(answer.error)) workerFails(answer.error);
      job(answer);
    };
    worker.onerror = function (event) {
      if (event && event.preventDefault) event.preventDefault();
      workerFails((event && event.message) || "the worker script did not start");
    };
    return worker;
  }

  /**
   * Checks a text in the worker; `done({id, findings, total, counts} | {error})`, with only
   * the first `limit` findings: the page never handles thousands it does not draw (the
   * worker keeps them, the latest of each text area, `owner`, for workerPage). False when
   * there is no worker.
   */
  function workerCheck(text, options, limit, owner, done) {
    var fresh = !worker;
    var w = startWorker();
    if (!w) return false;
    // The worker fetches the page's checker (its file and hash): the same file, cached.
    var job = { text: text, options: options, limit: limit, owner: owner, wasm: CHECKERS[checker] };
    // And is given the English once the page has it (the checker has none of its own).
    if (englishText != null && !workerHasEnglish) {
      job.english = englishText;
      workerHasEnglish = true;
    }
    var post = ask(job, done);
    // Starting a worker and copying megabytes to it: two tasks, not one long one.
    if (fresh) setTimeout(post, 0);
    else post();
    return true;
  }

  /**
   * A job for the worker, `done(answer)` once it answers (or fails: workerFails answers
   * every job it has); the function returned sends it.
   */
  function ask(job, done) {
    job.id = ++jobId;
    jobs[job.id] = done;
    return function () { if (worker) worker.postMessage(job); };
  }

  /** Findings `from` … `from + limit` of the worker's check `of` (`owner`'s latest); `done({findings} | {error})`. */
  function workerPage(of, owner, from, limit, done) {
    if (worker) ask({ of: of, owner: owner, from: from, limit: limit }, done)();
    else done({ error: "gone" });
  }

  /** The namespace (window.baocao); its checker's functions come with it once loaded. */
  var ns = {
    ready: null,
    version: function () { return VERSION; },
    attach: attach,
    attachAll: attachAll,
    detach: detach,
    check: check,
    formData: formData,
    setLang: setLang,
    // The .docx reader is the file inputs' part's to load (js/dropin-file.js).
    docx: function () {
      return started.then(filePart).then(function (part) { return part.loadDocx(); }).then(function () { return ns; });
    },
    checkDocx: function (bytes, options) {
      if (filePartBuilt && filePartBuilt.checkDocx) return filePartBuilt.checkDocx(bytes, options);
      throw new Error("checkDocx: the .docx reader is not loaded yet; wait for baocao.docx()");
    },
    unavailable: null,
  };

  var started = Promise.all([load(), domReady()]).then(
    function (results) {
      var m = results[0].functions;
      api = m;
      var forms = results[0].forms && results[0].forms(partContext());
      if (forms) {
        FormController = forms.FormController;
        CSS += "\n" + forms.css;
        addWords(forms.words);
      }
      if (results[0].file) useFilePart(results[0].file);
      CHECKER_FUNCTIONS.concat(["profiles"]).forEach(function (name) {
        ns[name] = typeof m[name] === "function" ? m[name] : function () { throw new Error(notInChecker("baocao." + name)); };
      });
      // The glue's rules() (js/rules-api.js), fetching the catalogue as the wasm is fetched:
      // verified against the hash this script was built with.
      ns.rules = function () {
        return m.rules({ load: function () { return verifiedFetch("baocao.rules.json", RULES_INTEGRITY); } });
      };
      ns.version = m.version;
      installStyles();
      liveRegion();
      listen();
      attachAll(document);
      return ns;
    },
    function (error) {
      return domReady().then(function () {
        ns.unavailable = { reason: error.reason || "load", message: error.message };
        if (global.console) global.console.error(error.message);
        marked(document).forEach(function (node) {
          node.setAttribute("data-baocao-state", "unavailable");
          if (((node.tagName === "TEXTAREA" && !node.hasAttribute("data-baocao-field")) || isFileInput(node)) && option(node, "ui") !== "none") {
            installStyles();
            var note = el("span", "baocao-results baocao-results__status", WORDS[langOf(node)].unavailable);
            note.setAttribute("data-baocao-unavailable", "");
            node.parentNode.insertBefore(note, node.nextSibling);
          }
        });
        document.dispatchEvent(new CustomEvent("baocao:unavailable", { detail: ns.unavailable }));
        throw error;
      });
    }
  );
  // Ready once the English is there too (loaded when the page is idle after its first
  // checks, unless it asked for English at once): a page that calls the checker's
  // functions then has every finding's messageEn. A failure to load it was said once.
  ns.ready = started
    .then(function () {
      return new Promise(function (resolve) { whenIdle(resolve, 1000); }).then(english).then(null, function () {});
    })
    .then(function () {
      document.dispatchEvent(new CustomEvent("baocao:ready", { detail: ns }));
      return ns;
    });
  // The console message above is the one report of a failure; no "uncaught" noise.
  started.catch(function () {});
  ns.ready.catch(function () {});
  return ns;
}

/**
 * The worker side: this same file, started by the page's drop-in as a Web Worker, checks
 * large texts off the main thread. It fetches the page's wasm with the hash the page
 * names (this same build's).
 */
function baocaoWorker(scope, glue) {
  "use strict";
  var loading = null;
  var kept = new Map(); // text area -> its latest check: {id, findings}, for the pages asked for later
  scope.onmessage = function (event) {
    var job = event.data || {};
    if (!loading) {
      // The page's checker, which reads texts (the text or file checker, or the whole one):
      // its first job names the file and the hash this script was built with.
      var wasm = job.wasm;
      var url = new URL(wasm[0], scope.location.href).href;
      var init = { credentials: "same-origin" };
      if (wasm[1].indexOf("sha") === 0) init.integrity = wasm[1];
      loading = fetch(url, init).then(function (response) { return glue.default({ module_or_path: response }); });
    }
    loading
      .then(function () {
        if (job.of) {
          // A further page, of a text area's latest check only (the page dropped the older ones).
          var latest = kept.get(job.owner);
          if (!latest || latest.id !== job.of) throw new Error("stale");
          scope.postMessage({ id: job.id, findings: latest.findings.slice(job.from, job.from + job.limit) });
          return;
        }
        // The English of the messages, once the page has it (sent once).
        if (job.english) glue.loadEnglish(job.english);
        var all = glue.checkDocument(job.text, job.options);
        // The latest of the last eight text areas checked here (a page that makes new ones
        // for ever does not fill the worker's memory; the others are checked again if asked).
        kept.delete(job.owner);
        kept.set(job.owner, { id: job.id, findings: all });
        if (kept.size > 8) kept.delete(kept.keys().next().value);
        var counts = { error: 0, warning: 0, info: 0 };
        all.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
        scope.postMessage({ id: job.id, findings: all.slice(0, job.limit), total: all.length, counts: counts });
      })
      .catch(function (e) {
        scope.postMessage({ id: job.id, error: String((e && e.message) || e) });
      });
  };
}
