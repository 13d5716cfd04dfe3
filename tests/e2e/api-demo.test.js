// End-to-end tests of the API demo (www/api.html: a page that draws its own UI with the
// ES-module API) in headless Chromium.
//
//   bash scripts/build.sh && node --test tests/e2e/
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, closePage, lineOf, newPage, startAll } from "./helpers.js";

const HEADING = "IV. TỔ CHỨC THỰC HIỆN";

/** A provincial plan whose parts go I, II, IV. */
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH

Số: 35/KH-UBND

Hà Tĩnh, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống mua bán người trên địa bàn tỉnh năm 2026

Thực hiện Kế hoạch số 10/KH-BCĐ ngày 06/01/2026 của Ban Chỉ đạo 138/CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Chủ động phòng ngừa, phát hiện sớm các đường dây mua bán người qua biên giới.

2. Yêu cầu

Phân công cụ thể, rõ trách nhiệm của từng cơ quan, đơn vị.

II. NHIỆM VỤ, GIẢI PHÁP

1. Công tác truyền thông, giáo dục

a) Tuyên truyền trên báo chí, mạng xã hội về thủ đoạn tuyển dụng lao động "việc nhẹ, lương cao".

b) Tổ chức tuyên truyền trực tiếp tại các xã có nhiều người đi làm việc ở nước ngoài.

2. Công tác đấu tranh, xử lý tội phạm

- Công an tỉnh chủ trì, phối hợp Bộ đội Biên phòng tỉnh thực hiện.

3. Công tác tiếp nhận, hỗ trợ nạn nhân

- Sở Y tế chủ trì thực hiện.

${HEADING}

1. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường xây dựng kế hoạch và tổ chức thực hiện.

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

let server;
let baseUrl;
let browser;

async function open(path) {
  const page = await newPage(browser, baseUrl);
  await page.goto(baseUrl + path);
  return page;
}

const close = (page) => closePage(page, baseUrl);

async function openDemo() {
  const page = await open("/api.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 10_000 });
  return page;
}

const selection = (page) =>
  page.$eval("#text", (t) => ({
    start: t.selectionStart,
    end: t.selectionEnd,
    text: t.value.slice(t.selectionStart, t.selectionEnd),
    scrollTop: t.scrollTop,
    focused: document.activeElement === t,
  }));

before(async () => {
  ({ server, baseUrl, browser } = await startAll());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test("a plan with parts I, II, IV shows S003 on the IV line; clicking it selects the heading", async () => {
  const page = await openDemo();
  await page.fill("#text", PLAN);
  const finding = page.locator(".finding[data-code=S003]");
  await finding.waitFor();
  assert.equal(await finding.count(), 1);
  const line = lineOf(PLAN, HEADING);
  assert.match(await finding.innerText(), new RegExp(`Dòng ${line}, cột 1`));
  assert.match(await finding.innerText(), /thiếu mục III/);
  assert.match(await page.textContent("#summary"), /Phát hiện \d+ vấn đề/);
  assert.equal(await page.getAttribute("#summary", "aria-live"), "polite");
  assert.equal(await page.getAttribute("#text", "aria-invalid"), "true");
  await page.screenshot({ path: join(ARTIFACTS, "api-demo-vi.png"), fullPage: true });

  await finding.click();
  const sel = await selection(page);
  const start = PLAN.indexOf(HEADING);
  assert.deepEqual([sel.start, sel.end], [start, start + HEADING.length]);
  assert.equal(sel.text, HEADING);
  assert.ok(sel.focused, "the text area has the focus");
  assert.ok(sel.scrollTop > 0, "the text area scrolled to the heading");
  await page.screenshot({ path: join(ARTIFACTS, "api-demo-selected.png") });
  await close(page);
});

test("a finding is reachable and usable from the keyboard", async () => {
  const page = await openDemo();
  await page.fill("#text", PLAN);
  await page.locator(".finding[data-code=S003]").waitFor();
  // Tab from the text area reaches the findings (after the language switch and buttons).
  await page.focus("#text");
  let reached = false;
  for (let i = 0; i < 12 && !reached; i += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.dataset?.code === "S003");
  }
  assert.ok(reached, "Tab reaches the S003 finding");
  await page.keyboard.press("Enter");
  const sel = await selection(page);
  assert.equal(sel.text, HEADING);
  assert.ok(sel.focused);
  await close(page);
});

test("switching to English re-runs the check with English messages", async () => {
  const page = await openDemo();
  await page.fill("#text", PLAN);
  const finding = page.locator(".finding[data-code=S003] .finding__message");
  await finding.waitFor();
  const vietnamese = await finding.textContent();
  await page.click("label[for=lang-en]");
  await page.waitForFunction(
    (before) => document.querySelector(".finding[data-code=S003] .finding__message")?.textContent !== before,
    vietnamese,
  );
  const english = await finding.textContent();
  assert.notEqual(english, vietnamese);
  assert.match(english, /missing/i);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  // The count of rules comes from rules(), which fetches baocao.rules.json (not the wasm).
  const catalogue = await page.evaluate(() => import("/pkg/baocao.js").then((m) => m.rules()));
  const done = catalogue.filter((r) => r.status === "implemented").length;
  assert.ok(catalogue.every((r) => r.status !== "implemented" || (r.docs.vi && r.docs.en)), "every rule in use has its docs");
  await page.waitForFunction((text) => document.querySelector("#about").textContent.endsWith(text), `${catalogue.length} rules, ${done} in use.`);
  assert.match(await page.textContent("#summary"), /problems? found/);
  assert.match(await page.locator(".finding[data-code=S003]").innerText(), /Line \d+, column 1/);
  await page.screenshot({ path: join(ARTIFACTS, "api-demo-en.png"), fullPage: true });

  await page.click("label[for=lang-vi]");
  await page.waitForFunction(
    (vi) => document.querySelector(".finding[data-code=S003] .finding__message")?.textContent === vi,
    vietnamese,
  );
  await close(page);
});

test("the sample plan shows its three mistakes", async () => {
  const page = await openDemo();
  await page.click("#sample");
  await page.locator(".finding").first().waitFor();
  const codes = await page.$$eval(".finding", (all) => all.map((b) => b.dataset.code));
  for (const code of ["F002", "S004", "S003"]) assert.ok(codes.includes(code), `${code} in ${codes}`);
  await page.screenshot({ path: join(ARTIFACTS, "api-demo-sample.png") });
  await page.click("#clear");
  await page.waitForFunction(() => document.querySelectorAll(".finding").length === 0);
  assert.match(await page.textContent("#summary"), /Chưa có nội dung/);
  await close(page);
});

test("findings are shown as text, never as HTML", async () => {
  const page = await openDemo();
  await page.fill("#text", "I. <b>MỤC TIÊU</b><img src=x>\n\nII. NHIỆM VỤ\n");
  await page.locator(".finding").first().waitFor();
  assert.equal(await page.locator("#findings img, #findings b").count(), 0);
  assert.match(await page.textContent("#findings"), /<b>MỤC TIÊU<\/b><img src=x/);
  await close(page);
});

test("under a CSP without 'wasm-unsafe-eval' the demo says what is missing", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const strict = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'";
  await page.route(`${baseUrl}/api.html`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": strict } });
  });
  await page.goto(`${baseUrl}/api.html`);
  const status = page.locator("#status");
  await status.waitFor();
  assert.match(await status.textContent(), /'wasm-unsafe-eval'/);
  await context.close();
});
