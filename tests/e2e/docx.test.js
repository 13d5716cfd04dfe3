// Word documents in the page (issue 17): a .docx chosen in a plain form's file input is
// read and checked in the browser by the drop-in (checkDocx; nothing is sent), its
// findings shown with their paragraph and excerpt, as text, and the form held back while
// errors stand. Hostile files are refused with a message, and the module keeps working.
//
//   bash scripts/build.sh && node --test tests/e2e/docx.test.js
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, closePage, dropinReady, openFixture, startAll, zip } from "./helpers.js";

/** Resolves once the drop-in's .docx reader (the second wasm) is loaded. */
const docxReady = (page) => page.evaluate(() => window.baocao.docx().then(() => true));
const READER = "baocao_docx_bg.wasm";
const LITE = "baocao_docx_lite_bg.wasm"; // the reader without its inflater, for pages that inflate
const PART = "baocao.dropin.docx.js"; // the reader's glue, a part of the drop-in
const FILE_PART = "baocao.dropin.file.js"; // the file input's controller, another
const fetched = (page, name) => page.requests.filter((r) => r.url.split("/").pop() === name).length;
/** Waits until the page has requested `name` (the reader, fetched on idle by itself). */
async function requested(page, name, ms = 10_000) {
  const until = Date.now() + ms;
  while (!fetched(page, name)) {
    assert.ok(Date.now() < until, `${name} was never requested`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let server;
let baseUrl;
let browser;

before(async () => {
  ({ server, baseUrl, browser } = await startAll());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const FIXTURES = join(ROOT, "tests", "fixtures", "docx");
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fixture = (name) => readFileSync(join(FIXTURES, name));
const file = (name, buffer) => ({ name, mimeType: DOCX, buffer });

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const document = (paragraphs) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`)
    .join("")}</w:body></w:document>`;

/** The four hostile kinds of issue 17 (and an external entity), each with words of its message. */
function hostile() {
  const real = fixture("plan-gap.docx");
  const renamed = Buffer.from(real.toString("latin1").replaceAll("word/document.xml", "word/documenx.xml"), "latin1");
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
    `<w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
  const external =
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
    `<w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
  const spaces = Buffer.alloc(60_000_000, 0x20);
  return [
    { name: "not-a-zip.docx", bytes: Buffer.from("KẾ HOẠCH\nSố: 1/KH-UBND\n"), en: /not a zip/, vi: /không phải tệp nén zip/ },
    { name: "no-document.docx", bytes: renamed, en: /without word\/document\.xml/, vi: /không có word\/document\.xml/ },
    { name: "truncated.docx", bytes: real.subarray(0, real.length >> 1), en: /truncated/, vi: /cắt cụt/ },
    { name: "bomb.docx", bytes: zip([{ name: "word/document.xml", data: spaces, deflate: true }]), en: /zip bomb/, vi: /bom zip/ },
    { name: "ratio.docx", bytes: zip([{ name: "word/document.xml", data: spaces.subarray(0, 20_000_000), deflate: true }]), en: /zip bomb/, vi: /bom zip/ },
    { name: "laughs.docx", bytes: zip([{ name: "word/document.xml", data: laughs }]), en: /DTD/, vi: /DTD/ },
    { name: "external.docx", bytes: zip([{ name: "word/document.xml", data: external }]), en: /DTD/, vi: /DTD/ },
  ];
}

test("issue 17: a .docx in a file input is checked in the page: findings with paragraph and excerpt, submit held back", async () => {
  const page = await openFixture(browser, baseUrl, "legacy-file.html");
  await dropinReady(page);
  // The page's checker (the file checker) has the reader in it, and the browser inflates
  // the file's parts: choosing a file sends and fetches nothing.
  const before = page.requests.length;
  await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-letters.docx")));
  const s004 = page.locator(".baocao-finding[data-code=S004]");
  await s004.waitFor();
  assert.equal(fetched(page, READER) + fetched(page, LITE) + fetched(page, PART), 0, "the reader's own wasm is not fetched");
  assert.equal(await s004.getAttribute("data-paragraph"), "18");
  const text = await s004.textContent();
  assert.match(text, /^Đoạn 18 · Lỗi S004/);
  assert.match(text, /thiếu điểm đ\)/);
  assert.match(text, /“e\) Báo Lạng Sơn chủ trì/, "the excerpt");
  assert.match(text, /gõ chữ cái bằng tay/, "the hint to letter the list by hand");
  assert.match(await page.locator(".baocao-results__status").textContent(), /^Phát hiện 2 vấn đề: 1 lỗi, 1 cảnh báo\.$/);
  assert.equal(await page.getAttribute("#fileKeHoach", "aria-invalid"), "true");
  assert.deepEqual(page.requests.slice(before), [], "nothing is sent when a file is chosen");

  // Submit: held back, the error in the form's summary, its link going to the input.
  await page.click("input[type=submit]");
  const summary = page.locator("#f .baocao-error-summary");
  await summary.locator("li").first().waitFor();
  assert.equal(page.url(), `${baseUrl}/legacy-file.html`, "the form was not sent");
  const items = await summary.locator("li").evaluateAll((all) => all.map((li) => li.textContent));
  assert.deepEqual(items.length, 1, JSON.stringify(items));
  assert.match(items[0], /^Đính kèm tệp kế hoạch, đoạn 18: Sau điểm d\) là điểm e\)/);
  assert.equal(await summary.locator("a").getAttribute("href"), "#fileKeHoach");

  // A clean plan (header and closing as Word tables): the form goes.
  await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-clean.docx")));
  await page.waitForFunction(() => document.querySelector(".baocao-results__status").textContent === "Không phát hiện lỗi nào.");
  assert.equal(await page.getAttribute("#fileKeHoach", "aria-invalid"), null);
  await page.click("input[type=submit]");
  await page.waitForURL(/\/submitted\?txtSo=/);
  await closePage(page, baseUrl);
});

test("issue 17: findings are text, never HTML; a PDF is left to the server; English on request", async () => {
  const page = await openFixture(browser, baseUrl, "legacy-file.html", {
    transform: (html) => html.replace('data-baocao="plan"', 'data-baocao="plan" data-baocao-lang="en"'),
  });
  await dropinReady(page);
  const markup = '&lt;img src=x onerror="window.__pwned=1"&gt;';
  const bytes = zip([{ name: "word/document.xml", data: document(["KẾ HOẠCH", "I. MỤC TIÊU", "Nội dung.", `IV. ${markup}`, "Nội dung."]) }]);
  await page.setInputFiles("#fileKeHoach", file("x.docx", bytes));
  const s003 = page.locator(".baocao-finding[data-code=S003]");
  await s003.waitFor();
  assert.match(await s003.textContent(), /^Paragraph 4 · Error S003/);
  assert.match(await s003.locator(".baocao-finding__excerpt").textContent(), /“IV\. <img src=x onerror="window\.__pwned=1">”/);
  assert.equal(await page.locator(".baocao-results img").count(), 0, "no element made from the file's text");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // A PDF: not read in the browser; said so, and it does not hold the form back.
  await page.setInputFiles("#fileKeHoach", { name: "ke-hoach.pdf", mimeType: "application/pdf", buffer: fixture("plan-gap.pdf") });
  await page.waitForFunction(() => /Only Word \.docx files are checked/.test(document.querySelector(".baocao-results__status").textContent));
  assert.equal(await page.locator(".baocao-finding").count(), 0);
  await page.click("input[type=submit]");
  await page.waitForURL(/\/submitted\?/);
  await closePage(page, baseUrl);
});

test("issue 17: hostile files are refused with a message in the browser, and the checker keeps working", async () => {
  const page = await openFixture(browser, baseUrl, "legacy-file.html");
  await dropinReady(page);
  await docxReady(page);
  for (const h of hostile()) {
    const started = Date.now();
    const error = await page.evaluate((bytes) => {
      try {
        window.baocao.checkDocx(new Uint8Array(bytes));
        return null;
      } catch (e) {
        return { type: e.constructor.name, message: e.message, vi: e.messageVi };
      }
    }, [...h.bytes]);
    assert.ok(error, `${h.name}: refused`);
    assert.equal(error.type, "Error", h.name);
    assert.match(error.message, /^checkDocx: /, h.name);
    assert.match(error.message, h.en, `${h.name}: ${error.message}`);
    assert.match(error.vi, h.vi, `${h.name}: ${error.vi}`);
    assert.ok(Date.now() - started < 10_000, `${h.name}: ${Date.now() - started} ms`);
  }
  // Still working: a real document, and the text checker.
  const codes = await page.evaluate((bytes) => window.baocao.checkDocx(new Uint8Array(bytes), { today: "2026-11-23" }).map((f) => f.code), [...fixture("plan-gap.docx")]);
  assert.deepEqual(codes.sort(), ["A001", "S003", "S005"]);
  assert.ok(await page.evaluate(() => Array.isArray(window.baocao.checkDocument("KẾ HOẠCH"))));
  assert.equal(await page.evaluate(() => { try { window.baocao.checkDocx("text"); } catch (e) { return e.constructor.name + ": " + e.message; } }), "TypeError: checkDocx: bytes must be a Uint8Array, got string");

  // Through the file input: the reason is shown, and the form is held back.
  await page.setInputFiles("#fileKeHoach", file("hong.docx", hostile()[2].bytes));
  await page.waitForFunction(() => /^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent));
  assert.match(await page.locator(".baocao-results__status").textContent(), /cắt cụt hoặc hỏng/);
  await page.click("input[type=submit]");
  await page.locator("#f .baocao-error-summary li").first().waitFor();
  assert.equal(page.url(), `${baseUrl}/legacy-file.html`, "held back");
  await closePage(page, baseUrl);
});

