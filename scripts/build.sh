#!/usr/bin/env bash
# Builds the browser package into pkg/ (build output: never edit it by hand):
#   pkg/baocao.js           ES module; default export init(), then checkDocument, rules, …
#   pkg/baocao_bg.wasm      the checker, optimised with wasm-opt (-Oz and more: optimise below)
#   pkg/baocao_forms_bg.wasm  the form checker: the same without checkDocument (and so
#                           without the text reader), which the drop-in loads on pages
#                           that have only report forms; baocao.js instantiates it too
#   pkg/baocao_text_bg.wasm the text checker: the same without the form and registry
#                           functions, for pages that have only text areas
#   pkg/baocao_file_bg.wasm the file checker: the text checker with the .docx reader, for
#                           pages that have text areas and file inputs, no report form
#   pkg/baocao_all_bg.wasm  the drop-in's whole checker: baocao_bg.wasm without the English
#                           of the messages, for pages with report forms and other kinds
#   pkg/baocao.en.txt       that English, which the drop-in's four checkers are given
#                           (loadEnglish) where a page asks for English, or once idle
#   pkg/baocao_docx.js, pkg/baocao_docx_bg.wasm, pkg/baocao_docx.d.ts
#                           the .docx reader, a second wasm (feature docx-wasm) that only
#                           pages reading Word files load: default export init(), then
#                           checkDocx (which checks with baocao.js's checkDocument)
#   pkg/baocao_docx_lite_bg.wasm  the same without its inflater, which the drop-in loads
#                           beside its whole checker where the page inflates
#   pkg/baocao.d.ts         TypeScript types
#   pkg/baocao.dropin.js      the drop-in, for a plain <script src=… defer>: window.baocao
#                             (the glue bundled in: it fetches only the wasm, with its hash)
#   pkg/baocao.dropin.esm.js  the same drop-in as an ES module (export default baocao)
#   pkg/baocao.dropin.d.ts    its types
#   pkg/baocao.dropin.forms.js, .agencies.js, .file.js, .docx.js
#                             the drop-in's parts (js/dropin-forms.js, -agencies.js,
#                             -file.js, -docx.js), which it inserts with their hashes on
#                             the pages that need them: report forms; their agency fields,
#                             when idle; file inputs; file inputs, for the .docx reader's
#                             own wasm
#   pkg/baocao.rules.json   the rule catalogue with its docs, which rules() fetches when asked
#   pkg/report-form.schema.json, pkg/profile.schema.json
#   pkg/*.br, pkg/*.gz        brotli and gzip copies of the wasm and scripts, to serve precompressed
# and prints the Subresource Integrity hashes (sha384) of the files a page loads.
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
[ -x node_modules/.bin/esbuild ] || fail "node_modules/.bin/esbuild not found: run bash scripts/setup.sh"
[ -x node_modules/.bin/terser ] || fail "node_modules/.bin/terser not found: run bash scripts/setup.sh"

out=pkg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm_dir=target/wasm32-unknown-unknown/wasm-release

# The browser build: Cargo.toml's pinned nightly builds std with the wasm, optimised for
# size (-Zbuild-std-features=optimize_for_size: small sorts and string searches), aborting
# without unwinding code or panic messages (-Cpanic=immediate-abort; a panic traps, as it
# always did in wasm32), with no source locations (-Zlocation-detail=none) and no Debug
# formatting (-Zfmt-debug=none: nothing the wasm shows uses {:?}), and with no inlining
# in MIR (-Zinline-mir=no: LLVM still inlines; smaller, and checkDocument no slower).
# Measured in benches/size-steps.md, rows 37 and 48.
# Without it (a machine where no toolchain can be fetched), the wasm is built on stable:
# the same checker, larger; tests/size.sh holds that build to its own ratchet.
wasm_toolchain=$(grep -m1 -E '^wasm-toolchain[[:space:]]*=' Cargo.toml | grep -oE 'nightly-[0-9-]+' || true)
if rustup run "$wasm_toolchain" rustc --version >/dev/null 2>&1 &&
  rustup component list --toolchain "$wasm_toolchain" --installed 2>/dev/null | grep -qx rust-src; then
  wasm_build() {
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Zinline-mir=no" \
      cargo "+$wasm_toolchain" build --profile wasm-release --lib --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
  }
