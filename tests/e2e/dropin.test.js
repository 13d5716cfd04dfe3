// End-to-end tests of the drop-in (pkg/baocao.dropin.js, pkg/baocao.dropin.esm.js) in
// headless Chromium: the demo portal (www/index.html), a plain page with only the tag and
// data attributes (fixtures/plain.html), the ES-module build (fixtures/esm.html).
//
//   bash scripts/build.sh && node --test tests/e2e/
//
// Screenshots go to tests/e2e/artifacts/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ARTIFACTS,
  CSP_NO_WASM,
  CSP_OK,
  ROOT,
  closePage,
  lineOf,
  newPage,
  startAll,
} from "./helpers.js";

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

const XSS = "<img src=x onerror=alert(1)>";
const HEADING = "IV. TỔ CHỨC THỰC HIỆN";
/** A plan whose parts go I, II, IV (S003 on the IV line). */
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN

Số: 35/KH-UBND

Hưng Yên, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống mua bán người trên địa bàn tỉnh năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Chủ động phòng ngừa, phát hiện sớm các đường dây mua bán người.

II. NHIỆM VỤ, GIẢI PHÁP

1. Công tác truyền thông

a) Tuyên truyền trên báo chí, mạng xã hội về thủ đoạn "việc nhẹ, lương cao".

- Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.

2. Công tác đấu tranh, xử lý tội phạm

- Công an tỉnh chủ trì, phối hợp Bộ đội Biên phòng tỉnh thực hiện.

${HEADING}

1. Các sở, ban, ngành xây dựng kế hoạch và tổ chức thực hiện.

2. Công an tỉnh là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả./.

Nơi nhận:
- Ban Chỉ đạo 138/CP;
- Công an tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Thị Hoa
`;

function sri(file) {
  return JSON.parse(readFileSync(join(ROOT, "pkg", "baocao.sri.json"), "utf8"))[file];
}

/** The plain fixture (only the tag and data attributes), with its SRI hash filled in. */
async function openPlain({ csp = CSP_OK, file = "plain.html", initScript, transform = (html) => html } = {}) {
  const page = await newPage(browser, baseUrl, {
    setup: async (context) => {
      // Filled in here: the hash changes with every build.
      await context.route(`${baseUrl}/${file}`, async (route) => {
        const body = transform(
          readFileSync(join(ROOT, "tests", "e2e", "fixtures", file), "utf8").replace("__SRI_DROPIN__", sri("baocao.dropin.js")),
        );
        await route.fulfill({
          status: 200,
          body,
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-security-policy": csp,
          },
        });
      });
      await context.route(`${baseUrl}/submitted**`, (route) =>
        route.fulfill({ status: 200, body: "<!doctype html><title>ok</title><p id=ok>Đã gửi</p>", headers: { "content-type": "text/html" } }),
      );
    },
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${baseUrl}/${file}`);
  return page;
}

