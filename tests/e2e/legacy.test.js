// The drop-in as portals meet it (issues 16 and 18): each test opens a legacy-style page
// of its own (tests/e2e/fixtures/legacy-*.html: plain inputs, a table layout, one classic
// <script> tag with its integrity hash, no demo code) in headless Chromium.
//
//   bash scripts/build.sh && node --test tests/e2e/legacy.test.js
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { closePage, dropinReady, openFixture, startAll } from "./helpers.js";

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

const errorsOf = (page) => page.messages.filter((m) => m.startsWith("error: baocao:"));

test("issue 18.2: pointers never reach a prototype, and an index over the form limit is refused, not built", async () => {
  const page = await openFixture(browser, baseUrl, "legacy-pointers.html");
  await dropinReady(page);
  const result = await page.evaluate(() => {
    const form = document.getElementById("f");
    const data = window.baocao.formData(form);
    form.requestSubmit();
    return {
      polluted: [Object.prototype.polluted, Object.prototype.polluted2, Object.prototype.polluted3, ({}).polluted4, data.polluted4],
      protoIsObject: Object.getPrototypeOf(data) === Object.prototype,
      tasks: Array.isArray(data.tasks) ? data.tasks.length : null,
      lead0: data.tasks && data.tasks[0] && data.tasks[0].lead,
      number: data.number,
    };
  });
  assert.deepEqual(result.polluted, [undefined, undefined, undefined, undefined, undefined], "nothing set on a prototype");
  assert.ok(result.protoIsObject, "the form object keeps its ordinary prototype");
  assert.equal(result.tasks, 1, "no 20,000,001-item array: only the row that is allowed");
  assert.equal(result.lead0, "Sở Y tế");
  assert.equal(result.number, "45/BC-SYT", "the other fields still go into the form");

  // One clear console error per refused pointer, naming the attribute and the element.
  const errors = errorsOf(page);
  assert.equal(errors.length, 4, errors.join("\n"));
  assert.ok(errors.some((m) => /data-baocao-field "\/__proto__\/polluted" on <input id="txtHack1".*"__proto__" is not a key/.test(m)), errors.join("\n"));
  assert.ok(errors.some((m) => /data-baocao-map "\/constructor\/prototype\/polluted2" on <input id="txtHack2"/.test(m)), errors.join("\n"));
  assert.ok(errors.some((m) => /data-baocao-map "\/tasks\/0\/__proto__\/polluted3"/.test(m)), errors.join("\n"));
  assert.ok(errors.some((m) => /data-baocao-field "\/tasks\/20000000\/lead".*over the limit of 10000 items/.test(m)), errors.join("\n"));
  // The page went on working: the valid form was sent.
  await page.waitForURL(/\/submitted\?/);
  await closePage(page, baseUrl, { allowProblems: true });
});

test("issue 16.2: options take dd/mm/yyyy; a bad option is loud: state error, baocao:error, one console error naming it", async () => {
  // dd/mm/yyyy, the way every Vietnamese date is written, is a valid data-baocao-today.
  const good = await openFixture(browser, baseUrl, "legacy-config.html");
  await dropinReady(good);
  assert.equal(await good.getAttribute("#f", "data-baocao-state"), "ready");
  await good.fill("#txtTuNgay", "31/02/2026");
  await good.click("input[type=submit]");
  await good.locator(".baocao-error-summary a[href='#txtTuNgay']").waitFor();
  assert.equal(good.url(), `${baseUrl}/legacy-config.html`, "31/02/2026 is not posted");
  await closePage(good, baseUrl);

  const cases = [
    { attr: "data-baocao-today", from: 'data-baocao-today="15/06/2026"', to: 'data-baocao-today="31/02/2026"', accepted: /dd\/mm\/yyyy.*yyyy-mm-dd/ },
    { attr: "data-baocao-profile", from: 'data-baocao-profile="national"', to: 'data-baocao-profile="nationl"', accepted: /"national"/ },
    { attr: "data-baocao-lang", from: 'data-baocao-profile="national"', to: 'data-baocao-lang="vn"', accepted: /"vi" or "en"/ },
    { attr: "data-baocao-values", from: "data-baocao-values='{", to: "data-baocao-values='{,", accepted: /JSON object/ },
  ];
  for (const c of cases) {
    const page = await openFixture(browser, baseUrl, "legacy-config.html", {
      transform: (html) => html.replace(c.from, c.to),
      initScript: () => {
        window.__errors = [];
        document.addEventListener("baocao:error", (e) => window.__errors.push({ reason: e.detail.reason, problems: e.detail.problems, target: e.target.id }));
      },
    });
    await dropinReady(page);
    await page.waitForFunction(() => window.__errors.length > 0);
    const events = await page.evaluate(() => window.__errors);
    assert.equal(events.length, 1, `${c.attr}: one event`);
    assert.equal(events[0].reason, "config");
    assert.equal(events[0].target, "f");
    assert.deepEqual(events[0].problems.map((p) => p.attribute), [c.attr]);
    assert.equal(await page.getAttribute("#f", "data-baocao-state"), "error", c.attr);
    const errors = errorsOf(page);
    assert.equal(errors.length, 1, `${c.attr}: one console error: ${page.messages}`);
    assert.ok(errors[0].includes(c.attr) && c.accepted.test(errors[0]), `${c.attr}: names the attribute and the accepted forms: ${errors[0]}`);
    await closePage(page, baseUrl, { allowProblems: true });
  }
});