test("issue 16.11: the file checker, and the reader without an inflater beside the whole checker, read Word files with the browser's inflater; hostile files are refused as by the reader's own", async () => {
  // A page of file inputs (the file checker), and one with a report form too (the whole
  // checker, and the reader's wasm without an inflater).
  const report = (html) => html.replace('<form id="f"', '<form id="f" data-baocao="report" data-baocao-today="23/11/2026"');
  for (const [transform, checker, reader] of [[(html) => html, "baocao_file_bg.wasm", null], [report, "baocao_all_bg.wasm", LITE]]) {
    const page = await openFixture(browser, baseUrl, "legacy-file.html", { transform });
    await dropinReady(page);
    assert.equal(fetched(page, checker), 1, checker);
    const status = page.locator(".baocao-results__status");
    for (const h of hostile()) {
      await page.setInputFiles("#fileKeHoach", file(h.name, h.bytes));
      await page.waitForFunction(() => /^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent), null, { timeout: 10_000 });
      assert.match(await status.textContent(), h.vi, h.name);
      // Cleared between files, so that the next wait sees the next file's message.
      await page.setInputFiles("#fileKeHoach", []);
      await page.waitForFunction(() => !/^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent));
    }
    // Two parts, each within its ratio, that inflate past the limit of all parts together:
    // the page stops the second at what is left, and the reader refuses the file.
    const block = (seed) => Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from(String(seed * 7919 % 100003).padStart(6, "x"))]);
    const part = (n) => Buffer.concat(Array.from({ length: n }, (_, i) => block(i)));
    const together = zip([
      { name: "word/document.xml", data: part(30_000), deflate: true },
      { name: "word/styles.xml", data: part(30_000), deflate: true },
    ]);
    assert.ok(together.length > 60_000_000 / 200, `each part within its ratio (${together.length} B)`);
    await page.setInputFiles("#fileKeHoach", file("together.docx", together));
    await page.waitForFunction(() => /^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent), null, { timeout: 20_000 });
    assert.match(await status.textContent(), /bom zip/);
    await page.setInputFiles("#fileKeHoach", []);
    await page.waitForFunction(() => !/^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent));
    // A damaged deflate stream, its directory intact: damaged, not a hang.
    const good = zip([{ name: "word/document.xml", data: Buffer.from(document(["KẾ HOẠCH", "I. MỤC TIÊU"])), deflate: true }]);
    const damaged = Buffer.from(good);
    damaged.fill(0xff, 30 + "word/document.xml".length + 2, 30 + "word/document.xml".length + 12);
    await page.setInputFiles("#fileKeHoach", file("hong.docx", damaged));
    await page.waitForFunction(() => /^Không đọc được tệp: /.test(document.querySelector(".baocao-results__status").textContent));
    // And a real document read after them all, deflated parts and numbering.
    await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-letters.docx")));
    await page.locator(".baocao-finding[data-code=S004]").waitFor();
    assert.equal(await page.locator(".baocao-finding[data-code=S004]").getAttribute("data-paragraph"), "18");
    assert.equal(fetched(page, READER), 0, "not the reader with its inflater");
    assert.equal(fetched(page, LITE), reader ? 1 : 0);
    assert.equal(fetched(page, PART), reader ? 1 : 0);
    await closePage(page, baseUrl);
  }
});

