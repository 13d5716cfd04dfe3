#!/usr/bin/env bash
# Builds the browser package into pkg/ (build output: never edit it by hand):
#   pkg/baocao.js           ES module; default export init(), then checkDocument, rules, …
#   pkg/baocao_bg.wasm      the checker, optimised with wasm-opt -Oz
#   pkg/baocao.d.ts         TypeScript types
#   pkg/baocao.classic.js   for a plain <script src=… defer>: window.baocao.ready
#   pkg/baocao.classic.d.ts
#   pkg/report-form.schema.json, pkg/profile.schema.json
# Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'build: %s\n' "$*"; }
fail() {
  say "$*" >&2
  exit 1
}

wb_version=$(grep -E '^wasm-bindgen[[:space:]]*=' Cargo.toml | head -n 1 |
  grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1 || true)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
[ -n "$have" ] || fail "wasm-bindgen not found: run bash scripts/setup.sh"
[ "$have" = "$wb_version" ] ||
  fail "wasm-bindgen $have does not match the crate's $wb_version: run bash scripts/setup.sh"
wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || fail "$wasm_opt not found: run bash scripts/setup.sh"

say "cargo build (wasm-release profile: opt-level z, wasm32)"
cargo build --profile wasm-release --lib --target wasm32-unknown-unknown

out=pkg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$tmp" --out-name baocao \
  target/wasm32-unknown-unknown/wasm-release/baocao.wasm

say "wasm-opt -Oz"
# The features rustc's wasm32 target and wasm-bindgen use (externref, multi-value
# returns, bulk memory …): all supported by current browsers.
"$wasm_opt" -Oz \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  --enable-multivalue --enable-call-indirect-overlong \
  --strip-debug --strip-producers --strip-target-features \
  "$tmp/baocao_bg.wasm" -o "$tmp/baocao_bg.opt.wasm"
mv "$tmp/baocao_bg.opt.wasm" "$tmp/baocao_bg.wasm"

say "classic-script build"
version=$(grep -m1 -E '^version[[:space:]]*=' Cargo.toml | grep -oE '[0-9]+\.[0-9]+\.[0-9]+[^"]*')
sed "s/__VERSION__/$version/" js/classic.js >"$tmp/baocao.classic.js"
cp js/classic.d.ts "$tmp/baocao.classic.d.ts"

# The JSON Schemas of the report form and of profiles ship beside the types.
cp schemas/report-form.schema.json schemas/profile.schema.json "$tmp/"

# Replace pkg/ only once everything has built: a failed build leaves the last good one.
mkdir -p "$out"
for f in baocao.js baocao.d.ts baocao_bg.wasm baocao_bg.wasm.d.ts baocao.classic.js baocao.classic.d.ts \
  report-form.schema.json profile.schema.json; do
  mv -f "$tmp/$f" "$out/$f"
done

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
say "done: $out/"
printf '  %-26s %9s %9s\n' file bytes gzip
for f in baocao_bg.wasm baocao.js baocao.classic.js baocao.d.ts; do
  printf '  %-26s %9s %9s\n' "$f" "$(size "$out/$f")" "$(gz "$out/$f")"
done