async function openDemo() {
  const page = await newPage(browser, baseUrl);
  page.on("dialog", (d) => {
    page.problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector("body[data-checker=ready]", { timeout: 15_000 });
  return page;
}

const ready = (page) => page.evaluate(() => window.baocao.ready.then(() => true));

/** The inline messages of a field: { text, codes, describedBy, invalid }. */
const fieldState = (page, selector) =>
  page.$eval(selector, (input) => {
    const ids = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    const box = ids.map((id) => document.getElementById(id)).find((n) => n && n.classList.contains("baocao-messages"));
    return {
      text: box ? box.textContent : "",
      codes: box ? [...box.querySelectorAll("[data-code]")].map((n) => n.dataset.code) : [],
      invalid: input.getAttribute("aria-invalid"),
      boxBefore: box ? !!(box.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING) : null,
    };
  });

test("an impossible date shows an error after leaving the field, and clears as soon as it is fixed", async () => {
  const page = await openPlain();
  await ready(page);
  const title = await page.title();

  await page.fill("#from", "");
  await page.type("#from", "31/02/2026");
  // Punish late: nothing while typing in a field that shows no error.
  await page.waitForTimeout(300);
  assert.equal((await fieldState(page, "#from")).text, "");
  assert.equal(await page.getAttribute("#from", "aria-invalid"), null);

  await page.press("#from", "Tab");
  await page.waitForSelector("#from[aria-invalid=true]");
  const shown = await fieldState(page, "#from");
  assert.ok(shown.codes.includes("P001"), `P001 in ${shown.codes}`);
  assert.match(shown.text, /^Lỗi: /, "the inline message starts with a visually hidden 'Lỗi: '");
  assert.ok(shown.boxBefore, "the message comes before the field (after its label)");
  assert.equal(await page.title(), `Lỗi: ${title}`);
  // The polite live region says it once typing has paused.
  await page.waitForFunction(() => /31\/02\/2026|P001|Từ ngày/.test(document.querySelector("[data-baocao-live]").textContent));
  assert.equal(await page.locator("[aria-live]").count(), 1, "one live region");

  // Reward early: fixing it clears the message at once, while the focus is still there.
  await page.click("#from", { clickCount: 3 });
  await page.keyboard.type("15/12/2025");
  await page.waitForFunction(() => document.querySelector("#from").getAttribute("aria-invalid") === null, null, { timeout: 2000 });
  assert.equal((await fieldState(page, "#from")).text, "");
  assert.equal(await page.evaluate(() => document.activeElement.id), "from");
  assert.equal(await page.title(), title, "the title loses its 'Lỗi: '");
  await closePage(page, baseUrl);
});

test("on submit the summary lists every error, takes the focus, and each link focuses its field", async () => {
  const page = await openDemo();
  await page.screenshot({ path: join(ARTIFACTS, "demo-no-errors.png"), fullPage: true });
  await page.fill("#number", "");
  await page.fill("#periodFrom", "31/02/2026");
  await page.fill("#issuedOn", "30/02/2026");
  await page.click("button[type=submit]:not([formnovalidate])");

  const summary = page.locator(".baocao-error-summary");
  await summary.waitFor();
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("baocao-error-summary")), "the summary has the focus");
  assert.equal(await summary.locator("[role=alert]").count(), 1);
  assert.match(await summary.locator(".baocao-error-summary__title").textContent(), /Có lỗi cần sửa/);
  assert.ok(await page.isHidden("#sent"), "the form was not sent");
  assert.match(await page.title(), /^Lỗi: /);
  // The summary sits at the top of the form.
  assert.ok(await page.evaluate(() => document.querySelector("#report").firstElementChild.classList.contains("baocao-error-summary")));

  // Every inline error is in the summary, in the same words, and the other way round.
  const inline = await page.$$eval(".baocao-error-message--error", (all) =>
    all.map((m) => m.childNodes[1].textContent),
  );
  const links = await summary.locator("a").evaluateAll((all) => all.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
  assert.ok(inline.length >= 3, `at least three errors: ${inline}`);
  assert.deepEqual([...new Set(links.map((l) => l.text))].sort(), [...new Set(inline)].sort());
  for (const id of ["number", "periodFrom", "issuedOn"]) {
    assert.ok(links.some((l) => l.href === `#${id}`), `a link to #${id}`);
  }
  await page.screenshot({ path: join(ARTIFACTS, "demo-errors.png"), fullPage: true });

  for (const link of links) {
    await summary.locator(`a[href="${link.href}"]`).first().click();
    assert.equal(await page.evaluate(() => `#${document.activeElement.id}`), link.href);
  }
  await page.screenshot({ path: join(ARTIFACTS, "demo-summary-link.png") });

  // Fixing a field strikes its entry through at once (no link, same place: nothing moves
  // while typing) and takes it out when the field is left; the alert role stays with the submit.
  await page.fill("#number", "45/BC-SYT");
  await page.waitForFunction(() => !document.querySelector('.baocao-error-summary a[href="#number"]'));
  assert.equal(await summary.locator(".baocao-error-summary__item--fixed").count(), 1);
  assert.equal(await summary.locator("[role=alert]").count(), 0);
  await page.fill("#periodFrom", "15/12/2025");
  assert.equal(await summary.locator(".baocao-error-summary__item--fixed").count(), 1, "leaving #number took its entry out");
  await page.fill("#issuedOn", "15/06/2026");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector(".baocao-error-summary").hidden);
  assert.equal(await page.locator(".baocao-error-message--error").count(), 0);
  assert.doesNotMatch(await page.title(), /^Lỗi: /);

  await page.click("button[type=submit]:not([formnovalidate])");
  await page.waitForSelector("#sent:not([hidden])");
  await closePage(page, baseUrl);
});

