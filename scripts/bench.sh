#!/usr/bin/env bash
# The benchmark command (beside, not inside, the test command): one run that measures
#   - in one headless Chromium: validateForm vs Ajv 8 and Zod 4 on the same report forms,
#     checkDocument on a ~33 KB plan vs TextEncoder, init (fetch, compile, instantiate);
#   - sizes: the wasm and its JS glue beside the Ajv and Zod bundles (esbuild), raw and gzip;
#   - natively: criterion benches (check_document, validate_form, batch) and
#     `baocao check` on a folder of plan-sized documents (documents per second);
# then writes BENCHMARKS.md (machine, date, method, every figure, budgets PASS/FAIL).
#   bash scripts/bench.sh                 # everything (a few minutes)
#   BENCH_QUICK=1 bash scripts/bench.sh   # fewer rounds, for trying the command
# Installs what is missing (scripts/setup.sh). Timings are noisy on a shared machine:
# the budgets on time are checked here and never in the test command.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'bench: %s\n' "$*"; }
quick=${BENCH_QUICK:-}
out=benches/dist
mkdir -p "$out"

bash scripts/setup.sh >/dev/null
say "build the browser package (scripts/build.sh)"
bash scripts/build.sh >/dev/null

say "bundle Ajv and Zod with esbuild (minified ES modules)"
esbuild=node_modules/.bin/esbuild
"$esbuild" benches/web/ajv-entry.mjs --bundle --minify --format=esm --outfile="$out/ajv.js" --log-level=warning
"$esbuild" benches/web/zod-entry.mjs --bundle --minify --format=esm --outfile="$out/zod.js" --log-level=warning

# The ~33 KB plan: the real one of ../shared/corpus when present (read, never copied
# into the repository), else the fixture plan repeated to the same size.
corpus=../shared/corpus
if [ -f "$corpus/plan-province-hung-yen-2026.txt" ]; then
  plan="$corpus/plan-province-hung-yen-2026.txt"
  plan_label="../shared/corpus/plan-province-hung-yen-2026.txt (real plan)"
else
  plan="$out/plan-33k.txt"
  : >"$plan"
  while [ "$(wc -c <"$plan")" -lt 33000 ]; do
    cat tests/fixtures/documents/plan-clean.txt >>"$plan"
    echo >>"$plan"
  done
  plan_label="tests/fixtures/documents/plan-clean.txt repeated to 33 KB (no ../shared/corpus)"
fi

say "sizes"
size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
{
  printf '{'
  first=1
  # The loaders that exist in this build (the drop-in replaced the classic loader).
  for f in pkg/baocao_bg.wasm pkg/baocao.js pkg/baocao.classic.js pkg/baocao.dropin.js \
    pkg/baocao.dropin.esm.js "$out/ajv.js" "$out/zod.js"; do
    [ -f "$f" ] || continue
    [ $first = 1 ] || printf ','
    first=0
    printf '"%s":{"raw":%s,"gzip":%s}' "$f" "$(size "$f")" "$(gz "$f")"
  done
  printf '}\n'
} >"$out/sizes.json"

say "browser: one headless Chromium run"
rounds=31 loads=25
[ -z "$quick" ] || { rounds=9 loads=7; }
node benches/web/run.mjs --plan "$plan" --plan-label "$plan_label" --out "$out/browser.json" \
  --rounds "$rounds" --init-loads "$loads"

say "native: criterion (cargo bench --bench native)"
crit_args=(--warm-up-time 1 --measurement-time 3)
[ -z "$quick" ] || crit_args=(--warm-up-time 0.5 --measurement-time 1)
rm -rf target/criterion
cargo bench --bench native -- "${crit_args[@]}" >"$out/criterion.txt" 2>&1 ||
  { cat "$out/criterion.txt" >&2; exit 1; }

say "native: baocao check on a folder of plan-sized documents"
cargo build --release --bin baocao 2>/dev/null
docs=$(mktemp -d)
trap 'rm -rf "$docs"' EXIT
count=2000
[ -z "$quick" ] || count=500
sources=()
if [ -d "$corpus" ] && ls "$corpus"/*.txt >/dev/null 2>&1; then
  sources=("$corpus"/*.txt)
else
  sources=("$plan")
fi
for ((i = 0; i < count; i++)); do
  cp "${sources[i % ${#sources[@]}]}" "$docs/$(printf '%05d' "$i").txt"
done
folder_bytes=$(du -sb "$docs" | cut -f1)
# Wall-clock time, and the CPU time of the process (user + sys, from bash's `time`): on
# a shared machine the wall clock shows what the cores we got did, the CPU time what
# the checking costs.
runs=()
TIMEFORMAT='%R %U %S'
for r in 1 2 3; do
  t=$({ time target/release/baocao check --format json --today 2026-11-23 "$docs" >/dev/null 2>&1 || true; } 2>&1)
  read -r wall user sys <<<"$t"
  runs+=("{\"wall\":$wall,\"user\":$user,\"sys\":$sys}")
done
printf '{"files":%s,"bytes":%s,"sources":%s,"cores":%s,"runs":[%s]}\n' "$count" "$folder_bytes" \
  "${#sources[@]}" "$(nproc)" "$(IFS=,; echo "${runs[*]}")" >"$out/batch.json"

say "machine"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
printf '{"nproc":%s,"cpu":"%s","memory":"%s","load":"%s","rustc":"%s","node":"%s","chromiumBinary":"%s","date":"%s"}\n' \
  "$(nproc)" "$cpu" "$mem" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(rustc --version)" "$(node --version)" \
  "$(/usr/bin/chromium --version 2>/dev/null | head -n1)" "$(date -u +%Y-%m-%dT%H:%MZ)" >"$out/machine.json"

node benches/report.mjs "$out" BENCHMARKS.md
say "wrote BENCHMARKS.md"
