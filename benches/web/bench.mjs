// The browser benchmark: one page, one run, everything timed side by side.
//   - validateForm (every rule) vs Ajv 8 and Zod 4 (structure only) on the same forms;
//   - checkDocument on a ~33 KB plan vs the floor: TextEncoder over the same text.
// Method: each contender is warmed up, then timed in batches of n calls (n chosen so a
// batch lasts at least MIN_BATCH_MS, since the browser's clock is coarse); the
// contenders of one comparison take turns, batch by batch, so that noise from the
// shared machine falls on all of them alike. The figure is the median per-call time.
const MIN_BATCH_MS = 8;
const ROUNDS = Number(new URLSearchParams(location.search).get("rounds") || 31);
const OPTIONS = { today: "2026-11-23" };

const out = document.getElementById("out");
const log = (s) => {
  out.textContent += `\n${s}`;
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** How many calls make a batch of at least MIN_BATCH_MS (after a warm-up). */
function calibrate(fn) {
  const warmUntil = performance.now() + 150;
  let calls = 0;
  while (performance.now() < warmUntil || calls < 20) {
    fn();
    calls++;
  }
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const ms = performance.now() - t0;
    if (ms >= MIN_BATCH_MS) return n;
    n = Math.max(n + 1, Math.ceil(n * Math.min(10, (MIN_BATCH_MS * 1.2) / Math.max(ms, 0.05))));
  }
}

/** Times contenders in turns; per-call milliseconds for each: median, min, samples. */
function race(contenders) {
  const ns = contenders.map(([, fn]) => calibrate(fn));
  const samples = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    contenders.forEach(([, fn], k) => {
      const n = ns[k];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      samples[k].push((performance.now() - t0) / n);
    });
  }
  const result = {};
  contenders.forEach(([name], k) => {
    result[name] = {
      medianMs: median(samples[k]),
      minMs: Math.min(...samples[k]),
      batch: ns[k],
      rounds: ROUNDS,
    };
  });
  return result;
}

async function main() {
  const baocao = await import("/pkg/baocao.js");
  await baocao.default();
  const ajv = await import("/benches/dist/ajv.js");
  const zod = await import("/benches/dist/zod.js");
  const manifest = await (await fetch("/bench-data/manifest.json")).json();

  const result = {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    version: baocao.version(),
    forms: {},
  };

  // 1. Forms: validateForm (every rule) vs Ajv and Zod (structure only).
  const hasValidateForm = typeof baocao.validateForm === "function";
  result.validateFormAvailable = hasValidateForm;
  for (const name of manifest.forms) {
    const form = await (await fetch(`/benches/forms/${name}.json`)).json();
    const findings = hasValidateForm ? baocao.validateForm(form, OPTIONS) : null;
    const ajvErrors = ajv.validate(form);
    const zodIssues = zod.validate(form);
    const contenders = [
      ["ajv", () => ajv.validate(form)],
      ["zod", () => zod.validate(form)],
    ];
    if (hasValidateForm) contenders.unshift(["validateForm", () => baocao.validateForm(form, OPTIONS)]);
    const timing = race(contenders);
    // Issue 5: validateField as a page calls it while a person types: one field
    // changed (the period's last day, back and forth), its findings asked for.
    let field = null;
    if (typeof baocao.validateField === "function") {
      const typed = { ...form };
      const values = [form.periodTo ?? "14/06/2026", "31/02/2026"];
      let turn = 0;
      field = race([
        [
          "validateField",
          () => {
            typed.periodTo = values[turn++ & 1];
            return baocao.validateField(typed, "/periodTo", OPTIONS);
          },
        ],
      ]).validateField;
    }
    result.forms[name] = {
      bytes: JSON.stringify(form).length,
      findings: findings && findings.length,
      ajvErrors: ajvErrors.length,
      zodIssues: zodIssues.length,
      timing,
      field,
    };
    log(`form ${name}: ${JSON.stringify(timing)}`);
  }

  // 2. A ~33 KB plan: checkDocument vs the floor, TextEncoder over the same text.
  const plan = await (await fetch("/bench-data/plan.txt")).text();
  const encoder = new TextEncoder();
  const findings = baocao.checkDocument(plan, OPTIONS);
  const timing = race([
    ["checkDocument", () => baocao.checkDocument(plan, OPTIONS)],
    ["textEncoder", () => encoder.encode(plan)],
  ]);
  result.plan = {
    source: manifest.planSource,
    utf16Units: plan.length,
    utf8Bytes: encoder.encode(plan).length,
    findings: findings.length,
    timing,
  };
  log(`plan: ${JSON.stringify(result.plan)}`);
  return result;
}

main().then(
  (r) => {
    window.benchResult = r;
    log("done");
  },
  (e) => {
    window.benchResult = { error: String((e && e.stack) || e) };
    log(`error: ${e}`);
  },
);
