// Writes BENCHMARKS.md from one run of scripts/bench.sh:
//   node benches/report.mjs benches/dist BENCHMARKS.md
// Reads DIR/{machine,sizes,browser,batch}.json and criterion's estimates under
// target/criterion/, and includes benches/size-steps.md and benches/notes.md (the
// measured history of size changes and the closing note, written by hand).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const [dir = "benches/dist", outFile = "BENCHMARKS.md"] = process.argv.slice(2);
// A relative DIR is taken from the repository root; an absolute one as it is.
const read = (f) => JSON.parse(readFileSync(resolve(ROOT, dir, f), "utf8"));
const machine = read("machine.json");
const sizes = read("sizes.json");
const browser = read("browser.json");
const batch = read("batch.json");

// Budgets (issue 7).
// Issue 14: validateForm within 10× of Zod (structure only) on each form, checkDocument
// within 10× of the TextEncoder floor, a folder at 5,000 plan-sized documents a second.
const BUDGET = { formVsZod: 10, planVsFloor: 10, initMs: 30, docsPerSecond: 5000 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const us = (ms) => (ms * 1000).toFixed(ms < 0.01 ? 2 : 1);
const fmtMs = (ms) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
const x = (r) => `${r < 10 ? r.toFixed(2) : r.toFixed(0)}×`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const int = (n) => Math.round(n).toLocaleString("en-US");
const status = (ok) => (ok ? "**PASS**" : "**FAIL**");

// Criterion: every benchmark's median estimate.
function criterion() {
  const base = join(ROOT, "target/criterion");
  const rows = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name === "new") {
        if (existsSync(join(p, "estimates.json")) && existsSync(join(p, "benchmark.json"))) {
          const est = JSON.parse(readFileSync(join(p, "estimates.json"), "utf8"));
          const b = JSON.parse(readFileSync(join(p, "benchmark.json"), "utf8"));
          rows.push({ id: b.full_id, ns: est.median.point_estimate, throughput: b.throughput });
        }
      } else if (e.isDirectory() && e.name !== "report" && e.name !== "base") walk(p);
    }
  };
  if (existsSync(base)) walk(base);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}
const crit = criterion();

const wasm = sizes["pkg/baocao_bg.wasm"];
const glue = sizes["pkg/baocao.js"];
// The page-side loaders of this build, whichever exist.
const LOADERS = [
  ["pkg/baocao.classic.js", "classic-script loader"],
  ["pkg/baocao.dropin.js", "drop-in, classic script"],
  ["pkg/baocao.dropin.esm.js", "drop-in, ES module"],
].filter(([f]) => sizes[f]);
const ajvSize = sizes[`${dir}/ajv.js`] || sizes["benches/dist/ajv.js"];
const zodSize = sizes[`${dir}/zod.js`] || sizes["benches/dist/zod.js"];

// Forms.
const forms = Object.entries(browser.forms);
const formRows = forms.map(([name, f]) => {
  const t = f.timing;
  const vf = t.validateForm && t.validateForm.medianMs;
  return {
    name,
    bytes: f.bytes,
    findings: f.findings,
    ajvErrors: f.ajvErrors,
    zodIssues: f.zodIssues,
    vf,
    ajv: t.ajv.medianMs,
    zod: t.zod.medianMs,
    vsAjv: vf ? vf / t.ajv.medianMs : null,
    vsZod: vf ? vf / t.zod.medianMs : null,
  };
});
const worstVsZod = browser.validateFormAvailable ? Math.max(...formRows.map((r) => r.vsZod)) : null;