test("a field containing markup renders as text, never as HTML", async () => {
  const page = await openDemo();
  for (const id of ["#periodFrom", "#issuedOn", "#number", "#agency", "#task0-lead", "#signerTitle"]) {
    await page.fill(id, XSS);
  }
  await page.click("button[type=submit]:not([formnovalidate])");
  await page.locator(".baocao-error-summary a").first().waitFor();
  // A plan line with markup, shown in the excerpt of its finding.
  await page.fill("#plan", PLAN.replace(HEADING, `IV. ${XSS}`));
  await page.locator(".baocao-finding[data-code=S003]").waitFor();
  await page.waitForTimeout(300);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll(".baocao-error-summary img, .baocao-messages img, .baocao-results img")].length,
  );
  assert.equal(injected, 0, "no element was created from the typed markup");
  assert.match(await page.locator(".baocao-finding[data-code=S003] .baocao-finding__excerpt").textContent(), /<img src=x onerror=alert\(1\)>/);
  const texts = await page.$$eval(".baocao-error-summary, .baocao-messages", (all) => all.map((n) => n.textContent).join("\n"));
  if (texts.includes("<img")) assert.match(texts, /<img src=x onerror=alert\(1\)>/);
  await closePage(page, baseUrl); // fails on a dialog (alert) or a console error
});

test("pasting a plan marks the culprit line; choosing the finding selects it", async () => {
  const page = await openDemo();
  await page.focus("#plan");
  await page.keyboard.insertText(PLAN); // as a paste does: one input event
  const finding = page.locator(".baocao-finding[data-code=S003]");
  await finding.waitFor();
  assert.equal(await finding.getAttribute("data-line"), String(lineOf(PLAN, HEADING)));
  assert.equal(await finding.locator(".baocao-mark").textContent(), HEADING);
  assert.match(await finding.textContent(), new RegExp(`Dòng ${lineOf(PLAN, HEADING)}, cột 1`));
  assert.equal(await page.getAttribute("#plan", "aria-invalid"), "true");
  const status = await page.$eval("#plan", (t) => document.getElementById(t.getAttribute("aria-describedby").split(" ").pop()).textContent);
  assert.match(status, /Phát hiện \d+ vấn đề/);
  await finding.locator("button").click();
  const sel = await page.$eval("#plan", (t) => ({
    text: t.value.slice(t.selectionStart, t.selectionEnd),
    focused: document.activeElement === t,
    scrollTop: t.scrollTop,
  }));
  assert.equal(sel.text, HEADING);
  assert.ok(sel.focused);
  assert.ok(sel.scrollTop > 0, "the text area scrolled to the line");
  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, "demo-plan.png") });

  // Fixed: the finding goes after the debounce.
  await page.fill("#plan", PLAN.replace(HEADING, "III. TỔ CHỨC THỰC HIỆN"));
  await page.waitForFunction(() => !document.querySelector(".baocao-finding[data-code=S003]"));
  await closePage(page, baseUrl);
});

test("a page whose CSP lacks 'wasm-unsafe-eval' says so once, dispatches baocao:unavailable, and submits normally", async () => {
  const page = await openPlain({
    csp: CSP_NO_WASM,
    initScript: () => {
      window.__unavailable = [];
      document.addEventListener("baocao:unavailable", (e) => window.__unavailable.push(e.detail));
    },
  });
  await page.waitForFunction(() => window.__unavailable && window.__unavailable.length > 0);
  const detail = await page.evaluate(() => window.__unavailable[0]);
  assert.equal(detail.reason, "csp");
  assert.match(detail.message, /'wasm-unsafe-eval'/);
  const ours = page.messages.filter((m) => /^error: baocao:/.test(m));
  assert.equal(ours.length, 1, `one console message: ${page.messages}`);
  assert.match(ours[0], /Content-Security-Policy blocks WebAssembly.*script-src.*'wasm-unsafe-eval'/);
  assert.equal(await page.evaluate(() => window.baocao.ready.then(() => "loaded", (e) => e.reason)), "csp");
  assert.equal(await page.getAttribute("#f", "data-baocao-state"), "unavailable");
  assert.ok(!page.requests.some((r) => r.url.endsWith(".wasm")), "the wasm is not even fetched");
  assert.match(await page.textContent("#plan + *"), /Không tải được bộ kiểm tra/);

  // The form goes as it did before the drop-in.
  await page.fill("#from", "31/02/2026");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/submitted\?/);
  assert.match(page.url(), /from=31%2F02%2F2026/);
  await closePage(page, baseUrl, { allowProblems: true });
});

