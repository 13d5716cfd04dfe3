#!/usr/bin/env bash
# Every test: formatting and lints, the native suite (unit, rule tables, documents,
# CLI, generated docs; rustdoc with warnings as errors), the build's own scripts, then
# the browser suites in headless Chromium, the size budget, and the npm package installed
# from its tarball.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown -- -D warnings
# The .docx reader's wasm, with its inflater and without (scripts/build.sh builds both).
cargo clippy --lib --tests --target wasm32-unknown-unknown --features docx-wasm -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown --no-default-features --features docx-wasm -- -D warnings
# The form, text and file checkers' wasm (the same, each with some of the functions).
cargo clippy --lib --tests --target wasm32-unknown-unknown --features forms-wasm -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown --features text-wasm -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown --no-default-features --features file-wasm -- -D warnings
# The drop-in's whole checker, and the same with the .docx reader (the wasm of the glue all share).
cargo clippy --lib --tests --target wasm32-unknown-unknown --features english-apart -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown --no-default-features --features docx-api,english-apart -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps
cargo test
# The messages of a checker whose English is apart (the drop-in's form, text and file
# checkers): no English before it is loaded, the right English after.
cargo test --lib --features english-apart english
# The build's own scripts, on inputs written by hand (tests/scripts/).
node --test tests/scripts/
bash scripts/test-web.sh
bash tests/size.sh
bash tests/npm.sh