else
  say "WARNING: rust $wasm_toolchain with rust-src not found (bash scripts/setup.sh installs it): building the wasm on stable, larger"
  wasm_toolchain=stable
  wasm_build() { cargo build --profile wasm-release --lib --target wasm32-unknown-unknown "$@"; }
fi

# wasm-opt IN: -Oz, then the control flow rebuilt by the relooper (--flatten --rereloop)
# and -Oz three more times, which finds more to fold: about −2 KB brotli on each checker,
# at the same speed (benches/size-steps.md, row 47); the last passes repeated while they
# still shrink it (--converge): about −0.2 KB more, at the same speed (row 60). The
# features rustc's wasm32 target and wasm-bindgen use (externref, multi-value returns,
# bulk memory …): all supported by current browsers. A function called from one place is
# inlined there only if it is small (at most 40 instructions; binaryen inlines any by
# default): about 0.3% more raw bytes but −5.1 KB brotli on the whole checker, as
# functions kept apart number their locals from 0 and repeat each other's code, which
# brotli finds; 1–2.5% slower checks (benches/builds/paired.cjs, both orders: tens of
# microseconds a check; at 20 or 30, −5.8 KB but validateForm 6–11% slower), rows 62
# and 65 (40 in place of 50: −0.3 to −0.8 KB, validateForm 1–2% slower, the rest 0–2%).
optimise() {
  "$wasm_opt" --one-caller-inline-max-function-size=40 -Oz --flatten --rereloop -Oz -Oz -Oz --converge \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    --enable-multivalue --enable-call-indirect-overlong \
    --strip-debug --strip-producers --strip-target-features \
    "$1" -o "$1.opt"
  mv "$1.opt" "$1"
}

# The .docx reader first (the same crate with feature docx-wasm: src/wasm_docx.rs in
# place of src/wasm/), copied out before the main build overwrites baocao.wasm: with its
# inflater (the library's, and the drop-in's for baocao.docx() and where a page cannot
# inflate), then without it (the drop-in's beside its whole checker where the page
# inflates with DecompressionStream, as for the file checker: 4.3 KB brotli less, row 64).
say "cargo +$wasm_toolchain build --features docx-wasm (the .docx reader's wasm)"
wasm_build --features docx-wasm
mkdir -p "$tmp/docx" "$tmp/docxlite"
cp "$wasm_dir/baocao.wasm" "$tmp/docx/baocao_docx.wasm"
say "cargo +$wasm_toolchain build --no-default-features --features docx-wasm (the .docx reader's wasm without its inflater)"
wasm_build --no-default-features --features docx-wasm
cp "$wasm_dir/baocao.wasm" "$tmp/docxlite/baocao_docx_lite.wasm"