test("the drop-in fetches only the wasm and, for a page with a form, its form part (the glue is inside it); a wasm that cannot be fetched is reported once, as unavailable", async () => {
  const page = await openPlain({
    initScript: () => {
      window.__unavailable = [];
      document.addEventListener("baocao:unavailable", (e) => window.__unavailable.push(e.detail));
    },
  });
  await ready(page);
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/baocao\.dropin\.agencies\.js$/.test(e.name)));
  const order = page.requests.map((r) => r.url.split("/").pop());
  // The wasm and the form part start together, once the page's elements are known.
  assert.deepEqual(order.slice(0, 2), ["plain.html", "baocao.dropin.js"], "the page, then the one script");
  assert.deepEqual(order.slice(2, 4).sort(), ["baocao.dropin.forms.js", "baocao_all_bg.wasm"], "then the wasm and the form part; no separate glue");
  assert.deepEqual(order.slice(4).sort(), ["baocao.dropin.agencies.js", "baocao.en.txt"], "then, once idle, the English of the messages and the agency autocomplete");
  assert.equal(order.filter((u) => u === "baocao_all_bg.wasm").length, 1, "the wasm is fetched once");
  await closePage(page, baseUrl);

  // The wasm missing, or the form part: reported once, as unavailable (the part by name).
  for (const [file, named] of [["baocao_all_bg.wasm", null], ["baocao.dropin.forms.js", /baocao\.dropin\.forms\.js/]]) {
    const missing = await newPage(browser, baseUrl, {
      setup: (context) => context.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: "" })),
    });
    await missing.addInitScript(() => {
      window.__unavailable = [];
      document.addEventListener("baocao:unavailable", (e) => window.__unavailable.push(e.detail));
    });
    await missing.goto(`${baseUrl}/`);
    await missing.waitForFunction(() => window.__unavailable && window.__unavailable.length > 0);
    assert.equal(await missing.evaluate(() => window.baocao.ready.then(() => "loaded", (e) => e.reason)), "load", file);
    assert.equal(await missing.evaluate(() => window.__unavailable.length), 1, file);
    const ours = missing.messages.filter((m) => /^error: baocao:/.test(m));
    assert.equal(ours.length, 1, `one console message of ours: ${missing.messages}`);
    if (named) assert.match(ours[0], named);
    assert.ok(!missing.messages.some((m) => /Uncaught/.test(m)), `no unhandled rejection: ${missing.messages}`);
    assert.ok(!missing.problems.some((p) => p.startsWith("pageerror")), `no page error: ${missing.problems}`);
    await closePage(missing, baseUrl, { allowProblems: true });
  }
});

