#!/usr/bin/env bash
# Installs what the browser build and its tests need, and only what is missing, on a
# Debian machine that already has Rust (rustup), Node and npm:
#   - the wasm32-unknown-unknown Rust target;
#   - wasm-bindgen-cli at exactly the wasm-bindgen version pinned in Cargo.toml
#     (wasm-bindgen and wasm-bindgen-test-runner);
#   - the pinned nightly of the browser build (Cargo.toml's wasm-toolchain) with rust-src;
#   - Debian's chromium and chromium-driver (headless browser tests);
#   - the npm dev dependencies of package-lock.json (binaryen's wasm-opt, esbuild and terser,
#     playwright-core).
# Quick when everything is present: it checks, then does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
need() {
  command -v "$1" >/dev/null 2>&1 || {
    say "$1 is required but not found: $2" >&2
    exit 1
  }
}

need cargo "install Rust with rustup (https://rustup.rs)"
need rustup "install Rust with rustup (https://rustup.rs)"
need node "install Node.js 20 or newer"
need npm "install npm (it comes with Node.js)"

# 1. The Rust target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The lints the test command runs.
for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding rust component $component"
    rustup component add "$component"
  fi
done

# 2. wasm-bindgen-cli, the same version as the wasm-bindgen crate (they must match).
# `wasm-bindgen = "=0.2.130"` or `wasm-bindgen = { version = "=0.2.130", … }`.
wb_version=$(grep -E '^wasm-bindgen[[:space:]]*=' Cargo.toml | head -n 1 |
  grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1 || true)
if [ -z "$wb_version" ]; then
  say "cannot read the wasm-bindgen version from Cargo.toml" >&2
  exit 1
fi
have_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }
if [ "$(have_version wasm-bindgen)" = "$wb_version" ] &&
  [ "$(have_version wasm-bindgen-test-runner)" = "$wb_version" ]; then
  say "wasm-bindgen-cli $wb_version: present"
else
  say "installing wasm-bindgen-cli $wb_version (a few minutes)"
  # Not --locked: the crate index here lacks one of its newest locked dependencies.
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

# 3. The pinned nightly of the browser build (Cargo.toml's wasm-toolchain), with the
# standard library's source: scripts/build.sh builds std with the wasm, optimised for size.
wasm_toolchain=$(grep -m1 -E '^wasm-toolchain[[:space:]]*=' Cargo.toml | grep -oE 'nightly-[0-9-]+' || true)
[ -n "$wasm_toolchain" ] || {
  say "cannot read wasm-toolchain from Cargo.toml" >&2
  exit 1
}
if rustup run "$wasm_toolchain" rustc --version >/dev/null 2>&1 &&
  rustup component list --toolchain "$wasm_toolchain" --installed 2>/dev/null | grep -qx rust-src; then
  say "rust $wasm_toolchain with rust-src: present"
else
  say "installing rust $wasm_toolchain with rust-src (the browser build's toolchain)"
  # Where no toolchain can be fetched, the browser build falls back to stable (a larger
  # wasm, measured against its own ratchet in tests/size.sh) rather than not building.
  rustup toolchain install "$wasm_toolchain" --profile minimal --component rust-src ||
    say "WARNING: could not install $wasm_toolchain: scripts/build.sh will build the wasm on stable (larger)" >&2
fi

# 4. Chromium and its WebDriver, from Debian.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -eq 0 ]; then
  say "chromium and chromedriver: present"
else
  say "installing ${missing[*]} with apt-get"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    need sudo "install ${missing[*]} as root"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# 5. npm dev dependencies, exactly as locked. Browsers are never downloaded: the tests
# use Debian's /usr/bin/chromium.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ] ||
  [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/playwright-core ]; then
  say "installing npm dev dependencies (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  touch node_modules
else
  say "node_modules: up to date"
fi

say "done"