// Plan.
const plan = browser.plan;
const cd = plan.timing.checkDocument.medianMs;
const floor = plan.timing.textEncoder.medianMs;
const planRatio = cd / floor;
// The floor allocates a 33 KB array a call, so some of its batches hold a garbage
// collection and its median can be twice its minimum: the budget is checked on the
// worse of the ratio of medians and the ratio of minima, so a slow floor cannot pass it.
const planRatioMin = plan.timing.checkDocument.minMs / plan.timing.textEncoder.minMs;
const planWorst = Math.max(planRatio, planRatioMin);
const planFloor = planWorst === planRatio ? floor : plan.timing.textEncoder.minMs;
// Init is budgeted as the drop-in loads the checker (the wasm fetched beside the glue),
// when this run measured it.
const initOverlap = browser.init.overlap;
const initMs = initOverlap ? initOverlap.medianMs : browser.init.medianMs;

// Batch.
const batchMs = median(batch.runs.map((r) => r.wall * 1000));
const docsPerSecond = batch.files / (batchMs / 1000);
// What the checking costs: CPU seconds per document, and the rate that cost allows on
// all the machine's cores when nothing else runs.
const cpuPerDoc = median(batch.runs.map((r) => r.user + r.sys)) / batch.files;
const docsPerSecondIdle = batch.cores / cpuPerDoc;

// Issue 5: validateField on one changed field, well under a millisecond.
const fieldTimes = forms.filter(([, f]) => f.field).map(([name, f]) => [name, f.field.medianMs]);
const worstField = fieldTimes.length ? Math.max(...fieldTimes.map(([, ms]) => ms)) : null;

const budgets = [
  [
    "validateField on one changed field < 1 ms (issue 5; worst form)",
    worstField === null ? "not measured: validateField is not in this build" : `${us(worstField)} µs`,
    worstField !== null && worstField < 1,
    worstField === null || worstField < 1 ? "—" : `${fmtMs(worstField - 1)} ms over`,
  ],
  [
    "validateForm ≤ 10× Zod (structure only) on each form (worst form)",
    browser.validateFormAvailable ? x(worstVsZod) : "not measured: validateForm is not in this build",
    browser.validateFormAvailable ? worstVsZod <= BUDGET.formVsZod : false,
    browser.validateFormAvailable
      ? worstVsZod <= BUDGET.formVsZod
        ? "—"
        : `${x(worstVsZod / BUDGET.formVsZod)} too slow`
      : "—",
  ],
  [
    "checkDocument ≤ 10× TextEncoder on the 33 KB plan",
    `${x(planRatio)} of medians (${fmtMs(cd)} ms vs ${fmtMs(floor)} ms), ${x(planRatioMin)} of minima (${fmtMs(plan.timing.checkDocument.minMs)} ms vs ${fmtMs(plan.timing.textEncoder.minMs)} ms); the worse counts`,
    planWorst <= BUDGET.planVsFloor,
    planWorst <= BUDGET.planVsFloor
      ? "—"
      : `${x(planWorst / BUDGET.planVsFloor)} too slow (needs ≤ ${fmtMs(planFloor * BUDGET.planVsFloor)} ms)`,
  ],
  [
    "init (fetch, compile, instantiate) ≤ 30 ms",
    initOverlap
      ? `${fmtMs(initMs)} ms loaded as the drop-in loads it, the wasm fetched beside the glue (${fmtMs(browser.init.medianMs)} ms with the glue, then the wasm); medians of ${browser.init.loads} cold loads`
      : `${fmtMs(initMs)} ms (median of ${browser.init.loads} cold loads)`,
    initMs <= BUDGET.initMs,
    initMs <= BUDGET.initMs ? "—" : `${fmtMs(initMs - BUDGET.initMs)} ms over`,
  ],
  [
    "wasm gzip ≤ Ajv bundle gzip",
    `${int(wasm.gzip)} B vs ${int(ajvSize.gzip)} B`,
    wasm.gzip <= ajvSize.gzip,
    wasm.gzip <= ajvSize.gzip ? "—" : `${int(wasm.gzip - ajvSize.gzip)} B over (${x(wasm.gzip / ajvSize.gzip)})`,
  ],
  [
    "baocao check on a folder ≥ 5,000 plan-sized documents/s on 2 cores",
    `${int(docsPerSecond)} documents/s (${int(docsPerSecondIdle)}/s from its CPU time on ${batch.cores} idle cores)`,
    docsPerSecond >= BUDGET.docsPerSecond,
    docsPerSecond >= BUDGET.docsPerSecond ? "—" : `${x(BUDGET.docsPerSecond / docsPerSecond)} too slow`,
  ],
];

