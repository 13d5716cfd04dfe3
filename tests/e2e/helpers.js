// Shared by the end-to-end tests: serve the repository with scripts/serve.py, drive
// Debian's /usr/bin/chromium with playwright-core (never downloads a browser).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
export const FIXTURES = join(ROOT, "tests", "e2e", "fixtures");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
];

/** The CSP of scripts/serve.py, and the same without 'wasm-unsafe-eval'. */
export const CSP_OK =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; base-uri 'none'; form-action 'self'";
export const CSP_NO_WASM = CSP_OK.replace(" 'wasm-unsafe-eval'", "");

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts scripts/serve.py and resolves once it prints its URL. */
async function startServer() {
  const port = await freePort();
  const child = spawn("python3", [join(ROOT, "scripts", "serve.py")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), QUIET: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.py did not start:\n${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.py exited (${code}):\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

export async function startAll() {
  assert.ok(
    existsSync(join(ROOT, "pkg", "baocao.js")) && existsSync(join(ROOT, "pkg", "baocao.dropin.js")),
    "pkg/ is not built: run bash scripts/build.sh first",
  );
  await mkdir(ARTIFACTS, { recursive: true });
  const { child, url } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 20_000 });
  return { server: child, baseUrl: url, browser };
}

/** A new page that records console messages, page errors and every request. */
export async function newPage(browser, baseUrl, { setup, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (setup) await setup(context);
  const page = await context.newPage();
  page.problems = [];
  page.messages = [];
  page.requests = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    page.messages.push(`${m.type()}: ${m.text()}`);
    if (m.type() === "error" || m.type() === "warning") page.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("request", (r) => page.requests.push({ url: r.url(), method: r.method(), type: r.resourceType() }));
  return page;
}

/** Closes the page; fails on console errors or requests outside the page's origin. */
export async function closePage(page, baseUrl, { allowProblems = false } = {}) {
  const { problems, requests } = page;
  await page.context().close();
  if (!allowProblems) assert.deepEqual(problems, [], "console errors or warnings on the page");
  const foreign = requests.filter((r) => !r.url.startsWith(baseUrl + "/") && !r.url.startsWith("data:"));
  assert.deepEqual(foreign, [], "requests outside the page's own origin");
}

export const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split("\n").length;

/** The Subresource Integrity hash of a built file (pkg/baocao.sri.json). */
export function sri(file) {
  return JSON.parse(readFileSync(join(ROOT, "pkg", "baocao.sri.json"), "utf8"))[file];
}

/**
 * Opens a legacy-style fixture page (tests/e2e/fixtures/NAME) with the drop-in's hash
 * filled in for __SRI_DROPIN__, under `csp`; `/submitted…` answers "Đã gửi".
 * `transform` edits the page's HTML first; `initScript` runs before the page's scripts.
 */
export async function openFixture(browser, baseUrl, file, { csp = CSP_OK, transform = (html) => html, initScript, setup, ...options } = {}) {
  const page = await newPage(browser, baseUrl, {
    ...options,
    setup: async (context) => {
      await context.route(`${baseUrl}/${file}`, (route) =>
        route.fulfill({
          status: 200,
          body: transform(readFileSync(join(FIXTURES, file), "utf8").replaceAll("__SRI_DROPIN__", sri("baocao.dropin.js"))),
          headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": csp },
        }),
      );
      await context.route(`${baseUrl}/submitted**`, (route) =>
        route.fulfill({ status: 200, body: "<!doctype html><title>ok</title><p id=ok>Đã gửi</p>", headers: { "content-type": "text/html" } }),
      );
      if (setup) await setup(context);
    },
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${baseUrl}/${file}`);
  return page;
}

/** Resolves once the drop-in is ready (rejects with its reason when it is not). */
export const dropinReady = (page) => page.evaluate(() => window.baocao.ready.then(() => true));

/** A zip of `{ name, data, deflate }` entries, as a hostile sender would write one. */
export function zip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.data);
    const body = e.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name);
    const method = e.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
