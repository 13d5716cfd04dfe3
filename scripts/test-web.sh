#!/usr/bin/env bash
# The browser suites, both in headless Debian Chromium; nothing is downloaded.
#   (a) tests/web.rs, tests/web_targets.rs: the JS API through the real wasm-bindgen boundary;
#       tests/web_docx.rs, the .docx reader's wasm (feature docx-wasm)
#       (wasm-bindgen-test-runner drives Chromium through chromedriver);
#   (b) tests/e2e/: the drop-in (demo portal, a plain page, the ES module, CSP),
#       the API demo; screenshots in tests/e2e/artifacts/
#       (scripts/build.sh, then Playwright with node --test).
# Exits non-zero when any test fails. Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_bin=${CHROMIUM:-/usr/bin/chromium}
chromedriver_bin=${CHROMEDRIVER:-/usr/bin/chromedriver}
for bin in "$chromium_bin" "$chromedriver_bin"; do
  [ -x "$bin" ] || {
    echo "test-web: $bin not found: run bash scripts/setup.sh" >&2
    exit 1
  }
done

echo "test-web: (a) wasm-bindgen-test in headless Chromium"
# The whole suite gets 300 s: the two 100,000-run memory tests take a minute in a
# debug build on a busy machine (they yield to the page, so the driver never sees it hang).
# webdriver.json gives chromedriver the Chromium binary and its flags: headless, no
# sandbox (root in a container), and no background networking (refused here anyway).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$chromedriver_bin" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300} \
  WASM_BINDGEN_TEST_DRIVER_TIMEOUT=${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30} \
  cargo test --target wasm32-unknown-unknown --test web --test web_targets
# The .docx reader's wasm is the crate built with feature docx-wasm (scripts/build.sh):
# its boundary is tested in that build.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$chromedriver_bin" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300} \
  WASM_BINDGEN_TEST_DRIVER_TIMEOUT=${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30} \
  cargo test --target wasm32-unknown-unknown --features docx-wasm --test web_docx

echo "test-web: (b) build, then the Playwright end-to-end tests"
bash scripts/build.sh
CHROMIUM="$chromium_bin" node --test tests/e2e/
echo "test-web: all browser tests passed"