test("issue 16.11: in a browser without the deflate-raw inflater, a page with a file input loads the reader's own wasm with its inflater", async () => {
  const noDeflateRaw = () => {
    const Native = window.DecompressionStream;
    window.DecompressionStream = function (format) {
      if (format === "deflate-raw") throw new TypeError("Unsupported compression format: 'deflate-raw'");
      return new Native(format);
    };
  };
  // Beside the file checker, and beside the whole checker (a page with a report form too).
  const report = (html) => html.replace('<form id="f"', '<form id="f" data-baocao="report" data-baocao-today="23/11/2026"');
  for (const transform of [(html) => html, report]) {
    const page = await openFixture(browser, baseUrl, "legacy-file.html", { initScript: noDeflateRaw, transform });
    await dropinReady(page);
    await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-letters.docx")));
    await page.locator(".baocao-finding[data-code=S004]").waitFor();
    assert.equal(await page.locator(".baocao-finding[data-code=S004]").getAttribute("data-paragraph"), "18");
    assert.equal(fetched(page, READER), 1, "the reader's own wasm");
    assert.equal(fetched(page, LITE), 0, "not the one without an inflater");
    assert.equal(fetched(page, PART), 1, "and its part of the drop-in");
    await closePage(page, baseUrl);
  }
});

