// The demo portal's own script: language links, a sample plan, and a pretend "send".
// The checking itself is wired only by the drop-in (/pkg/baocao.dropin.js) and the
// data-baocao-* attributes in index.html; this file uses its public API (setLang).
import { SAMPLE } from "./sample.js";

const form = document.getElementById("report");
const sent = document.getElementById("sent");
const plan = document.getElementById("plan");

// The drop-in blocks a submit with errors before this runs (it listens first); what gets
// here is a report without errors, or a draft (formnovalidate). Nothing is sent.
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const draft = event.submitter && event.submitter.name === "draft";
  sent.textContent = draft
    ? "Đã lưu nháp (trang trình diễn: không có gì được gửi hay lưu)."
    : "Báo cáo hợp lệ, sẵn sàng gửi (trang trình diễn: không có gì được gửi đi).";
  sent.hidden = false;
});

document.getElementById("plan-sample").addEventListener("click", () => {
  plan.value = SAMPLE;
  // Tell the checker, as typing or pasting would.
  plan.dispatchEvent(new Event("input", { bubbles: true }));
  plan.focus();
});

for (const button of document.querySelectorAll("[data-demo-lang]")) {
  button.addEventListener("click", async () => {
    const baocao = await window.baocao.ready;
    baocao.setLang(button.dataset.demoLang);
    for (const b of document.querySelectorAll("[data-demo-lang]")) {
      b.setAttribute("aria-pressed", String(b === button));
    }
  });
}

// Readiness for people (and the end-to-end tests).
document.addEventListener("baocao:ready", () => document.body.setAttribute("data-checker", "ready"));
document.addEventListener("baocao:unavailable", () => document.body.setAttribute("data-checker", "unavailable"));
if (window.baocao && window.baocao.ready) {
  window.baocao.ready.then(
    () => document.body.setAttribute("data-checker", "ready"),
    () => document.body.setAttribute("data-checker", "unavailable"),
  );
}