const include = (f) => (existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f), "utf8").trim() : `(${f} missing)`);

const md = `# Benchmarks

Written by \`bash scripts/bench.sh\` from one run on ${machine.date}; every figure and
ratio below comes from that run. Do not edit by hand: change the benches, or the two
hand-written parts included at the end (\`benches/size-steps.md\`, \`benches/notes.md\`).

## Budgets

| budget | measured | status | gap |
|---|---|---|---|
${budgets.map(([b, m, ok, gap]) => `| ${b} | ${m} | ${status(ok)} | ${gap} |`).join("\n")}

The size budget is also a test in the test command (\`tests/size.sh\`, deterministic);
the time budgets are checked only here (timings are noisy).

## Machine

| | |
|---|---|
| cores (\`nproc\`) | ${machine.nproc} (shared with other work: load average ${machine.load} at the end of the run) |
| CPU | ${machine.cpu} |
| memory | ${machine.memory} |
| browser | Chromium ${browser.chromium} headless (\`${machine.chromiumBinary}\`), ${browser.hardwareConcurrency} hardware threads seen by the page |
| native | ${machine.rustc}; release profile (opt-level 3, LTO, 1 codegen unit) |
| wasm | \`wasm-release\` profile (opt-level z), wasm-bindgen, \`wasm-opt -Oz\` (\`scripts/build.sh\`) |
| Node | ${machine.node} |
| baocao | ${browser.version} |

## Method

- **One browser run**: \`benches/web/run.mjs\` serves the repository on 127.0.0.1 with
  \`Cache-Control: no-store\` and drives one headless Chromium (playwright-core, Debian's
  \`/usr/bin/chromium\`). The package is the one users get (\`scripts/build.sh\`); Ajv 8 and
  Zod 4 are bundled from npm with esbuild (\`--bundle --minify\`, ES modules).
- **Timing** (\`benches/web/bench.mjs\`): each contender is warmed up (≥ 150 ms), then
  timed in batches of *n* calls, *n* chosen so that a batch lasts ≥ 8 ms (the page's
  clock is coarse); the contenders of one comparison take turns batch by batch
  (${plan.timing.checkDocument.rounds} rounds), so noise from the shared machine falls on all alike. Figures are
  median per-call times; ratios are ratios of medians (for the plan, also of minima:
  its budget is checked on the worse of the two, as the floor's median is noisy).
- **Forms**: \`benches/forms/*.json\`, the same objects to all three. \`validateForm\` runs
  every rule (structure, types, dates, periods, agencies, indicators…) and returns
  findings; Ajv (\`allErrors\`) and Zod check structure only, with equivalent schemas
  (\`benches/report-form.schema.json\`, \`benches/report-form.zod.mjs\`). Options:
  \`{ today: "2026-11-23" }\`.
- **Plan**: ${plan.source}; ${int(plan.utf8Bytes)} UTF-8 bytes,
  ${int(plan.utf16Units)} UTF-16 units. \`checkDocument(text, { today })\` against the
  floor, \`new TextEncoder().encode(text)\`: the least any checker must do to get the
  text into wasm memory.
- **Init**: \`benches/web/init.html\` loaded ${browser.init.loads} times in the same tab:
  from the start of a module script through \`import("/pkg/baocao.js")\` and
  \`await init()\` (fetch of the wasm, streaming compile, instantiate), both fetched
  afresh (no-store). The first load is also shown: it includes the browser's own
  first-page work. \`benches/web/init-overlap.html\`, loaded in turn with it, starts the
  wasm's fetch before the glue's import, as the drop-in does (README shows the same for
  an ES module): the budget is checked on it.
- **Word files in the file checker** (\`benches/web/docx-inflate.mjs\`, benches/size-steps.md
  row 54): the legacy page of file inputs twice in one Chromium, with and without
  \`DecompressionStream("deflate-raw")\` (without it the drop-in loads the reader's own wasm
  and its Rust inflater); a file is chosen in each in turn and timed from the input's
  \`change\` to its findings shown; the figure is the median ratio of the pairs.
- **Sizes**: bytes of the files as served, and \`gzip -9\`.
- **Native**: criterion (\`cargo bench --bench native\`, \`benches/native.rs\`), medians;
  and \`baocao check --format json\` (release build, output to /dev/null) on a
  temporary folder of ${int(batch.files)} plan-sized documents (${batch.sources} real plans of
  ../shared/corpus in turn, or the 33 KB fixture plan), wall-clock time of 3 runs,
  median; and the CPU time (user + sys) of the same runs.

## Browser (one Chromium run)

### Report forms: validateForm (every rule) vs Ajv and Zod (structure only)

| form | JSON bytes | validateForm findings | Ajv errors | Zod issues | validateForm µs | Ajv µs | Zod µs | validateForm / Ajv | validateForm / Zod |
|---|---|---|---|---|---|---|---|---|---|
${formRows
  .map(
    (r) =>
      `| ${r.name} | ${int(r.bytes)} | ${r.findings ?? "—"} | ${r.ajvErrors} | ${r.zodIssues} | ${r.vf ? us(r.vf) : "—"} | ${us(r.ajv)} | ${us(r.zod)} | ${r.vsAjv ? x(r.vsAjv) : "—"} | ${r.vsZod ? x(r.vsZod) : "—"} |`,
  )
  .join("\n")}
${browser.validateFormAvailable ? "" : "\n`validateForm` is not exported by this build of the package, so only Ajv and Zod were timed.\n"}
### validateField on one changed field (issue 5)

\`validateField(form, "/periodTo", options)\` with \`periodTo\` changed between calls (a
correct day and an impossible one, in turn), as a page calls it while a person types:
the findings about that field, cross-field ones included.

| form | validateField µs (median) | min µs |
|---|---|---|
${forms
  .filter(([, f]) => f.field)
  .map(([name, f]) => `| ${name} | ${us(f.field.medianMs)} | ${us(f.field.minMs)} |`)
  .join("\n")}

### The 33 KB plan: checkDocument vs TextEncoder

| | median | min | per call | throughput |
|---|---|---|---|---|
| checkDocument (${plan.findings} findings) | ${fmtMs(cd)} ms | ${fmtMs(plan.timing.checkDocument.minMs)} ms | batch of ${plan.timing.checkDocument.batch} | ${((plan.utf8Bytes / 1e6) / (cd / 1000)).toFixed(1)} MB/s |
| TextEncoder.encode (floor) | ${fmtMs(floor)} ms | ${fmtMs(plan.timing.textEncoder.minMs)} ms | batch of ${plan.timing.textEncoder.batch} | ${((plan.utf8Bytes / 1e6) / (floor / 1000)).toFixed(0)} MB/s |
| **ratio** | **${x(planRatio)}** | **${x(planRatioMin)}** (of minima) | | |

### Init

| ms | glue, then wasm (\`init.html\`) | wasm beside the glue (\`init-overlap.html\`, as the drop-in) |
|---|---|---|
${[
  ["median of " + browser.init.loads + " loads", "medianMs"],
  ["fastest", "minMs"],
  ["slowest", "maxMs"],
  ["first load", "firstMs"],
]
  .map(([label, k]) => `| ${label} | ${fmtMs(browser.init[k])} | ${initOverlap ? fmtMs(initOverlap[k]) : "—"} |`)
  .join("\n")}
${
  browser.init.phasesMs
    ? `
