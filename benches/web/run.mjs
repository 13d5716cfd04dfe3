// Runs the browser benchmark in one headless Chromium and prints the results as JSON.
//   node benches/web/run.mjs --plan PLAN.txt --out results.json [--init-loads 21]
//     [--rounds 31] [--pkg DIR]   (DIR: another build of the package, served at /pkg/)
// Serves the repository root on 127.0.0.1 (no-store, so every load fetches again),
// plus /bench-data/ (the plan and the list of forms). Needs pkg/ (scripts/build.sh) and
// benches/dist/ (the esbuild bundles of Ajv and Zod), which scripts/bench.sh makes.
import { createServer } from "node:http";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const planPath = args.plan;
const outPath = args.out;
const initLoads = Number(args["init-loads"] || 21);
const rounds = Number(args.rounds || 31);
if (!planPath || !outPath) {
  console.error("usage: node benches/web/run.mjs --plan PLAN.txt --out results.json");
  process.exit(2);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

const forms = (await readdir(join(ROOT, "benches/forms")))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => f.slice(0, -5));
const data = {
  "/bench-data/plan.txt": await readFile(planPath),
  "/bench-data/manifest.json": Buffer.from(JSON.stringify({ forms, planSource: args["plan-label"] || planPath })),
};

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let body = data[path];
  if (!body) {
    // --pkg DIR serves another build of the package at /pkg/ (to compare builds).
    const file =
      args.pkg && path.startsWith("/pkg/")
        ? normalize(join(resolve(args.pkg), path.slice(5)))
        : normalize(join(ROOT, path));
    const allowed =
      ["pkg/", "benches/"].some((p) => file.startsWith(join(ROOT, p))) ||
      (args.pkg && file.startsWith(resolve(args.pkg)));
    if (!allowed) {
      res.writeHead(404).end();
      return;
    }
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(path)] || "application/octet-stream",
    "cache-control": "no-store",
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const version = browser.version();
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e}`));

  // Init: fresh loads of three pages, in turn so that noise falls on all alike:
  // init.html (the glue, then the wasm: a plain `await init()`), init-overlap.html (the
  // wasm fetched beside the glue, as the drop-in does), init-phases.html (the first,
  // phase by phase, to say where its time goes).
  const loads = { "init.html": [], "init-overlap.html": [], "init-phases.html": [] };
  for (let i = 0; i < initLoads; i++) {
    for (const [name, results] of Object.entries(loads)) {
      await page.goto(`${base}/benches/web/${name}?${i}`);
      await page.waitForFunction(() => window.initResult, null, { timeout: 60_000 });
      results.push(await page.evaluate(() => window.initResult));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const summary = (runs) => {
    const ms = runs.map((r) => r.ms);
    const sorted = [...ms].sort((a, b) => a - b);
    return { loads: ms.length, firstMs: ms[0], medianMs: median(ms), minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
  };
  const phases = loads["init-phases.html"];

  await page.goto(`${base}/benches/web/bench.html?rounds=${rounds}`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 });
  const result = await page.evaluate(() => window.benchResult);
  if (result.error) throw new Error(result.error);
  result.chromium = version;
  result.init = {
    ...summary(loads["init.html"]),
    overlap: summary(loads["init-overlap.html"]),
    phasesMs: Object.fromEntries(Object.keys(phases[0]).map((k) => [k, median(phases.map((p) => p[k]))])),
  };
  await writeFile(outPath, JSON.stringify(result, null, 2));
  console.log(`browser benchmark: ${outPath}`);
} finally {
  await browser.close();
  server.close();
}
