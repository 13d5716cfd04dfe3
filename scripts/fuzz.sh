#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer), each target for a bounded time:
#   check_document  the document reader and every rule (fuzz/fuzz_targets/check_document.rs)
#   dates           date reading: period::dates::scan and the ISO reader
#   agency          agency matching: find_mentions, lookup, suggest
#   form            the report-form reader and every form rule, on any JSON
#   profile         profile loading (and checking with what loads)
#   numbers         numbers and form dates as people type them
#   tape            the form tape forms and profiles cross the JS boundary in
#   docx            Word documents: any bytes, and any bytes as a zip's document and
#                   numbering parts, through check_docx (seeded with tests/fixtures/docx/)
# Usage: bash scripts/fuzz.sh [target ...]   (default: all eight)
#   FUZZ_SECONDS=60   seconds per target
#   FUZZ_JOBS=1       parallel libFuzzer jobs per target (logs in fuzz/fuzz-*.log)
# Installs what is missing first (a nightly toolchain, cargo-fuzz); idempotent.
# The corpus grows in fuzz/corpus/<target>/ (seeded from fuzz/seeds/<target>/ and, for
# check_document, tests/fixtures/documents/); crashes land in fuzz/artifacts/<target>/.
# Exits non-zero when a target finds a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: installing the nightly toolchain" >&2
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo install cargo-fuzz
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check_document dates agency form profile numbers tape docx)

cd fuzz
cargo +nightly fuzz build -O
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  seeds=("seeds/$t")
  [ "$t" = check_document ] && seeds+=("../tests/fixtures/documents")
  [ "$t" = form ] && seeds+=("../tests/fixtures/forms")
  [ "$t" = docx ] && seeds+=("../tests/fixtures/docx")
  # A form is small; a 64 KB one of nothing but agency names is seconds of lookups
  # per check, which libFuzzer would take for a hang.
  max_len=65536
  [ "$t" = form ] && max_len=16384
  echo "fuzz: $t for ${seconds}s" >&2
  cargo +nightly fuzz run -O "$t" "corpus/$t" "${seeds[@]}" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -print_final_stats=1 \
    ${parallel[@]+"${parallel[@]}"}
done
echo "fuzz: no crash in ${targets[*]}" >&2
