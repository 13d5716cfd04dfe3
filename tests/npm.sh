#!/usr/bin/env bash
# The npm package (issue 18): `npm pack` in pkg/, then the tarball installed into a
# scratch project with no registry (a local tarball needs none) and imported by node —
# the wasm loaded with initSync and one checkDocument and one validateForm call; the
# .docx reader (baocao/docx, its own wasm) loaded the same way and one checkDocx call on
# a real Word document; the drop-in's entries, the wasms and the types resolve through
# `exports`.
# Run by scripts/test.sh after the browser build.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/package.json ] || bash scripts/build.sh >/dev/null
fixtures=$PWD/tests/fixtures/docx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$(grep -m1 -E '^version[[:space:]]*=' Cargo.toml | grep -oE '[0-9]+\.[0-9]+\.[0-9]+[^"]*')
(cd pkg && npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$work/baocao-$version.tgz"
[ -f "$tarball" ] || {
  echo "npm: npm pack did not write baocao-$version.tgz" >&2
  ls "$work" >&2
  exit 1
}
listing=$(tar -tzf "$tarball")
for f in package.json baocao.js baocao.d.ts baocao_bg.wasm baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm baocao_docx.js baocao_docx.d.ts \
  baocao_docx_bg.wasm baocao_docx_lite_bg.wasm baocao.dropin.js baocao.dropin.esm.js baocao.dropin.d.ts baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js baocao.en.txt \
  README.md LICENSE; do
  grep -qx "package/$f" <<<"$listing" || {
    echo "npm: $f is not in the tarball" >&2
    exit 1
  }
done

mkdir "$work/app"
cd "$work/app"
printf '{ "name": "scratch", "version": "1.0.0", "private": true, "type": "module" }\n' >package.json
npm install --offline --no-audit --no-fund --silent "$tarball"

cat >check.mjs <<'EOF'
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import init, { initSync, checkDocument, validateForm, version } from "baocao";
import initDocx, { initSync as initDocxSync, checkDocx } from "baocao/docx";

const file = (spec) => fileURLToPath(import.meta.resolve(spec));
const pkg = JSON.parse(readFileSync(file("baocao/package.json"), "utf8"));
assert.equal(typeof init, "function");
initSync({ module: readFileSync(file("baocao/baocao_bg.wasm")) });
assert.equal(version(), pkg.version);
assert.equal(version(), process.env.EXPECTED_VERSION);

const findings = checkDocument("KẾ HOẠCH\nPhòng, chống mua bán người năm 2026\n\nI. MỤC ĐÍCH\n\nIII. KINH PHÍ\n", { lang: "en", today: "2026-11-23" });
assert.ok(Array.isArray(findings) && findings.length > 0);
assert.ok(findings.some((f) => f.code === "S003"), JSON.stringify(findings.map((f) => f.code)));
const form = validateForm({ reportType: "half_year", periodTo: "31/02/2026" });
assert.ok(form.some((f) => f.code === "P001" && f.path === "/periodTo"));
// A limit, and the module alive after it.
assert.throws(() => validateForm({ tasks: Object.assign([], { length: 2e7 }) }), RangeError);
assert.ok(checkDocument("KẾ HOẠCH\n").length > 0);

// The .docx reader: its own wasm; checkDocx checks with the main module's checkDocument.
assert.equal(typeof initDocx, "function");
initDocxSync({ module: readFileSync(file("baocao/docx/wasm")) });
const docx = checkDocx(new Uint8Array(readFileSync(process.env.FIXTURES + "/plan-gap.docx")), { today: "2026-11-23" });
assert.deepEqual(docx.map((f) => f.code).sort(), ["A001", "S003", "S005"]);
assert.ok(docx.every((f) => f.paragraph > 0 && typeof f.excerpt === "string"), JSON.stringify(docx));
assert.throws(() => checkDocx(new Uint8Array([1, 2, 3])), (e) => /^checkDocx: not a Word \.docx file/.test(e.message) && /không phải tệp Word/.test(e.messageVi));
assert.throws(() => checkDocx(new Uint8Array(readFileSync(process.env.FIXTURES + "/plan-gap.docx")), { lang: "fr" }), (e) => e instanceof RangeError && /^checkDocx: options\.lang/.test(e.message));

for (const spec of ["baocao/dropin", "baocao/docx", "baocao/baocao_docx_bg.wasm", "baocao/dropin/classic", "baocao/wasm", "baocao/baocao.dropin.js",
  "baocao/baocao.dropin.forms.js", "baocao/baocao.dropin.agencies.js", "baocao/baocao.dropin.file.js", "baocao/baocao.dropin.docx.js", "baocao/report-form.schema.json", "baocao/profile.schema.json"]) {
  assert.ok(existsSync(file(spec)), spec);
}
for (const t of ["baocao.d.ts", "baocao_docx.d.ts", "baocao.dropin.esm.d.ts", "baocao.dropin.d.ts"]) {
  assert.ok(existsSync(file("baocao/package.json").replace(/package\.json$/, t)), t);
}
assert.equal(pkg.type, "module");
assert.ok(pkg.sideEffects.includes("./baocao.dropin.js"));
assert.equal(createRequire(import.meta.url).resolve("baocao/wasm"), file("baocao/wasm"));
console.log(`npm: baocao ${version()} installed from its tarball, imported, ${findings.length} findings; checkDocx from baocao/docx: ${docx.length}`);
EOF
EXPECTED_VERSION="$version" FIXTURES="$fixtures" node check.mjs

# The form and text checkers (baocao_forms_bg.wasm, baocao_text_bg.wasm) under the same
# glue, each in a process of its own (the glue holds one instance): the whole checker's
# findings from the functions each has, and none of the others.
cat >checkers.mjs <<'EOF'
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, checkDocument, validateForm, validateField, findAgency, suggestAgencies, loadEnglish } from "baocao";
const file = (spec) => fileURLToPath(import.meta.resolve(spec));
const exports = initSync({ module: readFileSync(file(process.argv[2])) });
const has = (name) => typeof exports[name] === "function";
const form = { reportType: "half_year", year: 2026, periodFrom: "15/12/2025", periodTo: "31/02/2026", agency: "Sở Y tế", indicators: { tipsReceived: 10, tipsResolved: 9, tipsResolvedRate: 50 }, tasks: [{ title: "Tuyên truyền", lead: "Ban Chỉ đạo 138 tỉnh" }] };
const text = "KẾ HOẠCH\nPhòng, chống mua bán người năm 2026\n\nI. MỤC ĐÍCH\n\nIII. KINH PHÍ\nSở Y tế chủ trì, hoàn thành trước ngày 31/02/2026.\n";
// The English of the messages (baocao/en.txt): the form and text checkers have none before it.
const first = has("checkDocument") ? checkDocument(text, { today: "2026-06-15" }) : validateForm(form, { today: "2026-06-15" });
const refused = (() => { try { loadEnglish("baocao messages en 0 1\nX\n"); return false; } catch (e) { return e instanceof RangeError; } })();
loadEnglish(readFileSync(file("baocao/en.txt"), "utf8"));
console.log(JSON.stringify({
  englishBefore: first.map((f) => f.messageEn !== ""),
  refused,
  functions: ["checkDocument", "validateForm", "validateField", "findAgency", "suggestAgencies"].filter(has),
  form: has("validateForm") ? validateForm(form, { today: "2026-06-15" }) : null,
  field: has("validateField") ? validateField(form, "/indicators/tipsResolvedRate", { today: "2026-06-15" }) : null,
  found: has("findAgency") ? findAgency("UBND tỉnh Hưng Yên") : null,
  suggest: has("suggestAgencies") ? suggestAgencies("So Y te", 3) : null,
  text: has("checkDocument") ? checkDocument(text, { today: "2026-06-15" }) : null,
}));
EOF
cat >compare.mjs <<'EOF'
const [whole, forms, text] = process.argv.slice(2).map((s) => JSON.parse(s));
const same = (a, b, what) => {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what} differs from the whole checker:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
};
same(whole.functions, ["checkDocument", "validateForm", "validateField", "findAgency", "suggestAgencies"], "the whole checker's functions");
same(forms.functions, ["validateForm", "validateField", "findAgency", "suggestAgencies"], "the form checker's functions");
same(text.functions, ["checkDocument"], "the text checker's functions");
if (whole.form.length < 2 || whole.text.length < 2 || !whole.found) throw new Error(`the test inputs should have findings: ${JSON.stringify(whole)}`);
same([whole, forms, text].map((c) => c.refused), [true, true, true], "English of another build refused");
same(whole.englishBefore.every(Boolean) && whole.englishBefore.length > 1, true, "the whole checker's English, built in");
same(forms.englishBefore.concat(text.englishBefore).some(Boolean), false, "no English in the form and text checkers before loadEnglish");
for (const key of ["form", "field", "found", "suggest"]) same(forms[key], whole[key], `the form checker: ${key}`);
same(text.text, whole.text, "the text checker: checkDocument");
console.log(`npm: the form and text checkers under the same glue: the same findings (${whole.form.length} of a form, ${whole.text.length} of a text) from the functions each has`);
EOF
node compare.mjs "$(node checkers.mjs baocao/wasm)" "$(node checkers.mjs baocao/forms/wasm)" "$(node checkers.mjs baocao/text/wasm)"