test("issue 17: the .docx reader: in the file checker of a page with file inputs; a second wasm, fetched once and verified, beside the whole checker; never fetched by a page without a file input", async () => {
  // No file input: the checker alone; checkDocx says to wait for the reader, which comes on request.
  // (The page asks for the whole checker: a page of forms alone loads the form checker,
  // which cannot read texts, and says so if asked for the reader.)
  const forms = await openFixture(browser, baseUrl, "legacy-integrity.html");
  await dropinReady(forms);
  assert.match(await forms.evaluate(() => window.baocao.docx().then(() => "loaded", (e) => e.message)), /^baocao\.docx: this page had only report forms .*data-baocao-checker="all"/);
  assert.equal(fetched(forms, READER) + fetched(forms, LITE), 0);
  await closePage(forms, baseUrl, { allowProblems: true });
  const plain = await openFixture(browser, baseUrl, "legacy-integrity.html", {
    transform: (html) => html.replace("<script ", '<script data-baocao-checker="all" '),
  });
  await dropinReady(plain);
  await plain.waitForTimeout(1500);
  assert.equal(fetched(plain, READER), 0, "a page without a file input never fetches the reader");
  assert.equal(fetched(plain, PART), 0, "nor the reader's part of the drop-in");
  assert.equal(fetched(plain, FILE_PART), 0, "nor the file input's part, which loads the reader");
  assert.equal(fetched(plain, "baocao_all_bg.wasm"), 1);
  assert.equal(
    await plain.evaluate(() => { try { window.baocao.checkDocx(new Uint8Array(4)); } catch (e) { return e.message; } }),
    "checkDocx: the .docx reader is not loaded yet; wait for baocao.docx()",
  );
  await docxReady(plain);
  assert.equal(fetched(plain, READER), 1, "the reader with its inflater: checkDocx answers at once");
  assert.equal(fetched(plain, LITE), 0);
  assert.equal(fetched(plain, PART), 1);
  assert.equal(fetched(plain, FILE_PART), 1, "baocao.docx() fetches the file input's part, which loads the reader");
  const codes = await plain.evaluate((bytes) => window.baocao.checkDocx(new Uint8Array(bytes), { today: "2026-11-23" }).map((f) => f.code), [...fixture("plan-gap.docx")]);
  assert.deepEqual(codes.sort(), ["A001", "S003", "S005"]);
  // Bad options are checkDocument's errors, named checkDocx.
  assert.equal(
    await plain.evaluate((bytes) => { try { window.baocao.checkDocx(new Uint8Array(bytes), { lang: "fr" }); } catch (e) { return e.constructor.name + ": " + e.message; } }, [...fixture("plan-gap.docx")]),
    'RangeError: checkDocx: options.lang must be "vi" or "en", got "fr"',
  );
  await closePage(plain, baseUrl);

  // A file input added to a page which had none when it loaded: attached once the file
  // input's part of the drop-in (fetched then, not before) is in.
  const grown = await openFixture(browser, baseUrl, "legacy-integrity.html", {
    transform: (html) => html.replace("<script ", '<script data-baocao-checker="all" '),
  });
  await dropinReady(grown);
  await grown.waitForTimeout(1500);
  assert.equal(fetched(grown, FILE_PART), 0, "a page without a file input does not fetch its part");
  await grown.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.id = "later";
    input.setAttribute("data-baocao", "plan");
    document.body.appendChild(input);
  });
  await grown.waitForFunction(() => document.getElementById("later").getAttribute("data-baocao-state") === "ready");
  assert.equal(fetched(grown, FILE_PART), 1);
  await grown.setInputFiles("#later", file("ke-hoach.docx", fixture("plan-gap.docx")));
  await grown.locator("[data-baocao-results-for=later] .baocao-finding[data-code=S003]").waitFor();
  await closePage(grown, baseUrl);

  // A file input and no report form: the file checker, the text checker with the reader
  // in one wasm. Nothing else is fetched, before or after files are chosen.
  const page = await openFixture(browser, baseUrl, "legacy-file.html");
  await dropinReady(page);
  await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-gap.docx")));
  await page.locator(".baocao-finding[data-code=S003]").waitFor();
  await page.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-clean.docx")));
  await page.waitForFunction(() => document.querySelector(".baocao-results__status").textContent === "Không phát hiện lỗi nào.");
  const wasms = (p) => p.requests.map((r) => r.url.split("/").pop()).filter((f) => f.endsWith(".wasm"));
  assert.deepEqual(wasms(page), ["baocao_file_bg.wasm"], "the file checker alone");
  assert.equal(fetched(page, PART), 0, "not the reader's part of the drop-in");
  assert.equal(fetched(page, FILE_PART), 1, "the file input's part, once");
  await closePage(page, baseUrl);

  // A report form and a file input: the whole checker and the form part of the drop-in
  // first, for the fields; then the file input's part, once the fields can be checked,
  // and the reader's own wasm and its part once idle, before any file is chosen; each once.
  const report = { transform: (html) => html.replace('<form id="f"', '<form id="f" data-baocao="report" data-baocao-today="23/11/2026"') };
  const both = await openFixture(browser, baseUrl, "legacy-file.html", report);
  await dropinReady(both);
  await both.waitForFunction(() => document.getElementById("fileKeHoach").getAttribute("data-baocao-state") === "ready");
  await requested(both, LITE);
  const order = both.requests.map((r) => r.url.split("/").pop());
  assert.ok(order.indexOf(FILE_PART) > order.indexOf("baocao_all_bg.wasm"), order.join(" "));
  await both.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-gap.docx")));
  await both.locator(".baocao-finding[data-code=S003]").waitFor();
  assert.deepEqual(wasms(both), ["baocao_all_bg.wasm", LITE], "the whole checker, then the reader without its inflater");
  assert.equal(fetched(both, PART), 1);
  // baocao.docx() then loads the reader with its inflater, under a second instance of the
  // reader's part: checkDocx answers, and the file input reads on.
  await docxReady(both);
  assert.deepEqual(wasms(both), ["baocao_all_bg.wasm", LITE, READER]);
  const checked = await both.evaluate((bytes) => window.baocao.checkDocx(new Uint8Array(bytes), { today: "2026-11-23" }).map((f) => f.code), [...fixture("plan-gap.docx")]);
  assert.deepEqual(checked.sort(), ["A001", "S003", "S005"]);
  await both.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-clean.docx")));
  await both.waitForFunction(() => document.querySelector(".baocao-results__status").textContent === "Không phát hiện lỗi nào.");
  assert.equal(fetched(both, "baocao.dropin.forms.js"), 1);
  assert.equal(fetched(both, FILE_PART), 1);
  assert.ok(await both.evaluate(() => window.baocao.validateForm({}, { today: "2026-11-23" }).length > 0));
  await closePage(both, baseUrl);

  // Beside the whole checker (a page that asks for all): the reader is fetched once, on
  // idle after init, before any file is chosen.
  const all = { transform: (html) => html.replace("<script ", '<script data-baocao-checker="all" ') };
  const whole = await openFixture(browser, baseUrl, "legacy-file.html", all);
  await dropinReady(whole);
  await requested(whole, LITE);
  await whole.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-gap.docx")));
  await whole.locator(".baocao-finding[data-code=S003]").waitFor();
  await whole.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-clean.docx")));
  await whole.waitForFunction(() => document.querySelector(".baocao-results__status").textContent === "Không phát hiện lỗi nào.");
  assert.equal(fetched(whole, LITE), 1, "fetched once");
  assert.equal(fetched(whole, PART), 1, "its part of the drop-in too");
  assert.deepEqual(wasms(whole), ["baocao_all_bg.wasm", LITE]);
  await closePage(whole, baseUrl);

  // A reader (or its part of the drop-in) changed by one byte: never run; the file is left
  // to the server (said under the input and once on the console), the form not held back.
  for (const [name, type] of [[LITE, "application/wasm"], [PART, "text/javascript"]]) {
    const original = readFileSync(join(ROOT, "pkg", name));
    const changed = Buffer.from(original);
    changed[changed.length - 1] ^= 1;
    const bad = await openFixture(browser, baseUrl, "legacy-file.html", {
      ...all,
      setup: (context) => context.route(`**/pkg/${name}`, (route) => route.fulfill({ status: 200, body: changed, headers: { "content-type": type } })),
    });
    await dropinReady(bad);
    await bad.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-gap.docx")));
    await bad.waitForFunction(() => /bộ đọc tệp Word/.test(document.querySelector(".baocao-results__status").textContent));
    assert.match(await bad.locator(".baocao-results__status").textContent(), /sẽ được kiểm tra khi tiếp nhận/);
    assert.equal(await bad.locator(".baocao-finding").count(), 0);
    const ours = bad.messages.filter((m) => /baocao: the \.docx reader could not be loaded/.test(m));
    assert.equal(ours.length, 1, bad.messages.join("\n"));
    assert.ok(ours[0].includes(`${name} at `) && /integrity/.test(ours[0]), ours[0]);
    await bad.click("input[type=submit]");
    await bad.waitForURL(/\/submitted\?/);
    await closePage(bad, baseUrl, { allowProblems: true });
  }

  // Beside report forms, the file input's part comes after the checker: changed by one
  // byte, it is refused (said once on the console, naming it and "integrity"), the file
  // input is "unavailable" (its file left to the server) and the form is checked as before.
  const changedPart = Buffer.from(readFileSync(join(ROOT, "pkg", FILE_PART)));
  changedPart[changedPart.length - 1] ^= 1;
  const noPart = await openFixture(browser, baseUrl, "legacy-file.html", {
    ...report,
    setup: (context) => context.route(`**/pkg/${FILE_PART}`, (route) => route.fulfill({ status: 200, body: changedPart, headers: { "content-type": "text/javascript" } })),
  });
  await dropinReady(noPart);
  await noPart.waitForFunction(() => document.getElementById("fileKeHoach").getAttribute("data-baocao-state") === "unavailable");
  assert.equal(await noPart.getAttribute("#f", "data-baocao-state"), "ready");
  const warned = noPart.messages.filter((m) => /baocao: .*Word files are left to the server/.test(m));
  assert.equal(warned.length, 1, noPart.messages.join("\n"));
  assert.ok(warned[0].includes(`${FILE_PART} at `) && /integrity/.test(warned[0]), warned[0]);
  assert.equal(fetched(noPart, READER) + fetched(noPart, LITE), 0, "nor the reader, which the part loads");
  await noPart.setInputFiles("#fileKeHoach", file("ke-hoach.docx", fixture("plan-gap.docx")));
  await noPart.click("input[type=submit]");
  await noPart.waitForURL(/\/submitted\?/);
  await closePage(noPart, baseUrl, { allowProblems: true });
});
