/*! baocao __VERSION__ — the agency autocomplete's part of the drop-in. MIT OR Apache-2.0. */

/*
 * Not a file to include: the report forms' part (js/dropin-forms.js) asks the drop-in
 * for it once the page is idle after a form with agency fields is attached, and the
 * drop-in inserts it with the hash it was built with (a <script integrity>). It is not
 * needed for the first check (benches/size-steps.md, row 61): until it comes, an agency
 * field is the plain input the page wrote, checked as any other.
 */

/**
 * The agency autocomplete, built over the drop-in's own helpers (`ctx`, as for the
 * report forms' part).
 */
function baocaoAgencies(ctx) {
  "use strict";
  var announce = ctx.announce, api = ctx.api, cancelAnnouncement = ctx.cancelAnnouncement,
    el = ctx.el, global = ctx.global, isoDay = ctx.isoDay, newId = ctx.newId;

  var WORDS = {
    vi: {
      suggestions: function (n) { return n ? n + " cơ quan phù hợp. Dùng phím mũi tên lên, xuống để chọn, Enter để nhận." : "Không có cơ quan nào phù hợp."; },
      chosen: function (name) { return "Đã chọn " + name + "."; },
    },
    en: {
      suggestions: function (n) { return n ? n + (n === 1 ? " body matches" : " bodies match") + ". Use the up and down arrow keys to choose, Enter to accept." : "No body matches."; },
      chosen: function (name) { return name + " chosen."; },
    },
  };

  /**
   * An agency field as an accessible autocomplete (the GOV.UK accessible-autocomplete
   * pattern): role=combobox on the input, a listbox of options, arrow keys, Enter, Escape,
   * the count said in the page's live region. Suggestions come from suggestAgencies and are
   * only bodies that exist on the report's day (`day()`, ISO). In a list field (partners,
   * "a; b") the part after the last ";" is completed.
   */
  function Autocomplete(input, pointer, lang, day) {
    var list = pointer.indexOf("/partners") > 0 || input.getAttribute("data-baocao-split") === ";";
    var box = el("ul", "baocao-autocomplete");
    box.id = newId("baocao-listbox");
    box.setAttribute("role", "listbox");
    box.hidden = true;
    var options = [];
    var active = -1;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", box.id);
    input.setAttribute("autocomplete", "off");
    input.setAttribute("data-baocao-autocomplete", "");
    // Outside the form's flow (no layout shift), under the input.
    document.body.appendChild(box);

    function part() {
      var v = input.value;
      return list ? v.slice(v.lastIndexOf(";") + 1).trim() : v.trim();
    }

    function close() {
      box.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function place() {
      var r = input.getBoundingClientRect();
      box.style.left = r.left + global.scrollX + "px";
      box.style.top = r.bottom + global.scrollY + "px";
      box.style.minWidth = r.width + "px";
    }

    function exists(a, on) {
      var from = a.validFrom ? isoDay(a.validFrom) : null;
      var to = a.validTo ? isoDay(a.validTo) : null;
      return (!from || from <= on) && (!to || to >= on);
    }

    function show() {
      var q = part();
      if (q.length < 2 || typeof api.suggestAgencies !== "function") return close();
      var on = day();
      var found = [];
      try {
        found = api.suggestAgencies(q, 20).filter(function (a) { return exists(a, on); }).slice(0, 8);
      } catch (e) {
        found = [];
      }
      options = found.map(function (a, i) {
        var li = el("li", "baocao-autocomplete__option", a.name);
        li.id = box.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("aria-posinset", String(i + 1));
        li.setAttribute("aria-setsize", String(found.length));
        // Keep the focus in the input: the choice is made on mouse up.
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { choose(a.name); });
        return li;
      });
      box.replaceChildren.apply(box, options);
      active = -1;
      input.removeAttribute("aria-activedescendant");
      box.setAttribute("lang", lang());
      if (options.length) {
        place();
        box.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      announce(WORDS[lang()].suggestions(options.length), lang());
    }

    function move(step) {
      if (box.hidden || !options.length) return;
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = (active + step + options.length) % options.length;
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function choose(name) {
      var v = input.value;
      if (list) {
        var cut = v.lastIndexOf(";");
        input.value = (cut >= 0 ? v.slice(0, cut + 1) + " " : "") + name;
      } else {
        input.value = name;
      }
      close();
      cancelAnnouncement();
      announce(WORDS[lang()].chosen(name), lang());
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }

    input.addEventListener("input", function (e) { if (e.isTrusted !== false || !box.hidden) show(); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "Down") {
        if (box.hidden) show();
        move(1);
        e.preventDefault();
      } else if (e.key === "ArrowUp" || e.key === "Up") {
        move(-1);
        e.preventDefault();
      } else if (e.key === "Enter" && !box.hidden && active >= 0) {
        // Enter picks the option; it does not submit the form.
        e.preventDefault();
        choose(options[active].textContent);
      } else if (e.key === "Escape" || e.key === "Esc") {
        if (!box.hidden) {
          e.preventDefault();
          close();
        }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 0); });
    this.detach = function () {
      box.remove();
      ["role", "aria-autocomplete", "aria-expanded", "aria-controls", "aria-activedescendant", "data-baocao-autocomplete"].forEach(function (a) { input.removeAttribute(a); });
    };
  }

  return {
    Autocomplete: Autocomplete,
    // Every selector is one of ours, as in the drop-in's own styles.
    css: [
      ".baocao-autocomplete{position:absolute;z-index:1000;margin:0;padding:0;list-style:none;background:#fff;border:2px solid var(--baocao-text,#0b0c0c);border-top:0;max-height:16em;overflow-y:auto;box-sizing:border-box;font-size:var(--baocao-font-size,1em);color:var(--baocao-text,#0b0c0c)}",
      ".baocao-autocomplete[hidden]{display:none}",
      ".baocao-autocomplete__option{padding:.4em .6em;cursor:pointer;border-bottom:1px solid #b1b4b6}",
      ".baocao-autocomplete__option[aria-selected=true],.baocao-autocomplete__option:hover{background:var(--baocao-link,#1d70b8);color:#fff}",
    ].join("\n"),
  };
}

// Hands the factory to the drop-in that inserted this script (and only to it).
(function (script) {
  if (script && typeof script.baocaoDefine === "function") script.baocaoDefine(baocaoAgencies);
})(document.currentScript);
