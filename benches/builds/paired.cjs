// Two builds of the checker timed against each other in one Node process (V8, as in
// Chromium), interleaved call by call so that a noisy machine slows both alike; the
// ratio B/A is the figure, not the milliseconds. Method of benches/size-steps.md row 37:
//
//   wasm-bindgen --target nodejs --out-dir A --out-name baocao A.wasm
//   wasm-bindgen --target nodejs --out-dir B --out-name baocao B.wasm
//   (then each A/baocao_bg.wasm, B/baocao_bg.wasm through the wasm-opt passes of
//   scripts/build.sh's `optimise`, with its flags; not with -g, which changes them)
//   node benches/builds/paired.cjs A/baocao.js B/baocao.js PLAN.txt FORM.json
//   node benches/builds/paired.cjs B/baocao.js A/baocao.js PLAN.txt FORM.json
//
// Run both orders: the second build named measures 1–2% slower in either (rows 60, 62),
// so a ratio is the mean of the two.
const fs = require("fs");
const path = require("path");
const [a, b, planFile, formFile] = process.argv.slice(2);
if (!formFile) {
  console.error("usage: node benches/builds/paired.cjs A/baocao.js B/baocao.js PLAN.txt FORM.json");
  process.exit(2);
}
const builds = { A: require(path.resolve(a)), B: require(path.resolve(b)) };
const plan = fs.readFileSync(planFile, "utf8");
const form = JSON.parse(fs.readFileSync(formFile, "utf8"));
const options = { today: "2026-06-15" };
const big = plan.repeat(30); // about 1 MB: the large paths (sorting, scanning, the findings' limit)
const work = {
  "checkDocument, the plan": [200, (m) => m.checkDocument(plan, options)],
  "checkDocument, 30 plans": [15, (m) => m.checkDocument(big, options)],
  "validateForm": [200, (m) => m.validateForm(form, options)],
  "suggestAgencies": [200, (m) => m.suggestAgencies("Sở Y tê", 5)],
};
const median = (xs) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
for (const [name, [reps, call]] of Object.entries(work)) {
  const times = { A: [], B: [] };
  for (const m of Object.values(builds)) for (let i = 0; i < 5; i++) call(m); // warm up
  for (let i = 0; i < reps; i++) {
    for (const k of i % 2 ? ["A", "B"] : ["B", "A"]) {
      const start = process.hrtime.bigint();
      call(builds[k]);
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const ta = median(times.A);
  const tb = median(times.B);
  console.log(`${name.padEnd(26)} A ${ta.toFixed(3)} ms  B ${tb.toFixed(3)} ms  B/A ${(tb / ta).toFixed(3)}`);
}