Where the time goes: \`benches/web/init-phases.html\`, the same cold start taken apart
(medians of ${browser.init.loads} loads). Init makes two requests in turn (the glue, then
the wasm); one more request, for a tiny file, shows what a round trip costs in this
browser and server whatever the size.

| phase | ms |
|---|---|
| import of the glue (\`pkg/baocao.js\`) | ${fmtMs(browser.init.phasesMs.glueImport)} |
| fetch of the wasm | ${fmtMs(browser.init.phasesMs.wasmFetch)} |
| \`WebAssembly.compile\` | ${fmtMs(browser.init.phasesMs.compile)} |
| instantiate (\`init({ module_or_path })\`) and a first call | ${fmtMs(browser.init.phasesMs.instantiate)} |
| then a request for a tiny file (a round trip) | ${fmtMs(browser.init.phasesMs.tinyRequest)} |
`
    : ""
}
### Sizes

| file | raw | gzip -9 |
|---|---|---|
| \`pkg/baocao_bg.wasm\` | ${int(wasm.raw)} B (${kb(wasm.raw)}) | ${int(wasm.gzip)} B (${kb(wasm.gzip)}) |
| \`pkg/baocao.js\` (ES module glue) | ${int(glue.raw)} B | ${int(glue.gzip)} B |
${LOADERS.map(([f, what]) => `| \`${f}\` (${what}) | ${int(sizes[f].raw)} B | ${int(sizes[f].gzip)} B |`).join("\n")}
| **baocao total** (wasm + glue) | ${int(wasm.raw + glue.raw)} B | ${int(wasm.gzip + glue.gzip)} B |
| Ajv 8 + schema (esbuild, minified) | ${int(ajvSize.raw)} B (${kb(ajvSize.raw)}) | ${int(ajvSize.gzip)} B (${kb(ajvSize.gzip)}) |
| Zod 4 + schema (esbuild, minified) | ${int(zodSize.raw)} B (${kb(zodSize.raw)}) | ${int(zodSize.gzip)} B (${kb(zodSize.gzip)}) |
| wasm gzip / Ajv gzip | | ${x(wasm.gzip / ajvSize.gzip)} |