# The form checker (feature forms-wasm: the main wasm without checkDocument, so without
# the text reader), the text checker (feature text-wasm: without the form and registry
# functions) and the file checker (feature file-wasm: the text checker with the .docx
# reader's checkDocxWith), which the drop-in loads on pages that have only report forms,
# only text areas, or text areas and file inputs. The file checker has no inflater: the
# page inflates a Word file's parts with the browser's DecompressionStream (row 54). And
# the drop-in's whole checker (feature english-apart: every function, no English), for
# pages with report forms and the other kinds (row 59). Each of the four has its English
# apart. Then a wasm that is never shipped, only read by wasm-bindgen for the glue that
# instantiates them all: every function of theirs, so the whole checker with the .docx
# reader's (row 63: pages with report forms and a file input load the whole checker, and
# the reader's own wasm once idle).
glue_flags="--no-default-features --features docx-api,english-apart"
for spec in "forms:--features forms-wasm" "text:--features text-wasm" \
  "file:--no-default-features --features file-wasm" "all:--features english-apart" \
  "glue:$glue_flags"; do
  checker=${spec%%:*} flags=${spec#*:}
  what="the $checker checker's wasm"
  [ "$checker" = glue ] && what="the wasm the glue is made from"
  say "cargo +$wasm_toolchain build $flags ($what)"
  # shellcheck disable=SC2086 # the flags are words
  wasm_build $flags
  mkdir -p "$tmp/$checker"
  cp "$wasm_dir/baocao.wasm" "$tmp/$checker/baocao_$checker.wasm"
done

# The English of the messages, which those checkers leave out (src/messages/english.rs):
# build.rs writes it to the build's OUT_DIR, which cargo names in its build messages (the
# last build again: nothing is compiled).
# shellcheck disable=SC2086
en_out=$(wasm_build $glue_flags --message-format=json 2>/dev/null |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.split("\n")){try{const m=JSON.parse(l);if(m.reason==="build-script-executed"&&/#baocao@/.test(m.package_id))console.log(m.out_dir)}catch{}}})')
[ -f "$en_out/messages.en" ] || fail "the messages' English (messages.en) not found in the build's OUT_DIR ($en_out)"
cp "$en_out/messages.en" "$tmp/baocao.en.txt"

say "cargo +$wasm_toolchain build (wasm-release profile: opt-level z, wasm32)"
wasm_build

say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$tmp" --out-name baocao "$wasm_dir/baocao.wasm"
wasm-bindgen --target web --out-dir "$tmp" --out-name baocao_docx "$tmp/docx/baocao_docx.wasm"
wasm-bindgen --target web --out-dir "$tmp/docxlite" --out-name baocao_docx "$tmp/docxlite/baocao_docx_lite.wasm"
cp "$tmp/docxlite/baocao_docx_bg.wasm" "$tmp/baocao_docx_lite_bg.wasm"
# Of the checkers only their wasm is kept: baocao.js (the glue bundled into the drop-in)
# instantiates them, as their imports are some of the main wasm's (checked below, after
# wasm-opt), under the same module name (./baocao_bg.js: the out-name).
for checker in forms text file all; do
  wasm-bindgen --target web --out-dir "$tmp/$checker" --out-name baocao "$tmp/$checker/baocao_$checker.wasm"
  mv "$tmp/$checker/baocao_bg.wasm" "$tmp/baocao_${checker}_bg.wasm"
done
# The drop-in's glue: baocao.js has the main wasm's functions, as the ES module it ships
# as; the drop-in bundles this one, which has the file checker's checkDocxWith too.
wasm-bindgen --target web --out-dir "$tmp/glue" --out-name baocao "$tmp/glue/baocao_glue.wasm"

# The glue's JavaScript snippets (js/form-tape.js) go inside baocao.js, so that the
# package stays the files it always was (no snippets/ folder to deploy).
node scripts/inline-snippets.mjs "$tmp"
node scripts/inline-snippets.mjs "$tmp/glue"

# rules() reads the catalogue with its docs from baocao.rules.json (docs/rules.json,
# generated from the registry and kept current by tests/docs.rs): not from the wasm.
cat js/rules-api.js >>"$tmp/baocao.js"
cat js/rules-api.js >>"$tmp/glue/baocao.js"
cat js/rules-api.d.ts >>"$tmp/baocao.d.ts"
cp docs/rules.json "$tmp/baocao.rules.json"
node --check "$tmp/baocao.js"
node --check "$tmp/glue/baocao.js"

# The reader's glue exports checkDocxWith(bytes, options, check); checkDocx is it with
# the main module's checkDocument (js/docx-api.js, appended; its types too). The drop-in's
# part for Word files bundles the glue of the reader without its inflater
# (baocao_docx.glue.js: docxParts too), which instantiates both readers (checked below).
cp "$tmp/baocao_docx.js" "$tmp/docx/baocao_docx.own.js"
cp "$tmp/docxlite/baocao_docx.js" "$tmp/baocao_docx.glue.js"
cat js/docx-api.js >>"$tmp/baocao_docx.js"
cat js/docx-api.d.ts >>"$tmp/baocao_docx.d.ts"
node --check "$tmp/baocao_docx.js"

say "wasm-opt (optimise)"
optimise "$tmp/baocao_bg.wasm"
optimise "$tmp/baocao_docx_bg.wasm"
optimise "$tmp/baocao_docx_lite_bg.wasm"
optimise "$tmp/baocao_forms_bg.wasm"
optimise "$tmp/baocao_text_bg.wasm"
optimise "$tmp/baocao_file_bg.wasm"
optimise "$tmp/baocao_all_bg.wasm"
# One glue for the five checkers: every import of each checker's wasm must be one the
# glue's wasm has, and the same function as in the glue written for that checker itself.
node scripts/same-imports.mjs "$tmp/glue/baocao.js" "$tmp/glue/baocao_bg.wasm" \
  "$tmp/baocao_bg.wasm:$tmp/baocao.js" "$tmp/baocao_forms_bg.wasm:$tmp/forms/baocao.js" \
  "$tmp/baocao_text_bg.wasm:$tmp/text/baocao.js" "$tmp/baocao_file_bg.wasm:$tmp/file/baocao.js" \
  "$tmp/baocao_all_bg.wasm:$tmp/all/baocao.js"
# And one for the two .docx readers: the drop-in's .docx part.
node scripts/same-imports.mjs "$tmp/baocao_docx.glue.js" "$tmp/docxlite/baocao_docx_bg.wasm" \
  "$tmp/baocao_docx_bg.wasm:$tmp/docx/baocao_docx.own.js" "$tmp/baocao_docx_lite_bg.wasm:$tmp/baocao_docx.glue.js"
# Then short names for those imports, in each glue and wasm alike (a, b … in place of
# __wbg_get_d7176cfb76d71114): the hashes are noise to brotli, written in the wasm and
# in the glue every page downloads (about −0.6 KB brotli each; row 65). One map for each
# shared glue, so that it still instantiates every wasm it did.
node scripts/short-imports.mjs "$tmp/glue/baocao.js" "$tmp/baocao.js" "$tmp/baocao_bg.wasm" \
  "$tmp/baocao_forms_bg.wasm" "$tmp/baocao_text_bg.wasm" "$tmp/baocao_file_bg.wasm" "$tmp/baocao_all_bg.wasm"
node scripts/short-imports.mjs "$tmp/baocao_docx.glue.js" "$tmp/baocao_docx.js" \
  "$tmp/baocao_docx_bg.wasm" "$tmp/baocao_docx_lite_bg.wasm"

say "drop-in build (classic script and ES module)"
version=$(grep -m1 -E '^version[[:space:]]*=' Cargo.toml | grep -oE '[0-9]+\.[0-9]+\.[0-9]+[^"]*')
# sha384 for the integrity an integrator writes on the drop-in's tag (baocao.sri.json,
# below); sha256 for the hashes built into the drop-in, with which it fetches the wasm,
# its parts and data (the script's own SRI covers them too): as binding for a file we
# built, 16 bytes shorter each, and each is in every visitor's download (row 62).
sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | openssl base64 -A)"; }
built_in_sri() { printf 'sha256-%s' "$(openssl dgst -sha256 -binary "$1" | openssl base64 -A)"; }
docx_sri=$(built_in_sri "$tmp/baocao_docx_bg.wasm")
docx_lite_sri=$(built_in_sri "$tmp/baocao_docx_lite_bg.wasm")
forms_sri=$(built_in_sri "$tmp/baocao_forms_bg.wasm")
text_sri=$(built_in_sri "$tmp/baocao_text_bg.wasm")
file_sri=$(built_in_sri "$tmp/baocao_file_bg.wasm")
all_sri=$(built_in_sri "$tmp/baocao_all_bg.wasm")
rules_sri=$(built_in_sri "$tmp/baocao.rules.json")
en_sri=$(built_in_sri "$tmp/baocao.en.txt")
fill() {
  sed -e "s/__VERSION__/$version/g" \
    -e "s|__DOCX_WASM_INTEGRITY__|$docx_sri|g" -e "s|__DOCX_LITE_WASM_INTEGRITY__|$docx_lite_sri|g" \
    -e "s|__FORMS_JS_INTEGRITY__|$forms_js_sri|g" \
    -e "s|__DOCX_JS_INTEGRITY__|$docx_js_sri|g" -e "s|__AGENCIES_JS_INTEGRITY__|$agencies_js_sri|g" \
    -e "s|__FILE_JS_INTEGRITY__|$file_js_sri|g" \
    -e "s|__FORMS_WASM_INTEGRITY__|$forms_sri|g" -e "s|__TEXT_WASM_INTEGRITY__|$text_sri|g" \
    -e "s|__FILE_WASM_INTEGRITY__|$file_sri|g" -e "s|__ALL_WASM_INTEGRITY__|$all_sri|g" \
    -e "s|__RULES_INTEGRITY__|$rules_sri|g" \
    -e "s|__EN_INTEGRITY__|$en_sri|g"
}
esbuild=node_modules/.bin/esbuild
bundle() {
  # import.meta in the glue only names the wasm's default URL, which the drop-in never uses.
  "$esbuild" "$1" --bundle --minify --charset=utf8 --legal-comments=inline --log-level=warning \
    --log-override:empty-import-meta=silent --format="$2" --outfile="$3.esbuild.js"
  # Then terser, three passes: 1.1 KB brotli less than esbuild's minifier alone, no cost at
  # run time (benches/size-steps.md, row 43). Legal comments kept. A function expression
  # that uses neither `this` nor `arguments` nor its own name becomes an arrow (ES2015:
  # the glue's async functions already need ES2017): about −0.1 KB brotli on the drop-in
  # and on its form part (row 66).
  local module=()
  [ "$2" = esm ] && module=(--module)
  node_modules/.bin/terser "$3.esbuild.js" "${module[@]}" --ecma 2017 --compress passes=3,unsafe_arrows=true --mangle \
    --comments '/@license|@preserve|^!/' --output "$3"
  rm -f "$3.esbuild.js"
}
# The drop-in's parts, which it inserts with these hashes on the pages that need them:
# the report form's controller (js/dropin-forms.js) where the checker reads forms, its
# agency autocomplete (js/dropin-agencies.js) when idle after a form with agency fields,
# the file input's controller (js/dropin-file.js) where there is a file input, and the
# .docx reader's glue (js/dropin-docx.js), which the file part inserts with its hash (so
# it is built first).
forms_js_sri=none docx_js_sri=none agencies_js_sri=none file_js_sri=none
for part in forms agencies docx file; do
  fill <"js/dropin-$part.js" >"$tmp/dropin-$part.src.js"
  bundle "$tmp/dropin-$part.src.js" iife "$tmp/baocao.dropin.$part.js"
  node --check "$tmp/baocao.dropin.$part.js"
  printf -v "${part}_js_sri" '%s' "$(built_in_sri "$tmp/baocao.dropin.$part.js")"
done
# The glue (glue/baocao.js) is bundled into each drop-in file, and the drop-in's own
# integrity attribute covers every line of JavaScript that runs: the glue, and the forms'
# part by the hash built in.
cp js/glue-functions.js "$tmp/glue/"
cat js/dropin.js js/entry.classic.js | fill >"$tmp/glue/dropin.classic.src.js"
cat js/dropin.js js/entry.module.js | fill >"$tmp/glue/dropin.module.src.js"
bundle "$tmp/glue/dropin.classic.src.js" iife "$tmp/baocao.dropin.js"
bundle "$tmp/glue/dropin.module.src.js" esm "$tmp/baocao.dropin.esm.js"
cp js/dropin.d.ts "$tmp/baocao.dropin.d.ts"
printf 'export { default, ready } from "./baocao.dropin.js";\nexport type * from "./baocao.dropin.js";\n' \
  >"$tmp/baocao.dropin.esm.d.ts"
node --check "$tmp/baocao.dropin.js"

# The JSON Schemas of the report form and of profiles ship beside the types.
cp schemas/report-form.schema.json schemas/profile.schema.json "$tmp/"

# Replace pkg/ only once everything has built: a failed build leaves the last good one.
mkdir -p "$out"
# Files earlier builds made and this one does not (the whole checker with the .docx
# reader is no longer shipped, row 63): gone, so that a pkg/ copied whole is this build.
rm -f "$out/baocao.classic.js" "$out/baocao.classic.d.ts" "$out"/baocao_allfile_bg.wasm{,.br,.gz}
for f in baocao.js baocao.d.ts baocao_bg.wasm baocao_bg.wasm.d.ts baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm \
  baocao_docx.js baocao_docx.d.ts baocao_docx_bg.wasm baocao_docx_bg.wasm.d.ts baocao_docx_lite_bg.wasm \
  baocao.dropin.js baocao.dropin.esm.js baocao.dropin.d.ts baocao.dropin.esm.d.ts baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js \
  report-form.schema.json profile.schema.json baocao.rules.json baocao.en.txt; do
  mv -f "$tmp/$f" "$out/$f"
done

# Which toolchain built the wasm: tests/size.sh holds each build to its own ratchet.
printf '%s\n' "$wasm_toolchain" >"$out/.wasm-toolchain"

# Precompressed copies (FILE.br, FILE.gz) for servers that send them: scripts/serve.py does.
compressed=(baocao_bg.wasm baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm baocao.js baocao_docx_bg.wasm baocao_docx_lite_bg.wasm baocao_docx.js baocao.dropin.js baocao.dropin.esm.js baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js baocao.rules.json baocao.en.txt)
node scripts/compress.mjs "${compressed[@]/#/$out/}"

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
say "done: $out/"
printf '  %-26s %9s %9s %9s\n' file bytes gzip brotli
for f in baocao_bg.wasm baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm baocao.js baocao_docx_bg.wasm baocao_docx_lite_bg.wasm baocao_docx.js baocao.dropin.js baocao.dropin.esm.js baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js baocao.rules.json baocao.en.txt baocao.d.ts; do
  br=-
  [ -f "$out/$f.br" ] && br=$(size "$out/$f.br")
  printf '  %-26s %9s %9s %9s\n' "$f" "$(size "$out/$f")" "$(gz "$out/$f")" "$br"
done
# Subresource Integrity, for <script integrity=…> in the README's snippet (the wasm's
# hash is built into the drop-in, which fetches it with that integrity).
say "Subresource Integrity (sha384), also in $out/baocao.sri.json:"
sri_files=(baocao.dropin.js baocao.dropin.esm.js baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js baocao.js baocao_bg.wasm baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm baocao_docx.js baocao_docx_bg.wasm baocao_docx_lite_bg.wasm baocao.rules.json baocao.en.txt)
json="{"
for f in "${sri_files[@]}"; do
  hash=$(sri "$out/$f")
  printf '  %-22s %s\n' "$f" "$hash"
  json+=$'\n'"  \"$f\": \"$hash\","
done
printf '%s\n}\n' "${json%,}" >"$out/baocao.sri.json"

# pkg/ as an npm package: package.json, README and licences (scripts/package.sh).
bash scripts/package.sh "$out"
