/*! baocao __VERSION__ — the report forms' part of the drop-in. MIT OR Apache-2.0. */

/*
 * Not a file to include: baocao.dropin.js inserts it, with the hash it was built with
 * (a <script integrity>), on pages whose checker reads report forms, so that a page of
 * text areas and file inputs never downloads it (benches/size-steps.md, row 44). It
 * holds the form's controller: JSON Pointers and form data, messages by the field, the
 * error summary; the agency autocomplete is a part of its own (js/dropin-agencies.js).
 */

/**
 * The report form's controller, built over the drop-in's own helpers (`ctx`: the
 * names below are the drop-in's, so this code reads as if it were still inside it).
 */
function baocaoForms(ctx) {
  "use strict";
  var WORDS = ctx.WORDS, addToken = ctx.addToken, agencies = ctx.agencies, announce = ctx.announce, api = ctx.api,
    cancelAnnouncement = ctx.cancelAnnouncement, checkOptions = ctx.checkOptions,
    controllers = ctx.controllers, describe = ctx.describe, drawSummary = ctx.drawSummary,
    el = ctx.el, emit = ctx.emit, ensureId = ctx.ensureId, global = ctx.global,
    isError = ctx.isError, isoDay = ctx.isoDay, langOf = ctx.langOf, newId = ctx.newId,
    option = ctx.option, removeToken = ctx.removeToken, sayOnce = ctx.sayOnce,
    updateTitle = ctx.updateTitle;

  // ---------------------------------------------------------------- helpers

  function shownSeverity(f) { return f.severity === "error" || f.severity === "warning"; }
  function key(f) { return f.code + "\u0000" + (f.path || "") + "\u0000" + f.message; }

  function bySeverity(a, b) {
    var rank = { error: 0, warning: 1, info: 2 };
    return rank[a.severity] - rank[b.severity];
  }

  /**
   * The value a field's control takes for a finding's suggestion, or null where it cannot
   * be set, and so gets no Fix button: a checkbox, a radio, a file, a select without that
   * option, a disabled or read-only control. A date input takes yyyy-mm-dd ("14/06/2026" is
   * suggested); a number input a number ("66,7%" is 66.7).
   */
  function fixValue(control, suggestion) {
    var s = String(suggestion);
    var type = control.type; // select-one, textarea, date, …; "text" for an unknown type
    if (control.disabled || control.readOnly) return null;
    if (type === "select-one") {
      for (var i = 0; i < control.options.length; i += 1) {
        var o = control.options[i];
        if (!o.disabled && (o.value === s || o.text.trim() === s)) return o.value;
      }
      return null;
    }
    if (type === "date") return isoDay(s);
    if (type === "number") return /^-?\d+(,\d+)?%?$/.test(s) ? s.replace(",", ".").replace("%", "") : null;
    return /^(text|search|tel|url|email|textarea)$/.test(type) ? s : null;
  }

  /** Fixed items are struck through where they are: same words, same height, no link. */
  function markFixed(box, items) {
    // The alert was for the submit: a later change is not announced as one again.
    var alert = box.querySelector("[role=alert]");
    if (alert && items.some(function (item) { return item.fixed; })) alert.removeAttribute("role");
    items.forEach(function (item) {
      if (!item.fixed || !item.li || item.li.classList.contains("baocao-error-summary__item--fixed")) return;
      var lang = box.getAttribute("lang") || "vi";
      item.li.classList.add("baocao-error-summary__item--fixed");
      item.li.replaceChildren(
        el("span", "baocao-visually-hidden", WORDS[lang].fixedPrefix),
        el("span", "baocao-error-summary__text", item.text || item.finding.message)
      );
    });
  }

  // ---------------------------------------------------------------- JSON Pointers and form data

  function pointerTokens(pointer) {
    if (pointer === "") return [];
    return pointer
      .slice(1)
      .split("/")
      .map(function (t) { return t.replace(/~1/g, "/").replace(/~0/g, "~"); });
  }

  /** Items per array in a report form: the checker's own limit (a larger index is refused, not built). */
  var MAX_ITEMS = 10000;
  // Keys that would reach an object's prototype, never a field of a report form.
  function forbiddenKey(k) { return k === "__proto__" || k === "constructor" || k === "prototype"; }

  /** Why a field's pointer cannot be used (null when it can): the page's markup decides it. */
  function pointerProblem(pointer) {
    if (typeof pointer !== "string" || pointer.charAt(0) !== "/") return "it does not start with /";
    var tokens = pointerTokens(pointer);
    for (var i = 0; i < tokens.length; i += 1) {
      if (forbiddenKey(tokens[i])) return "\"" + tokens[i] + "\" is not a key of a report form";
      if (/^\d+$/.test(tokens[i]) && Number(tokens[i]) >= MAX_ITEMS) {
        return "index " + tokens[i] + " is over the limit of " + MAX_ITEMS + " items per list (0 to " + (MAX_ITEMS - 1) + ")";
      }
    }
    return null;
  }

  /** Sets one field; the pointer was checked by pointerProblem, and only own keys are followed. */
  function setAt(target, pointer, value) {
    var tokens = pointerTokens(pointer);
    if (!tokens.length || pointerProblem(pointer)) return;
    var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; };
    var node = target;
    for (var i = 0; i < tokens.length - 1; i += 1) {
      var k = tokens[i];
      var next = own(node, k);
      if (next == null || typeof next !== "object") {
        next = /^\d+$/.test(tokens[i + 1]) ? [] : {};
        node[k] = next;
      }
      node = next;
    }
    node[tokens[tokens.length - 1]] = value;
  }

  /** Fills holes left in arrays (task rows 0 and 2 without 1) so every index is an object. */
  function fillHoles(value) {
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i += 1) {
        if (!(i in value)) value[i] = {};
        fillHoles(value[i]);
      }
    } else if (value && typeof value === "object") {
      for (var k in value) fillHoles(value[k]);
    }
    return value;
  }

  var LIST_POINTER = /^\/(recipients|tasks\/\d+\/partners)$/;

  function splitList(text, byLines) {
    return String(text)
      .split(byLines ? /\r?\n/ : /[;\n]/)
      .map(function (s) { return s.trim(); })
      .filter(Boolean);
  }

  /** The value of one field, as typed: strings, lists split as documented. */
  function fieldValue(field) {
    var first = field.controls[0];
    var type = (first.type || "").toLowerCase();
    if (type === "radio") {
      for (var i = 0; i < field.controls.length; i += 1) {
        if (field.controls[i].checked) return field.controls[i].value;
      }
      return "";
    }
    if (type === "checkbox" && field.controls.length === 1) {
      return first.checked ? (first.value && first.value !== "on" ? first.value : true) : false;
    }
    if (type === "checkbox") {
      return field.controls.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    }
    if (first.tagName === "SELECT" && first.multiple) {
      return Array.prototype.filter
        .call(first.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; });
    }
    var split = first.getAttribute("data-baocao-split");
    if (split === "lines" || (split == null && LIST_POINTER.test(field.pointer) && first.tagName === "TEXTAREA")) {
      return splitList(first.value, true);
    }
    if (split === ";" || (split == null && LIST_POINTER.test(field.pointer))) {
      return splitList(first.value, false);
    }
    return first.value;
  }

  // ---------------------------------------------------------------- agencies to pick from

  /** Fields whose value is an agency of the registry (DESIGN §4.4). */
  var AGENCY_POINTER = /^\/(agency|tasks\/\d+\/(lead|partners))$/;

  // ---------------------------------------------------------------- a report form

  function FormController(scope) {
    var self = this;
    this.kind = "form";
    this.element = scope;
    var shown = new Map(); // pointer -> findings shown at that field
    var messages = new Map(); // pointer -> the element holding its messages
    var unmapped = []; // blocking errors with no field (data-baocao-require), in the summary after a submit
    var held = []; // message boxes cleared while typing, kept in place until the field is left
    var relatedOf = new Map(); // owner pointer -> the fields its errors also concern
    var relatedIds = new Map(); // pointer -> owner message ids in its aria-describedby
    var shownItems = []; // the summary's items since the last submit
    var submitted = false;
    var summary = null;
    var lastFindings = [];

    this.lang = function () { return langOf(scope); };
    var words = function () { return WORDS[self.lang()]; };
    var autocompletes = [];

    /** The report's day, for which agencies exist: its date of issue, else the end of its period, else today. */
    function reportDay() {
      var form = data();
      return isoDay(form.issuedOn || "") || isoDay(form.periodTo || "") || isoDay(option(scope, "today") || "") ||
        new Date().toISOString().slice(0, 10);
    }

    /**
     * Agency fields become comboboxes (data-baocao-autocomplete="off" on the form or a
     * field keeps them plain) once the drop-in has its autocomplete part, which comes when
     * the page is idle: the first check does not need it.
     */
    function enhance() {
      var wanted = fields().filter(function (field) {
        var c = field.controls[0];
        return AGENCY_POINTER.test(field.pointer) && c.tagName === "INPUT" &&
          /^(text|search|)$/.test(c.getAttribute("type") || "") && option(c, "autocomplete") !== "off";
      });
      if (!wanted.length) return;
      agencies().then(function (Autocomplete) {
        if (controllers.indexOf(self) < 0) return;
        wanted.forEach(function (field) {
          var c = field.controls[0];
          if (!c.hasAttribute("data-baocao-autocomplete")) autocompletes.push(new Autocomplete(c, field.pointer, self.lang, reportDay));
        });
      }, function () {});
    }
    setTimeout(function () { if (controllers.indexOf(self) >= 0) enhance(); }, 0);
    var uiOff = function () { return option(scope, "ui") === "none"; };
    this.quiet = uiOff;

    function mapping() {
      var raw = scope.getAttribute("data-baocao-map");
      if (!raw) return null;
      try {
        return JSON.parse(raw);
      } catch (e) {
        sayOnce("warn", "map", "baocao: data-baocao-map is not valid JSON: " + e.message);
        return null;
      }
    }

    /** The fields in document order: { pointer, controls, label }. */
    function fields() {
      var map = mapping();
      var candidates = Array.prototype.slice.call(
        scope.tagName === "FORM" ? scope.elements : scope.querySelectorAll("input, select, textarea")
      );
      if (scope.tagName === "FORM") {
        // Also marked controls that are not form controls of this form (rare).
        Array.prototype.forEach.call(scope.querySelectorAll("[data-baocao-field]"), function (c) {
          if (candidates.indexOf(c) < 0) candidates.push(c);
        });
      }
      var byPointer = new Map();
      var list = [];
      candidates.forEach(function (control) {
        var pointer = control.getAttribute("data-baocao-field");
        if (pointer == null && map) {
          if (control.name && Object.prototype.hasOwnProperty.call(map, control.name)) pointer = map[control.name];
          else if (control.id && Object.prototype.hasOwnProperty.call(map, control.id)) pointer = map[control.id];
        }
        if (pointer == null || pointer.charAt(0) !== "/") return;
        var problem = pointerProblem(pointer);
        if (problem) {
          // The field is left out (its value never reaches the form object); said once.
          var source = control.hasAttribute("data-baocao-field") ? "data-baocao-field" : "data-baocao-map";
          sayOnce("error", "pointer" + pointer, "baocao: " + source + " \"" + pointer + "\" on " + describe(control) +
            " is refused: " + problem + ". Use a key of the report form, e.g. /periodFrom, /tasks/0/lead (integrator's guide, www/guide.html).");
          return;
        }
        var field = byPointer.get(pointer);
        if (!field) {
          field = { pointer: pointer, controls: [] };
          byPointer.set(pointer, field);
          list.push(field);
        }
        field.controls.push(control);
      });
      return list;
    }

    function data(list) {
      var out = {};
      var fixed = scope.getAttribute("data-baocao-values");
      if (fixed) {
        try {
          var parsed = JSON.parse(fixed);
          for (var k in parsed) if (!forbiddenKey(k)) out[k] = parsed[k];
        } catch (e) {
          sayOnce("warn", "values", "baocao: data-baocao-values is not valid JSON: " + e.message);
        }
      }
      if (out.kind == null) out.kind = "report";
      (list || fields()).forEach(function (field) {
        setAt(out, field.pointer, fieldValue(field));
      });
      return fillHoles(out);
    }
    this.data = function () { return data(); };

    /** Where a finding's path goes: the field itself, an enclosing field, or a field inside it. */
    function fieldFor(list, path) {
      if (path == null) return null;
      var best = null;
      list.forEach(function (f) {
        if (f.pointer === path) best = f;
      });
      if (best) return best;
      list.forEach(function (f) {
        if (path.indexOf(f.pointer + "/") === 0 && (!best || f.pointer.length > best.pointer.length)) best = f;
      });
      if (best) return best;
      for (var i = 0; i < list.length; i += 1) {
        if (list[i].pointer.indexOf(path + "/") === 0) return list[i];
      }
      return null;
    }

    /** A finding's identity across re-checks: its rule and field (its words change with the values). */
    function same(f) { return f.code + "\u0000" + (f.path || ""); }

    /** Pointers listed in data-baocao-require / -ignore: a pointer or any key under it. */
    function listed(name, path) {
      var raw = option(scope, name);
      if (!raw || path == null) return false;
      return raw.split(/[\s,]+/).filter(Boolean).some(function (p) {
        return path === p || path.indexOf(p + "/") === 0 || p === "/";
      });
    }

    /**
     * Checks the form. Each finding gets one owner, the field the person should change (its
     * path: the rate for T002, the part for T003), and related fields, those validateField
     * says it also concerns (the counts). A finding whose path has no field goes to its first
     * related field; with neither it is "unmapped".
     */
    function evaluate(list) {
      var form = data(list);
      var opts = checkOptions(scope);
      var all = [];
      try {
        all = api.validateForm ? api.validateForm(form, opts) : [];
      } catch (e) {
        sayOnce("warn", "validateForm", "baocao: the form could not be checked: " + e.message);
      }
      all = all.filter(function (f) { return !listed("ignore", f.path); });
      lastFindings = all;
      var byKey = {};
      var entries = [];
      var entry = function (f) {
        var k = key(f);
        if (!byKey[k]) {
          byKey[k] = { finding: f, owner: fieldFor(list, f.path), related: [] };
          entries.push(byKey[k]);
        }
        return byKey[k];
      };
      all.forEach(entry);
      if (api.validateField) {
        list.forEach(function (field) {
          var about = [];
          try {
            about = api.validateField(form, field.pointer, opts);
          } catch (e) {
            sayOnce("warn", "validateField", "baocao: a field could not be checked: " + e.message);
          }
          about.forEach(function (f) {
            if (listed("ignore", f.path)) return;
            var e = entry(f);
            if (e.owner !== field && e.related.indexOf(field) < 0) e.related.push(field);
          });
        });
      }
      entries.forEach(function (e) { if (!e.owner && e.related.length) e.owner = e.related.shift(); });
      return {
        form: form,
        all: all,
        /** The findings shown at a field: those it owns. */
        own: function (field) {
          return entries
            .filter(function (e) { return e.owner === field && shownSeverity(e.finding); })
            .map(function (e) { return e.finding; })
            .sort(bySeverity);
        },
        /** The fields a field's findings also concern. */
        related: function (field) {
          var out = [];
          entries.forEach(function (e) {
            if (e.owner !== field) return;
            e.related.forEach(function (r) { if (out.indexOf(r) < 0) out.push(r); });
          });
          return out;
        },
        /** Owners of findings this field is related to (change the count: the rate shows its error). */
        ownersFor: function (field) {
          var out = [];
          entries.forEach(function (e) {
            if (e.owner && e.related.indexOf(field) >= 0 && out.indexOf(e.owner) < 0) out.push(e.owner);
          });
          return out;
        },
        /** Errors about keys no field collects: [blocking (data-baocao-require), the others]. */
        unmapped: function () {
          var loose = entries.filter(function (e) { return !e.owner && isError(e.finding); }).map(function (e) { return e.finding; });
          return [
            loose.filter(function (f) { return listed("require", f.path); }),
            loose.filter(function (f) { return !listed("require", f.path); }),
          ];
        },
      };
    }

    function labelOf(field) {
      var c = field.controls[0];
      var explicit = c.getAttribute("data-baocao-label");
      if (explicit) return explicit;
      var text = "";
      if (c.labels && c.labels.length) text = c.labels[0].textContent;
      if (!text) text = c.getAttribute("aria-label") || "";
      if (!text && (c.type === "radio" || c.type === "checkbox")) {
        var fieldset = c.closest("fieldset");
        var legend = fieldset && fieldset.querySelector("legend");
        if (legend) text = legend.textContent;
      }
      text = text.replace(/\s+/g, " ").trim();
      return text || field.pointer;
    }

    /** The element that holds a field's messages: data-baocao-message, or one we insert before it. */
    function messageBox(field) {
      var box = messages.get(field.pointer);
      if (box && box.isConnected) return box;
      var c = field.controls[0];
      box = el("span", "baocao-messages");
      box.id = newId("baocao-msg");
      box.setAttribute("data-baocao-messages", field.pointer);
      var targetId = c.getAttribute("data-baocao-message");
      var target = targetId && document.getElementById(targetId);
      if (target) {
        target.appendChild(box);
      } else {
        // Before the control (after its label and hint, as GOV.UK does); before the label
        // that wraps it, if one does.
        var wrap = c.closest("label");
        var anchor = wrap && wrap.contains(c) ? wrap : c;
        anchor.parentNode.insertBefore(box, anchor);
      }
      messages.set(field.pointer, box);
      return box;
    }

    /**
     * Shows a field's own findings. `hold`: a message that goes while the person types keeps
     * its place, unseen, until they leave the field (no layout shift under their cursor).
     */
    function renderField(field, findings, hold) {
      var before = shown.get(field.pointer) || [];
      shown.set(field.pointer, findings);
      // A hidden input has nowhere to show a message: its errors are in the summary only.
      if (uiOff() || field.controls[0].type === "hidden") return;
      var hasError = findings.some(isError);
      var hadSomething = before.length > 0;
      if (!findings.length && !hadSomething && !messages.has(field.pointer)) return;
      var box = messageBox(field);
      var w = words();
      var lang = self.lang();
      if (!findings.length && hold && box.childNodes.length) {
        box.classList.add("baocao-messages--held");
        held.push(box);
      } else {
        box.classList.remove("baocao-messages--held");
        box.replaceChildren.apply(
          box,
          findings.map(function (f) {
            var m = el("span", "baocao-error-message baocao-error-message--" + f.severity);
            m.setAttribute("data-code", f.code);
            m.setAttribute("lang", lang);
            m.appendChild(el("span", "baocao-visually-hidden", w.severity[f.severity] + ": "));
            m.appendChild(document.createTextNode(f.message));
            if (f.hint) m.appendChild(el("span", "baocao-error-message__hint", w.hint + f.hint));
            var control = field.controls[0];
            var value = f.suggestion != null && f.path === field.pointer ? fixValue(control, f.suggestion) : null;
            if (value != null) {
              var fix = el("button", "baocao-error-message__fix", w.fix);
              fix.type = "button";
              fix.setAttribute("aria-label", w.fixLabel(f.suggestion));
              fix.title = w.fixLabel(f.suggestion);
              fix.addEventListener("click", function () {
                // As if typed or chosen: the page's own listeners see it, and the field is checked again.
                control.value = value;
                control.dispatchEvent(new Event("input", { bubbles: true }));
                control.dispatchEvent(new Event("change", { bubbles: true }));
                control.focus();
              });
              m.appendChild(fix);
            }
            return m;
          })
        );
      }
      field.controls.forEach(function (c) {
        if (findings.length) addToken(c, "aria-describedby", box.id);
        else removeToken(c, "aria-describedby", box.id);
        if (hasError) {
          c.setAttribute("aria-invalid", "true");
          c.classList.add("baocao-field--error");
        } else if (c.classList.contains("baocao-field--error") || c.getAttribute("aria-invalid") === "true") {
          c.removeAttribute("aria-invalid");
          c.classList.remove("baocao-field--error");
        }
      });
      var group = field.controls[0].closest("[data-baocao-group]");
      if (group) group.classList.toggle("baocao-group--error", !!group.querySelector(".baocao-field--error"));
    }

    /** Messages held in place while typing go once the person leaves the field. */
    function releaseHeld() {
      held.forEach(function (box) {
        if (box.classList.contains("baocao-messages--held")) {
          box.classList.remove("baocao-messages--held");
          box.replaceChildren();
        }
      });
      held = [];
    }

    /**
     * Related fields (the counts behind a rate) point at the owner's message with
     * aria-describedby and get a lighter mark; the message itself is shown once.
     */
    function syncRelated(list, evaluation) {
      if (evaluation) {
        relatedOf.clear();
        list.forEach(function (field) {
          if ((shown.get(field.pointer) || []).some(isError)) relatedOf.set(field.pointer, evaluation.related(field));
        });
      }
      var want = new Map(); // related field -> ids of owner message boxes
      relatedOf.forEach(function (fields, ownerPointer) {
        var box = messages.get(ownerPointer);
        if (!box || !(shown.get(ownerPointer) || []).some(isError)) return;
        fields.forEach(function (f) {
          if (!want.has(f)) want.set(f, []);
          want.get(f).push(box.id);
        });
      });
      list.forEach(function (field) {
        var ids = want.get(field) || [];
        var before = relatedIds.get(field.pointer) || [];
        field.controls.forEach(function (c) {
          before.forEach(function (id) { if (ids.indexOf(id) < 0) removeToken(c, "aria-describedby", id); });
          ids.forEach(function (id) { addToken(c, "aria-describedby", id); });
          c.classList.toggle("baocao-field--related", ids.length > 0 && !c.classList.contains("baocao-field--error"));
        });
        if (ids.length) relatedIds.set(field.pointer, ids);
        else relatedIds.delete(field.pointer);
      });
    }

    function summaryBox() {
      if (summary && summary.isConnected) return summary;
      var id = scope.getAttribute("data-baocao-summary");
      var host = id && document.getElementById(id);
      summary = el("div", "baocao-error-summary");
      summary.setAttribute("data-baocao-summary-for", ensureId(scope, "baocao-form"));
      summary.hidden = true;
      summary.addEventListener("blur", function () { summary.removeAttribute("tabindex"); });
      if (host) host.appendChild(summary);
      else scope.insertBefore(summary, scope.firstChild);
      return summary;
    }

    /** Text areas checked with this form (issue 16, point 6): inside it, not a form of their own. */
    function documents() {
      return controllers.filter(function (c) { return c.kind === "document" && scope.contains(c.element); });
    }

    /** The summary's items on submit: every error shown, in field order, then the text areas', then required unmapped ones. */
    function summaryItems(list) {
      var items = [];
      var seen = {};
      list.forEach(function (field) {
        (shown.get(field.pointer) || []).filter(isError).forEach(function (f) {
          var k = key(f);
          if (seen[k]) return;
          seen[k] = true;
          var control = field.controls[0];
          items.push({ finding: f, control: control.type === "hidden" ? null : control, field: field });
        });
      });
      documents().forEach(function (d) {
        d.summaryItems().forEach(function (item) { items.push(item); });
      });
      unmapped.forEach(function (f) {
        if (!seen[key(f)]) items.push({ finding: f, control: null, field: null });
        seen[key(f)] = true;
      });
      return items;
    }

    /** Is a summary item still an error? (Items only ever go: the summary changes on submit.) */
    function stillError(item) {
      if (item.document) return item.document.stillError(item.finding);
      var list = item.field ? shown.get(item.field.pointer) || [] : unmapped;
      return list.some(function (f) { return isError(f) && same(f) === same(item.finding); });
    }

    /**
     * Submit draws the summary afresh, with role=alert; afterwards an item fixed while
     * typing is struck through in place (no shift under the cursor), and fixed items go
     * once the person leaves the field.
     */
    function renderSummary(list, mode) {
      if (uiOff() || !submitted) return;
      var box = summaryBox();
      if (mode === "submit") {
        shownItems = summaryItems(list);
        drawSummary(box, shownItems, true, self.lang());
        return;
      }
      var before = shownItems.length;
      shownItems.forEach(function (item) { if (!stillError(item)) item.fixed = true; });
      if (mode === "settle") {
        shownItems = shownItems.filter(function (item) { return !item.fixed; });
        if (shownItems.length !== before || box.querySelector(".baocao-error-summary__item--fixed")) {
          drawSummary(box, shownItems, false, self.lang());
        }
      } else {
        markFixed(box, shownItems);
      }
    }

    this.summaryChanged = function () { renderSummary(fields(), "typing"); };

    this.errorCount = function () {
      var n = unmapped.length;
      shown.forEach(function (list) { n += list.filter(isError).length; });
      documents().forEach(function (d) { n += d.errorCount(); });
      return n;
    };

    function result(trigger, list, evaluation) {
      var detail = {
        kind: "form",
        trigger: trigger,
        findings: evaluation ? evaluation.all : lastFindings,
        shown: list
          .filter(function (f) { return (shown.get(f.pointer) || []).length; })
          .map(function (f) { return { pointer: f.pointer, element: f.controls[0], findings: shown.get(f.pointer) }; }),
        unmapped: evaluation ? evaluation.unmapped()[1] : [],
        errors: self.errorCount(),
        data: evaluation ? evaluation.form : undefined,
      };
      detail.valid = detail.errors === 0;
      updateTitle();
      emit(scope, "baocao:result", detail);
      return detail;
    }

    /** Only what is gone: a field keeps the findings still there, by rule, in the words shown. */
    function keepOnly(field, now, hold) {
      var before = shown.get(field.pointer) || [];
      if (!before.length) return null;
      var still = now.map(same);
      var kept = before.filter(function (f) { return still.indexOf(same(f)) >= 0; });
      if (kept.length === before.length) return null;
      renderField(field, kept, hold);
      return { field: field, before: before, now: kept };
    }

    function say(changes) {
      if (!changes.length) return;
      var w = words();
      var c = changes[changes.length - 1];
      var errors = c.now.filter(isError);
      if (errors.length) announce(labelOf(c.field) + ": " + w.severity.error + ": " + errors[0].message, self.lang());
      else if (c.before.some(isError)) {
        var left = self.errorCount();
        announce(w.fixed(labelOf(c.field)) + (left ? " " + w.stillErrors(left) : ""), self.lang());
      }
    }

    function fieldOf(list, control) {
      for (var i = 0; i < list.length; i += 1) {
        if (list[i].controls.indexOf(control) >= 0) return list[i];
      }
      return null;
    }

    function anyShown() {
      var any = false;
      shown.forEach(function (f) { if (f.length) any = true; });
      return any;
    }

    /**
     * While typing (issue 16, point 4): a key may only clear an error or keep the one shown,
     * in any field; nothing new appears until the field is left. Cleared messages keep their
     * place until then.
     */
    this.onInput = function (control) {
      var list = fields();
      var field = fieldOf(list, control);
      if (!field) return;
      if (!anyShown() && !submitted) return; // nothing to clear: stay quiet
      var evaluation = evaluate(list);
      var changes = [];
      list.forEach(function (f) {
        var c = keepOnly(f, evaluation.own(f), true);
        if (c) changes.push(c);
      });
      if (changes.length) syncRelated(list, null);
      renderSummary(list, "typing");
      say(changes);
      result("input", list, evaluation);
    };

    /**
     * Leaving a changed field (change event): its findings appear now, and those of the
     * fields it feeds (the rate, when a count changed); elsewhere only fixes.
     */
    this.onChange = function (control) {
      var list = fields();
      var field = fieldOf(list, control);
      if (!field) return;
      releaseHeld();
      var evaluation = evaluate(list);
      var touched = [field].concat(evaluation.ownersFor(field));
      var changes = [];
      list.forEach(function (f) {
        var now = evaluation.own(f);
        if (touched.indexOf(f) >= 0) {
          var before = shown.get(f.pointer) || [];
          var was = before.filter(isError).map(key).join("\n");
          var is = now.filter(isError).map(key).join("\n");
          if (was !== is || before.length !== now.length) {
            renderField(f, now, false);
            if (was !== is) changes.push({ field: f, before: before, now: now });
          }
        } else {
          var c = keepOnly(f, now, false);
          if (c) changes.push(c);
        }
      });
      syncRelated(list, evaluation);
      if (submitted) {
        var still = evaluation.unmapped()[0].map(same);
        unmapped = unmapped.filter(function (f) { return still.indexOf(same(f)) >= 0; });
        renderSummary(list, "settle");
      }
      say(changes);
      result("change", list, evaluation);
    };

    /** The person left a field without changing it: what was held in place goes. */
    this.onLeave = function () {
      if (!held.length) return;
      releaseHeld();
      if (submitted) renderSummary(fields(), "settle");
    };

    /** Submit, or check(): every field, the summary with role=alert, focus on the summary. */
    this.validate = function (trigger, focus) {
      var list = fields();
      documents().forEach(function (d) { d.check(trigger || "submit"); });
      releaseHeld();
      var evaluation = evaluate(list);
      list.forEach(function (field) { renderField(field, evaluation.own(field), false); });
      syncRelated(list, evaluation);
      var split = evaluation.unmapped();
      unmapped = split[0];
      if (split[1].length) {
        sayOnce("info", "unmapped" + scope.id, "baocao: " + split[1].length + " finding(s) concern keys no field on this page collects (" +
          split[1].map(function (f) { return f.path; }).filter(Boolean).slice(0, 6).join(", ") +
          "); they do not stop the form. To make them stop it, name them in data-baocao-require (e.g. \"/signer /sections\"); " +
          "to drop them, data-baocao-ignore; or give them a field or data-baocao-values (integrator's guide, section \"keys\").");
      }
      submitted = true;
      var errors = self.errorCount();
      cancelAnnouncement();
      renderSummary(list, "submit");
      var detail = result(trigger || "submit", list, evaluation);
      if (errors > 0 && focus !== false && summary && !summary.hidden) {
        summary.setAttribute("tabindex", "-1");
        summary.focus();
      }
      return detail;
    };

    this.onSubmit = function (event) {
      var submitter = event.submitter;
      if (submitter && (submitter.hasAttribute("formnovalidate") || submitter.hasAttribute("data-baocao-skip"))) return;
      if (scope.tagName !== "FORM" && submitter && !scope.contains(submitter)) return;
      var detail = self.validate("submit", true);
      if (!detail.valid && option(scope, "submit") !== "allow") {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      // data-baocao-json="id": the exact object checked goes with the form, for the server
      // to re-check with the same crate.
      var jsonId = scope.getAttribute("data-baocao-json");
      var jsonInput = jsonId && document.getElementById(jsonId);
      if (jsonInput && detail.data) jsonInput.value = JSON.stringify(detail.data);
    };

    /** Language changed: the same fields, re-checked for their words. */
    this.relabel = function () {
      var list = fields();
      var evaluation = evaluate(list);
      list.forEach(function (field) {
        if ((shown.get(field.pointer) || []).length) renderField(field, evaluation.own(field), false);
      });
      syncRelated(list, evaluation);
      if (submitted) {
        var was = unmapped.map(same);
        unmapped = evaluation.unmapped()[0].filter(function (f) { return was.indexOf(same(f)) >= 0; });
        var keep = shownItems.filter(function (item) { return !item.fixed; }).map(function (item) { return same(item.finding); });
        shownItems = summaryItems(list).filter(function (item) { return keep.indexOf(same(item.finding)) >= 0; });
        if (summary) drawSummary(summary, shownItems, false, self.lang());
      }
      updateTitle();
    };

    this.reset = function () {
      var list = fields();
      submitted = false;
      unmapped = [];
      shownItems = [];
      releaseHeld();
      list.forEach(function (field) { if (shown.has(field.pointer)) renderField(field, [], false); });
      shown.clear();
      relatedOf.clear();
      syncRelated(list, null);
      if (summary) {
        summary.hidden = true;
        summary.replaceChildren();
      }
      updateTitle();
    };

    this.detach = function () {
      self.reset();
      autocompletes.forEach(function (a) { a.detach(); });
      autocompletes = [];
      messages.forEach(function (box) { box.remove(); });
      messages.clear();
      if (summary) summary.remove();
    };
  }

  return {
    FormController: FormController,
    // The form's own styles and words, which the drop-in adds to its own.
    css: [
      ".baocao-messages.baocao-messages--held{visibility:hidden}",
      ".baocao-field--related{border-color:var(--baocao-error,#b3261e)!important;border-style:dashed!important}",
      ".baocao-messages{display:block}",
      ".baocao-messages:empty{display:none}",
      ".baocao-error-message{display:block;margin:.15em 0 .35em;font-weight:700;color:var(--baocao-error,#b3261e);font-size:var(--baocao-font-size,1em)}",
      ".baocao-error-message--warning{color:var(--baocao-warning,#8a4b08)}",
      ".baocao-error-message__hint{display:block;font-weight:400;color:var(--baocao-text,#0b0c0c)}",
      ".baocao-group--error{border-left:5px solid var(--baocao-error,#b3261e);padding-left:.75em}",
    ].join("\n"),
    words: {
      vi: {
        fixed: function (label) { return label + ": đã hết lỗi."; },
        fixedPrefix: "Đã sửa: ",
        stillErrors: function (n) { return "Còn " + n + " lỗi cần sửa."; },
      },
      en: {
        fixed: function (label) { return label + ": fixed."; },
        fixedPrefix: "Fixed: ",
        stillErrors: function (n) { return n + (n === 1 ? " error" : " errors") + " left to fix."; },
      },
    },
  };
}

// Hands the factory to the drop-in that inserted this script (and only to it).
(function (script) {
  if (script && typeof script.baocaoDefine === "function") script.baocaoDefine(baocaoForms);
})(document.currentScript);
