#!/usr/bin/env bash
# The npm package (issue 18): `npm pack` in pkg/, then the tarball installed into a
# scratch project with no registry (a local tarball needs none) and imported by node —
# the wasm loaded with initSync and one checkDocument and one validateForm call; the
# drop-in's entries, the wasm and the types resolve through `exports`.
# Run by scripts/test.sh after the browser build.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/package.json ] || bash scripts/build.sh >/dev/null
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
for f in package.json baocao.js baocao.d.ts baocao_bg.wasm baocao.dropin.js baocao.dropin.esm.js \
  baocao.dropin.d.ts README.md LICENSE; do
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

for (const spec of ["baocao/dropin", "baocao/dropin/classic", "baocao/wasm", "baocao/baocao.dropin.js",
  "baocao/report-form.schema.json", "baocao/profile.schema.json"]) {
  assert.ok(existsSync(file(spec)), spec);
}
for (const t of ["baocao.d.ts", "baocao.dropin.esm.d.ts", "baocao.dropin.d.ts"]) {
  assert.ok(existsSync(file("baocao/package.json").replace(/package\.json$/, t)), t);
}
assert.equal(pkg.type, "module");
assert.ok(pkg.sideEffects.includes("./baocao.dropin.js"));
assert.equal(createRequire(import.meta.url).resolve("baocao/wasm"), file("baocao/wasm"));
console.log(`npm: baocao ${version()} installed from its tarball, imported, ${findings.length} findings`);
EOF
EXPECTED_VERSION="$version" node check.mjs