test("a plain page with only the tag and data attributes gets working validation, with SRI", async () => {
  const page = await openPlain();
  await ready(page);
  const tag = await page.$eval("script[src$='baocao.dropin.js']", (s) => s.integrity);
  assert.match(tag, /^sha384-/);
  const events = await page.evaluate(() => {
    window.__results = [];
    document.addEventListener("baocao:result", (e) => window.__results.push({ kind: e.detail.kind, trigger: e.detail.trigger, errors: e.detail.errors }));
    return true;
  });
  assert.ok(events);
  const requestsBefore = page.requests.length;

  // Submit with an empty number and a reversed period: blocked, summary, focus.
  await page.fill("#number", "");
  await page.fill("#from", "15/06/2026");
  await page.fill("#to", "14/12/2025");
  await page.click("button[type=submit]");
  await page.locator(".baocao-error-summary a").first().waitFor();
  assert.equal(page.url(), `${baseUrl}/plain.html`, "not submitted");
  const links = await page.$$eval(".baocao-error-summary a", (all) => all.map((a) => a.getAttribute("href")));
  assert.ok(links.includes("#number"), `${links}`);
  assert.ok(links.some((h) => h === "#from" || h === "#to"), `the reversed period: ${links}`);
  assert.ok((await page.evaluate(() => window.__results)).some((r) => r.kind === "form" && r.trigger === "submit" && r.errors > 0));

  // The JS API for portals that draw their own UI.
  const api = await page.evaluate(() => {
    const b = window.baocao;
    const data = b.formData(document.getElementById("f"));
    const field = b.validateField(data, "/number", {});
    return {
      number: data.number,
      from: data.periodFrom,
      signerName: data.signer.name,
      signerTitle: data.signer.title,
      kind: data.kind,
      fieldPaths: [...new Set(field.map((f) => f.path))],
      version: b.version(),
    };
  });
  assert.equal(api.number, "");
  assert.equal(api.from, "15/06/2026");
  assert.equal(api.signerName, "Trần Văn Minh");
  assert.equal(api.signerTitle, "PHÓ GIÁM ĐỐC", "data-baocao-values fills keys without an input");
  assert.equal(api.kind, "report");
  assert.deepEqual(api.fieldPaths, ["/number"]);
  assert.match(api.version, /^\d+\.\d+\.\d+/);

  // The plan text area is linted live.
  await page.fill("#plan", PLAN);
  await page.locator(".baocao-finding[data-code=S003]").waitFor();

  // Fixed: submits.
  await page.fill("#number", "45/BC-SYT");
  await page.fill("#from", "15/12/2025");
  await page.fill("#to", "14/06/2026");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/submitted\?/);
  // Nothing but the page's own navigation went over the network; nothing was stored.
  const after = page.requests.slice(requestsBefore).filter((r) => !/\/submitted\?/.test(r.url));
  assert.deepEqual(after, [], "no request while checking");
  await closePage(page, baseUrl);
});

test("the styles are one prefixed sheet, overridable, and do not touch the page's elements", async () => {
  const page = await openPlain();
  await ready(page);
  const before = await page.$eval("h1", (h) => getComputedStyle(h).cssText || JSON.stringify([getComputedStyle(h).color, getComputedStyle(h).fontSize, getComputedStyle(h).margin]));
  const selectors = await page.evaluate(() =>
    // A rule inside @media print counts by its own selectors.
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].flatMap((r) => (r.selectorText ? [r.selectorText] : [...r.cssRules].map((i) => i.selectorText)))),
  );
  assert.ok(selectors.length > 10);
  for (const selector of selectors) {
    for (const part of selector.split(",")) assert.match(part.trim(), /^\.baocao-/, `prefixed: ${part}`);
  }
  await page.fill("#from", "31/02/2026");
  await page.press("#from", "Tab");
  await page.waitForSelector(".baocao-error-message");
  const colour = () => page.$eval(".baocao-error-message", (m) => getComputedStyle(m).color);
  assert.equal(await colour(), "rgb(179, 38, 30)");
  await page.evaluate(() => document.documentElement.style.setProperty("--baocao-error", "rgb(1, 2, 3)"));
  assert.equal(await colour(), "rgb(1, 2, 3)");
  const afterStyle = await page.$eval("h1", (h) => getComputedStyle(h).cssText || JSON.stringify([getComputedStyle(h).color, getComputedStyle(h).fontSize, getComputedStyle(h).margin]));
  assert.equal(afterStyle, before);
  const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.deepEqual(storage, [0, 0, ""]);
  await closePage(page, baseUrl);
});

test("the ES-module build works the same, in English when asked", async () => {
  const page = await openPlain({ file: "esm.html" });
  await ready(page);
  await page.fill("#from", "31/02/2026");
  await page.press("#from", "Tab");
  await page.waitForSelector("#from[aria-invalid=true]");
  assert.match((await fieldState(page, "#from")).text, /^Error: /);
  await page.click("button[type=submit]");
  await page.locator(".baocao-error-summary a").first().waitFor();
  assert.match(await page.textContent(".baocao-error-summary__title"), /There is a problem/);
  assert.match(await page.title(), /^Error: /);
  const same = await page.evaluate(async () => {
    const m = await import("/pkg/baocao.dropin.esm.js");
    return m.default === window.baocao && typeof m.default.attach === "function";
  });
  assert.ok(same);
  await closePage(page, baseUrl);
});

