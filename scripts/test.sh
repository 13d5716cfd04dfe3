#!/usr/bin/env bash
# Every test: formatting and lints, the native suite (unit, rule tables, documents,
# CLI, generated docs), then the browser suites in headless Chromium.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown -- -D warnings
cargo test
bash scripts/test-web.sh
bash tests/size.sh
