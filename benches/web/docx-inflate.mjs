// The file checker's two ways of reading a Word file, timed against each other in one
// headless Chromium (benches/size-steps.md, row 54): A, the page inflates the parts with
// DecompressionStream("deflate-raw") and the file checker reads them (docxParts,
// checkDocxWith); B, the same page in a browser without "deflate-raw", which loads the
// reader's own wasm and its Rust inflater. Each round chooses the file in A's page, then
// in B's, and times the file input from the choice to its findings shown; the figure is
// the median ratio B/A, not the milliseconds (machines here are shared and noisy).
// With `report`, the page has a report form too (row 64): it loads the whole checker, and
// A reads with the reader's wasm without an inflater, B with the one with.
//
//   bash scripts/build.sh && node benches/web/docx-inflate.mjs [rounds] [report]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, dropinReady, openFixture, startAll, zip } from "../../tests/e2e/helpers.js";

const rounds = Number(process.argv[2] || 15);
const transform = process.argv[3] === "report" ? (html) => html.replace('<form id="f"', '<form id="f" data-baocao="report"') : (html) => html;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
// A long plan: 4,000 paragraphs of tasks, about 1 MB of XML, deflated as Word does.
const long = [`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`, paragraph("KẾ HOẠCH"), paragraph("I. MỤC ĐÍCH, YÊU CẦU")];
for (let i = 1; i <= 4000; i++) long.push(paragraph(`${i}. Sở Lao động chủ trì tuyên truyền phòng, chống mua bán người tại ${i} xã, phường.`));
long.push("</w:body></w:document>");
const files = {
  "plan-letters.docx (pandoc, 10 KB)": readFileSync(join(ROOT, "tests", "fixtures", "docx", "plan-letters.docx")),
  "a long plan (4,000 paragraphs)": zip([{ name: "word/document.xml", data: long.join(""), deflate: true }]),
};

const { server, baseUrl, browser } = await startAll();
const blockDeflateRaw = () => {
  const Native = window.DecompressionStream;
  window.DecompressionStream = function (format) {
    if (format === "deflate-raw") throw new TypeError("Unsupported compression format: 'deflate-raw'");
    return new Native(format);
  };
};
const pages = {
  A: await openFixture(browser, baseUrl, "legacy-file.html", { transform }),
  B: await openFixture(browser, baseUrl, "legacy-file.html", { initScript: blockDeflateRaw, transform }),
};
for (const page of Object.values(pages)) await dropinReady(page);

/** Chooses `buffer` in the page's file input; resolves with the ms until its findings are shown. */
async function timed(page, name, buffer) {
  await page.setInputFiles("#fileKeHoach", []);
  await page.waitForFunction(() => document.querySelector(".baocao-finding") === null);
  await page.evaluate(() => {
    window.__chosen = new Promise((resolve) => {
      const input = document.getElementById("fileKeHoach");
      input.addEventListener("change", () => resolve(performance.now()), { once: true });
    });
  });
  await page.setInputFiles("#fileKeHoach", { name, mimeType: "application/octet-stream", buffer });
  return page.evaluate(async () => {
    const start = await window.__chosen;
    const status = document.querySelector(".baocao-results__status");
    while (!/^(Phát hiện|Không phát hiện)/.test(status.textContent)) await new Promise((r) => setTimeout(r, 1));
    return performance.now() - start;
  });
}

const median = (xs) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
for (const [label, buffer] of Object.entries(files)) {
  const times = { A: [], B: [] };
  for (const page of Object.values(pages)) await timed(page, "x.docx", buffer); // warm up (B loads its reader)
  for (let i = 0; i < rounds; i++) {
    for (const [key, page] of i % 2 ? Object.entries(pages).reverse() : Object.entries(pages)) {
      times[key].push(await timed(page, "x.docx", buffer));
    }
  }
  const ratios = times.A.map((a, i) => times.B[i] / a);
  console.log(
    `${label}: A (DecompressionStream) median ${median(times.A).toFixed(1)} ms, ` +
      `B (the reader's own inflater) ${median(times.B).toFixed(1)} ms; B/A median ${median(ratios).toFixed(3)}`,
  );
}
await browser.close();
server.kill();