## Native

### Criterion (medians)

| benchmark | median | throughput |
|---|---|---|
${crit
  .map((c) => {
    let tp = "";
    if (c.throughput && c.throughput.Bytes) tp = `${(c.throughput.Bytes / 1e6 / (c.ns / 1e9)).toFixed(1)} MB/s`;
    if (c.throughput && c.throughput.Elements) tp = `${int(c.throughput.Elements / (c.ns / 1e9))} documents/s`;
    const t = c.ns >= 1e6 ? `${(c.ns / 1e6).toFixed(2)} ms` : `${(c.ns / 1e3).toFixed(1)} µs`;
    return `| ${c.id} | ${t} | ${tp} |`;
  })
  .join("\n")}

### \`baocao check\` on a folder

| files | bytes | runs: wall s (user + sys CPU s) | median wall | documents/s | MB/s | CPU per document | documents/s on ${batch.cores} idle cores (from CPU time) |
|---|---|---|---|---|---|---|---|
| ${int(batch.files)} | ${int(batch.bytes)} | ${batch.runs.map((r) => `${r.wall.toFixed(2)} (${(r.user + r.sys).toFixed(2)})`).join(", ")} | ${(batchMs / 1000).toFixed(2)} s | **${int(docsPerSecond)}** | ${(batch.bytes / 1e6 / (batchMs / 1000)).toFixed(1)} | ${(cpuPerDoc * 1000).toFixed(2)} ms | ${int(docsPerSecondIdle)} |

When the CPU time is well below cores × wall time, other work held the cores.

## Size: where the bytes go, and each step

${include("benches/size-steps.md")}

## Closing note

${include("benches/notes.md")}
`;
writeFileSync(resolve(ROOT, outFile), md);
