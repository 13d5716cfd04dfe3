/*! baocao __VERSION__ — the file inputs' part of the drop-in. MIT OR Apache-2.0. */

/*
 * Not a file to include: baocao.dropin.js inserts it, with the hash it was built with
 * (a <script integrity>), beside the file checker's wasm, or once the whole checker is
 * ready on a page with a file input (or once one is added later), so that pages of report
 * forms and text areas never download it (benches/size-steps.md, rows 61 and 63). It
 * holds the file input's controller and how a Word file is read in the page: by the file
 * checker, its parts inflated by the browser, else by a .docx reader's own wasm, which
 * this part loads: without an inflater where the browser inflates, with one for
 * baocao.docx() and older browsers (row 64).
 */

/**
 * The file input's controller, built over the drop-in's own helpers (`ctx`, as for the
 * report forms' part).
 */
function baocaoFile(ctx) {
  "use strict";
  var OwnSummary = ctx.OwnSummary, WORDS = ctx.WORDS, announce = ctx.announce, api = ctx.api,
    checkOptions = ctx.checkOptions, controllers = ctx.controllers, el = ctx.el, emit = ctx.emit,
    focusField = ctx.focusField, global = ctx.global, isError = ctx.isError, labelOf = ctx.labelOf,
    langOf = ctx.langOf, option = ctx.option, removeToken = ctx.removeToken, resultsBox = ctx.resultsBox,
    whenIdle = ctx.whenIdle;
  /**
   * sha256 of the .docx reader's wasm with its inflater (baocao_docx_bg.wasm) and without
   * it (baocao_docx_lite_bg.wasm), and of its glue's part (baocao.dropin.docx.js), filled
   * in by scripts/build.sh.
   */
  var DOCX_INTEGRITY = "__DOCX_WASM_INTEGRITY__";
  var DOCX_LITE_INTEGRITY = "__DOCX_LITE_WASM_INTEGRITY__";
  var DOCX_JS_INTEGRITY = "__DOCX_JS_INTEGRITY__";

  var FULL_READER = "baocao_docx_bg.wasm"; // the reader with its inflater
  var readers = {}; // the readers' wasm files, each to the promise of its loaded glue

  /**
   * Loads a .docx reader's wasm, fetched with the hash this part was built with, under an
   * instance of its glue's part of its own (the part runs anew each time it is inserted).
   * A failure is said once on the console and tried again at the next file.
   */
  function loadReader(file, integrity) {
    if (readers[file]) return readers[file];
    readers[file] = Promise.resolve().then(function () {
      if (!api.checkDocument) throw new Error(ctx.notInChecker("baocao.docx"));
      var blocked = ctx.probe();
      if (blocked) throw new Error("WebAssembly.Module: " + blocked);
      var wasm = ctx.verifiedFetch(file, integrity);
      wasm.catch(function () {});
      return ctx.loadPart("baocao.dropin.docx.js", DOCX_JS_INTEGRITY).then(function (m) {
        return wasm.then(function (response) {
          return m.init({ module_or_path: response }).then(function () { return m; });
        });
      });
    }).catch(function (error) {
      readers[file] = null;
      ctx.sayOnce("warn", "docx", "baocao: the .docx reader could not be loaded, so Word files are left to the server (" +
        String((error && error.message) || error) + ").");
      throw error;
    });
    return readers[file];
  }

  /**
   * Loads the .docx reader with its own inflater (baocao_docx_bg.wasm): `baocao.docx()`
   * and, in a browser that cannot inflate, the file input use it; the readers without
   * one need the page to inflate, so they cannot serve checkDocx's synchronous call.
   */
  function loadDocx() {
    return loadReader(FULL_READER, DOCX_INTEGRITY).then(function (m) {
      // checkDocx of the ES module, for baocao.checkDocx once `await baocao.docx()`.
      part.checkDocx = function (bytes, options) { return m.checkDocxWith(bytes, options, api.checkDocument); };
    });
  }

  var preloaded = false;

  /** A file input is attached: load the .docx reader when the page is idle (the file checker has it). */
  function preloadDocx() {
    if (preloaded) return;
    preloaded = true;
    whenIdle(function () { docxReader().catch(function () {}); }, 3000);
  }

  /**
   * How this page reads a Word file: a promise of `read(bytes, options)`, itself a
   * promise of the findings. Where the browser inflates (DecompressionStream), the file
   * checker reads it with the parts inflated by the page, and beside the other checkers
   * the reader's wasm without an inflater does (4.3 KB brotli less, row 64), unless
   * `baocao.docx()` has loaded (or is loading) the one with. In a browser without
   * "deflate-raw" (before 2023), the reader's wasm with its own inflater is loaded.
   */
  function docxReader() {
    if (api.docxParts && pageInflates()) return Promise.resolve(inflatingReader(api));
    if (!pageInflates() || readers[FULL_READER]) return loadDocx().then(function () { return part.checkDocx; });
    return loadReader("baocao_docx_lite_bg.wasm", DOCX_LITE_INTEGRITY).then(inflatingReader);
  }

  function pageInflates() {
    try {
      return !!new global.DecompressionStream("deflate-raw") && typeof global.Blob.prototype.stream === "function";
    } catch (e) {
      return false;
    }
  }

  /**
   * How a reader without an inflater (the file checker, or the reader's wasm without one)
   * reads a Word file: the deflated parts it lists inflated by the browser one after
   * another, each within its most and all within the most together
   * (`[name, start, end, most, mostTogether]`): past either, the reader refuses the file,
   * so the parts after it are not inflated.
   */
  function inflatingReader(reader) {
    return function (bytes, opts) {
      var inflated = [];
      var used = 0;
      return reader.docxParts(bytes).reduce(function (done, listed) {
        return done.then(function (over) {
          if (over) return over;
          var most = Math.min(listed[3], listed[4] - used);
          return inflateRaw(bytes.subarray(listed[1], listed[2]), most).then(function (data) {
            inflated.push([listed[0], data]);
            used += data ? data.length : 0;
            return !!data && data.length > most;
          });
        });
      }, Promise.resolve(false)).then(function () {
        return reader.checkDocxWith(bytes, opts, api.checkDocument, inflated);
      });
    };
  }

  /**
   * A raw deflate stream inflated by the browser, stopped one byte past `most` (the
   * reader refuses that as a zip bomb, as its own inflater would); null when the stream
   * does not inflate (the reader then says the file is damaged).
   */
  function inflateRaw(raw, most) {
    var reader = new global.Blob([raw]).stream().pipeThrough(new global.DecompressionStream("deflate-raw")).getReader();
    var chunks = [];
    var size = 0;
    function next() {
      return reader.read().then(function (r) {
        if (!r.done) {
          chunks.push(r.value);
          size += r.value.length;
          if (size <= most) return next();
          reader.cancel().catch(function () {});
        }
        var out = new Uint8Array(size);
        for (var i = 0, at = 0; i < chunks.length; at += chunks[i].length, i++) out.set(chunks[i], at);
        return out;
      });
    }
    return next().catch(function () { return null; });
  }

  /**
   * `<input type="file" data-baocao="plan|report">`: the chosen .docx is read and checked
   * in the page (checkDocx; nothing is sent anywhere), its findings shown under the input
   * with their Word paragraph and excerpt, as text; a form it is in is held back while
   * errors stand, and while the file is being read (then sent once it passes). Other
   * files (.pdf, .doc) are left to the server, which checks them on receipt.
   */
  function FileController(input) {
    var self = this;
    this.kind = "document";
    this.element = input;
    var findings = [];
    var counts = { error: 0, warning: 0, info: 0, total: 0 };
    var fileError = null; // { vi, en } when the chosen .docx cannot be read
    var state = "empty"; // empty | reading | done | skipped | unavailable (the .docx reader did not load)
    var seq = 0;
    var held = null; // { form, submitter } of a submit held while reading
    var box, status, list;

    this.lang = function () { return langOf(input); };
    var uiOff = function () { return option(input, "ui") === "none"; };
    var ownSummary = new OwnSummary(input, self, uiOff);
    preloadDocx();

    function results() {
      if (box && box.isConnected) return box;
      var made = resultsBox(input, "baocao-file");
      box = made.box;
      status = made.status;
      list = made.list;
      status.setAttribute("role", "status");
      return box;
    }

    function render() {
      if (uiOff()) return;
      results();
      var w = WORDS[self.lang()];
      box.setAttribute("lang", self.lang());
      var words = state === "reading" ? w.reading
        : state === "skipped" ? w.notDocx
          : state === "unavailable" ? w.docxUnavailable
          : fileError ? w.fileError(fileError[self.lang()] || fileError.en)
            : state === "done" ? (counts.total ? w.found(counts.total, counts.error, counts.warning) : w.none) : "";
      status.textContent = words;
      var bad = counts.error > 0 || !!fileError;
      status.className = "baocao-results__status" + (bad ? " baocao-results__status--error" : "");
      if (bad) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
      input.classList.toggle("baocao-field--error", bad);
      list.replaceChildren.apply(list, findings.slice(0, 200).map(function (f) {
        var li = el("li", "baocao-finding baocao-finding--" + f.severity);
        li.setAttribute("data-code", f.code);
        if (f.paragraph) li.setAttribute("data-paragraph", String(f.paragraph));
        var body = el("div", "baocao-finding__button");
        var where = (f.paragraph ? w.paragraph(f.paragraph) + " · " : "") + w.severity[f.severity] + " " + f.code;
        body.appendChild(el("span", "baocao-finding__where", where));
        body.appendChild(el("span", "baocao-finding__message", f.message));
        if (f.excerpt) body.appendChild(el("span", "baocao-finding__excerpt", "“" + f.excerpt + "”"));
        if (f.hint) body.appendChild(el("span", "baocao-finding__hint", w.hint + f.hint));
        if (f.suggestion) body.appendChild(el("span", "baocao-finding__hint", w.suggestion + f.suggestion));
        li.appendChild(body);
        return li;
      }));
      if (words) announce(words, self.lang());
    }

    function finish(trigger) {
      counts = { error: 0, warning: 0, info: 0, total: findings.length };
      findings.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
      render();
      controllers.forEach(function (c) { if (c.kind === "form" && c.element.contains(input)) c.summaryChanged(); });
      var errors = self.errorCount();
      emit(input, "baocao:result", {
        kind: "document",
        trigger: trigger || "check",
        findings: findings,
        total: counts.total,
        errors: errors,
        valid: errors === 0,
      });
      // A submit held while the file was read goes on once it passes.
      var h = held;
      held = null;
      if (h && errors === 0 && h.form.isConnected) {
        if (h.form.requestSubmit) h.form.requestSubmit(h.submitter && h.submitter.isConnected ? h.submitter : undefined);
        else h.form.submit();
      }
      return findings;
    }

    /** Reads and checks the chosen file; a promise of its findings. */
    this.check = function (trigger) {
      var file = input.files && input.files[0];
      var id = ++seq;
      findings = [];
      fileError = null;
      if (!file) {
        state = "empty";
        return Promise.resolve(finish(trigger));
      }
      if (!/\.docx$/i.test(file.name)) {
        state = "skipped";
        return Promise.resolve(finish(trigger));
      }
      state = "reading";
      render();
      var opts = checkOptions(input);
      var kind = input.getAttribute("data-baocao");
      if (kind === "plan" || kind === "report") opts.kind = kind;
      // The .docx reader (in the file checker, or a second wasm loaded when a page with a
      // file input is idle, or now); when it cannot be, the file is left to the server, as
      // a .pdf is.
      return docxReader().then(
        function (read) {
          return file.arrayBuffer().then(function (buffer) { return checkBuffer(read, buffer); }, failedRead);
        },
        function () {
          if (id !== seq) return findings;
          state = "unavailable";
          return finish(trigger);
        }
      );
      function checkBuffer(read, buffer) {
        if (id !== seq) return findings;
        return Promise.resolve(new Uint8Array(buffer)).then(function (bytes) { return read(bytes, opts); }).then(
          function (found) { if (id === seq) findings = found; },
          function (e) {
            if (id !== seq) return;
            findings = [];
            fileError = { vi: e.messageVi || e.message, en: String(e.message).replace(/^checkDocx: /, "") };
          }
        ).then(function () {
          if (id !== seq) return findings;
          state = "done";
          return finish(trigger);
        });
      }
      function failedRead(e) {
        if (id !== seq) return findings;
        fileError = { vi: String((e && e.message) || e), en: String((e && e.message) || e) };
        state = "done";
        return finish(trigger);
      }
    };

    this.onInput = function () {};
    this.onChange = function () { self.check("change"); };
    /** Errors, an unreadable .docx, and a file still being read all hold a form back. */
    this.errorCount = function () { return counts.error + (fileError ? 1 : 0) + (state === "reading" ? 1 : 0); };

    function label() {
      return labelOf(input) || WORDS[self.lang()].file;
    }

    this.summaryItems = function () {
      var w = WORDS[self.lang()];
      var go = function () { focusField(input); };
      var items = findings.filter(isError).slice(0, 10).map(function (f) {
        return { finding: f, text: w.inFile(label(), f.paragraph) + f.message, control: input, document: self, select: go };
      });
      if (fileError) {
        var f = { code: "", severity: "error", message: w.fileError(fileError[self.lang()] || fileError.en) };
        items.unshift({ finding: f, text: label() + ": " + f.message, control: input, document: self, select: go });
      }
      return items;
    };
    this.stillError = function (f) {
      if (!f.code) return !!fileError;
      return findings.some(function (g) { return isError(g) && g.code === f.code && g.message === f.message; });
    };

    this.guard = function (form, event) {
      if (state === "reading") {
        // Not sent before the file is checked: sent then, if it passes.
        held = { form: form, submitter: event.submitter };
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      ownSummary.guard(form, event);
    };
    this.validate = function () {
      var errors = self.errorCount();
      return { kind: "document", findings: findings, errors: errors, valid: errors === 0 };
    };
    this.relabel = function () { if (state !== "empty") self.check("lang"); };
    this.reset = function () {
      seq += 1;
      findings = [];
      fileError = null;
      state = "empty";
      counts = { error: 0, warning: 0, info: 0, total: 0 };
      render();
    };
    this.detach = function () {
      seq += 1;
      if (box) {
        if (status) removeToken(input, "aria-describedby", status.id);
        box.remove();
      }
      input.removeAttribute("aria-invalid");
      input.classList.remove("baocao-field--error");
    };
  }

  var part = {
    FileController: FileController,
    loadDocx: loadDocx,
    checkDocx: null, // once the .docx reader is loaded
    // The file input's own words, which the drop-in adds to its own.
    words: {
      vi: {
        paragraph: function (p) { return "Đoạn " + p; },
        reading: "Đang kiểm tra tệp…",
        notDocx: "Trong trình duyệt chỉ kiểm tra được tệp Word .docx; tệp này sẽ được kiểm tra khi tiếp nhận.",
        fileError: function (m) { return "Không đọc được tệp: " + m; },
        docxUnavailable: "Không tải được bộ đọc tệp Word trong trình duyệt; tệp này sẽ được kiểm tra khi tiếp nhận.",
        inFile: function (label, p) { return label + (p ? ", đoạn " + p : "") + ": "; },
        file: "Tệp đính kèm",
      },
      en: {
        paragraph: function (p) { return "Paragraph " + p; },
        reading: "Checking the file…",
        notDocx: "Only Word .docx files are checked in the browser; this file will be checked on receipt.",
        fileError: function (m) { return "The file could not be read: " + m; },
        docxUnavailable: "The Word reader could not be loaded in the browser; this file will be checked on receipt.",
        inFile: function (label, p) { return label + (p ? ", paragraph " + p : "") + ": "; },
        file: "Attached file",
      },
    },
  };
  return part;
}

// Hands the factory to the drop-in that inserted this script (and only to it).
(function (script) {
  if (script && typeof script.baocaoDefine === "function") script.baocaoDefine(baocaoFile);
})(document.currentScript);