test("the demo switches the checker's messages to English and back", async () => {
  const page = await openDemo();
  await page.fill("#periodFrom", "31/02/2026");
  await page.press("#periodFrom", "Tab");
  await page.waitForSelector("#periodFrom[aria-invalid=true]");
  const vi = (await fieldState(page, "#periodFrom")).text;
  await page.click("[data-demo-lang=en]");
  await page.waitForFunction((before) => {
    const box = document.querySelector('[data-baocao-messages="/periodFrom"]');
    return box && box.textContent !== before && /^Error: /.test(box.textContent);
  }, vi);
  await page.click("[data-demo-lang=vi]");
  await page.waitForFunction((before) => document.querySelector('[data-baocao-messages="/periodFrom"]').textContent === before, vi);
  await closePage(page, baseUrl);
});

test("a draft button with formnovalidate is never blocked", async () => {
  const page = await openDemo();
  await page.fill("#periodFrom", "31/02/2026");
  await page.click("button[formnovalidate]");
  await page.waitForSelector("#sent:not([hidden])");
  assert.match(await page.textContent("#sent"), /nháp/);
  assert.equal(await page.locator(".baocao-error-summary:not([hidden])").count(), 0);
  await closePage(page, baseUrl);
});

test("one big Web Forms form: only the report panel's button is stopped; the checked object goes with the form", async () => {
  const page = await openPlain({ file: "webforms.html" });
  await ready(page);
  await page.fill("#ctl00_Main_txtTuNgay", "31/02/2026");
  await page.click("#btnSend");
  await page.locator(".baocao-error-summary a").first().waitFor();
  assert.equal(
    await page.$eval(".baocao-error-summary a", (a) => a.getAttribute("href")),
    "#ctl00_Main_txtTuNgay",
    "data-baocao-map maps the generated names",
  );
  assert.ok(await page.evaluate(() => document.getElementById("pnlReport").firstElementChild.classList.contains("baocao-error-summary")));
  // The search button is outside the panel: never stopped.
  await page.click("#btnSearch");
  await page.waitForURL(/\/submitted\?/);
  await page.goBack();
  await ready(page);

  await page.fill("#ctl00_Main_txtTuNgay", "15/12/2025");
  await page.click("#btnSend");
  await page.waitForURL(/\/submitted\?/);
  const json = JSON.parse(new URL(page.url()).searchParams.get("ctl00$Main$hdnJson"));
  assert.equal(json.periodFrom, "15/12/2025");
  assert.equal(json.number, "45/BC-SYT");
  assert.equal(json.reportType, "half_year");
  await closePage(page, baseUrl);
});

test("the live region is quiet on submit (the summary speaks) and says a fix once typing pauses", async () => {
  const page = await openPlain();
  await ready(page);
  await page.fill("#from", "31/02/2026");
  await page.press("#from", "Tab"); // a message is due in the live region…
  await page.click("button[type=submit]"); // …but the submit's summary comes first
  await page.locator(".baocao-error-summary [role=alert]").waitFor();
  await page.waitForTimeout(1200);
  assert.equal(await page.textContent("[data-baocao-live]"), "", "nothing said over the summary");
  await page.click("#from", { clickCount: 3 });
  await page.keyboard.type("15/12/2025");
  await page.waitForFunction(() => /đã hết lỗi/.test(document.querySelector("[data-baocao-live]").textContent));
  assert.match(await page.textContent("[data-baocao-live]"), /^Từ ngày: đã hết lỗi\./);
  await closePage(page, baseUrl);
});

test("the guide and the demo load cleanly; the guide's links inside the page all lead somewhere", async () => {
  for (const path of ["/guide.html", "/"]) {
    const page = await newPage(browser, baseUrl);
    await page.goto(baseUrl + path);
    if (path === "/") await page.waitForSelector("body[data-checker=ready]");
    const missing = await page.$$eval("a[href^='#']", (all) =>
      all.map((a) => a.getAttribute("href")).filter((h) => h.length > 1 && !document.getElementById(h.slice(1))),
    );
    assert.deepEqual(missing, [], `${path}: in-page links without a target`);
    await closePage(page, baseUrl);
  }
});

test("a cross-field error (a reversed period) shows once, at the field its path names, the other related; once in the summary; fixing clears both", async () => {
  const page = await openDemo();
  await page.fill("#periodTo", "14/12/2025");
  await page.click("button[type=submit]:not([formnovalidate])");
  await page.locator(".baocao-error-summary a").first().waitFor();
  const from = await fieldState(page, "#periodFrom");
  const to = await fieldState(page, "#periodTo");
  // Issue 16, point 3: the message is shown once, at its path (/periodTo); the start date
  // points at the same message and carries a lighter mark.
  assert.ok(to.codes.includes("P002"), `${to.codes}`);
  assert.equal(to.invalid, "true");
  const related = await page.$eval("#periodFrom", (input) => ({
    describedBy: (input.getAttribute("aria-describedby") || "").split(/\s+/),
    related: input.classList.contains("baocao-field--related"),
  }));
  const toBox = await page.$eval("#periodTo", (input) => document.querySelector(".baocao-messages[data-baocao-messages='/periodTo']").id);
  assert.ok(related.describedBy.includes(toBox), "the start date is described by the end date's message");
  assert.ok(related.related);
  assert.equal(from.invalid, null, "the start date is related, not in error");
  assert.equal(await page.locator(".baocao-messages[data-baocao-messages='/periodFrom'] [data-code=P002]").count(), 0, "not repeated at the start date");
  assert.equal(await page.locator(".baocao-error-message[data-code=P002]").count(), 1, "one inline message");
  const links = await page.$$eval(".baocao-error-summary a", (all) => all.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, ["#periodTo"]);
  await page.click("#periodTo", { clickCount: 3 });
  await page.keyboard.type("14/06/2026");
  await page.waitForFunction(() => !document.querySelector(".baocao-field--error"));
  assert.equal(await page.locator("#periodFrom.baocao-field--related").count(), 0);
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector(".baocao-error-summary").hidden);
  await closePage(page, baseUrl);
});

test("from the keyboard alone: submit, land on the summary, follow a link to the field", async () => {
  const page = await openDemo();
  await page.fill("#number", "");
  await page.focus("button[type=submit]:not([formnovalidate])");
  await page.keyboard.press("Enter");
  await page.locator(".baocao-error-summary a").first().waitFor();
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("baocao-error-summary")));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "#number");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "number");
  // The summary gives up its tabindex once left (it is not a tab stop).
  assert.equal(await page.getAttribute(".baocao-error-summary", "tabindex"), null);
  await closePage(page, baseUrl);
});

test("data-baocao-ui=none draws nothing but still reports (baocao:result) and stops a submit with errors", async () => {
  const page = await openPlain({ transform: (html) => html.replace('data-baocao="report"', 'data-baocao="report" data-baocao-ui="none"') });
  await ready(page);
  await page.evaluate(() => {
    window.__shown = [];
    document.addEventListener("baocao:result", (e) => window.__shown.push(e.detail.shown.map((s) => `${s.pointer} ${s.element.id} ${s.findings.map((f) => f.code)}`)));
  });
  await page.fill("#from", "31/02/2026");
  await page.press("#from", "Tab");
  await page.waitForFunction(() => window.__shown.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__shown.at(-1)), ["/periodFrom from P001"]);
  await page.click("button[type=submit]");
  await page.waitForFunction(() => window.__shown.length > 1);
  assert.equal(page.url(), `${baseUrl}/plain.html`, "not submitted");
  assert.equal(await page.locator(".baocao-error-summary, .baocao-messages").count(), 0);
  assert.equal(await page.getAttribute("#from", "aria-invalid"), null);
  assert.doesNotMatch(await page.title(), /^Lỗi/);
  await closePage(page, baseUrl);
});

test("a form added later (an UpdatePanel, an Ajax fragment) is attached on its own", async () => {
  const page = await openPlain();
  await ready(page);
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.innerHTML =
      '<form id="late" action="/submitted" data-baocao="report"><label for="late-to">Đến ngày</label>' +
      '<input id="late-to" name="to" data-baocao-field="/periodTo"></form>';
    document.body.append(host);
  });
  await page.waitForSelector("#late[data-baocao-state=ready]");
  await page.fill("#late-to", "30/02/2026");
  await page.press("#late-to", "Tab");
  await page.waitForSelector("#late-to[aria-invalid=true]");
  assert.ok((await fieldState(page, "#late-to")).codes.includes("P001"));
  await closePage(page, baseUrl);
});
