#!/usr/bin/env bash
# Makes pkg/ an npm package (run by scripts/build.sh once pkg/ is built): writes
# pkg/package.json, its version read from Cargo.toml, and copies the README and the
# licences in. `cd pkg && npm pack` then gives baocao-<version>.tgz; tests/npm.sh
# installs that into a scratch project and imports it.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-pkg}
version=$(grep -m1 -E '^version[[:space:]]*=' Cargo.toml | grep -oE '[0-9]+\.[0-9]+\.[0-9]+[^"]*')
description=$(grep -m1 -E '^description[[:space:]]*=' Cargo.toml | sed -E 's/^description[[:space:]]*=[[:space:]]*"(.*)"$/\1/')
license=$(grep -m1 -E '^license[[:space:]]*=' Cargo.toml | sed -E 's/^license[[:space:]]*=[[:space:]]*"(.*)"$/\1/')
for f in baocao.js baocao.d.ts baocao_bg.wasm baocao_forms_bg.wasm baocao_text_bg.wasm baocao_file_bg.wasm baocao_all_bg.wasm baocao_docx.js baocao_docx.d.ts baocao_docx_bg.wasm baocao_docx_lite_bg.wasm \
  baocao.dropin.js baocao.dropin.esm.js baocao.dropin.forms.js baocao.dropin.agencies.js baocao.dropin.file.js baocao.dropin.docx.js baocao.en.txt; do
  [ -f "$out/$f" ] || {
    echo "package: $out/$f missing: run bash scripts/build.sh" >&2
    exit 1
  }
done

cp README.md LICENSE LICENSE-MIT LICENSE-APACHE "$out/"

VERSION="$version" DESCRIPTION="$description" LICENSE_ID="$license" OUT="$out" node --input-type=module -e '
import { writeFileSync } from "node:fs";
const pkg = {
  name: "baocao",
  version: process.env.VERSION,
  description: process.env.DESCRIPTION,
  license: process.env.LICENSE_ID,
  keywords: ["vietnamese", "validation", "wasm", "e-government", "report"],
  type: "module",
  // The ES module: default export init(), then checkDocument, validateForm, …
  main: "./baocao.js",
  module: "./baocao.js",
  types: "./baocao.d.ts",
  exports: {
    ".": { types: "./baocao.d.ts", default: "./baocao.js" },
    // The .docx reader, a second wasm: default export init(), then checkDocx (which
    // checks with the checkDocument of the main module: initialise both).
    "./docx": { types: "./baocao_docx.d.ts", default: "./baocao_docx.js" },
    "./docx/wasm": "./baocao_docx_bg.wasm",
    "./baocao_docx.js": { types: "./baocao_docx.d.ts", default: "./baocao_docx.js" },
    "./baocao_docx_bg.wasm": "./baocao_docx_bg.wasm",
    // The drop-in as an ES module (export default baocao; also window.baocao).
    "./dropin": { types: "./baocao.dropin.esm.d.ts", default: "./baocao.dropin.esm.js" },
    // The classic drop-in, for a plain <script src> tag: a file to serve, not to import.
    "./dropin/classic": { types: "./baocao.dropin.d.ts", default: "./baocao.dropin.js" },
    "./baocao_bg.wasm": "./baocao_bg.wasm",
    "./wasm": "./baocao_bg.wasm",
    // The form checker and the text checker: the same wasm with some of its functions
    // (init() of baocao.js takes them too); the drop-in loads one on pages that have only
    // report forms, or only text areas and file inputs.
    "./baocao_forms_bg.wasm": "./baocao_forms_bg.wasm",
    "./forms/wasm": "./baocao_forms_bg.wasm",
    "./baocao_text_bg.wasm": "./baocao_text_bg.wasm",
    "./text/wasm": "./baocao_text_bg.wasm",
    // The file checker: the text checker with the .docx reader, which the drop-in loads on
    // pages with text areas and file inputs. A file to serve beside the drop-in, whose
    // glue instantiates it; baocao.js does not.
    "./baocao_file_bg.wasm": "./baocao_file_bg.wasm",
    "./baocao.js": { types: "./baocao.d.ts", default: "./baocao.js" },
    "./baocao.dropin.js": "./baocao.dropin.js",
    "./baocao.dropin.esm.js": "./baocao.dropin.esm.js",
    // The four parts of the drop-in, which it loads itself on the pages that need them
    // (files to serve beside it, not to import): the report form controller, its agency
    // autocomplete, the controller of file inputs, the .docx glue.
    "./baocao.dropin.forms.js": "./baocao.dropin.forms.js",
    "./baocao.dropin.agencies.js": "./baocao.dropin.agencies.js",
    "./baocao.dropin.file.js": "./baocao.dropin.file.js",
    "./baocao.dropin.docx.js": "./baocao.dropin.docx.js",
    // The English of the messages, which the drop-in gives its checkers.
    "./en.txt": "./baocao.en.txt",
    "./baocao.en.txt": "./baocao.en.txt",
    "./report-form.schema.json": "./report-form.schema.json",
    "./profile.schema.json": "./profile.schema.json",
    "./baocao.sri.json": "./baocao.sri.json",
    // The rule catalogue with its docs, which rules() fetches (in Node: read it).
    "./rules.json": "./baocao.rules.json",
    "./baocao.rules.json": "./baocao.rules.json",
    "./package.json": "./package.json",
  },
  files: [
    "baocao.js", "baocao.d.ts", "baocao_bg.wasm", "baocao_bg.wasm.d.ts", "baocao_forms_bg.wasm", "baocao_text_bg.wasm",
    "baocao_file_bg.wasm", "baocao_all_bg.wasm", "baocao_docx.js", "baocao_docx.d.ts", "baocao_docx_bg.wasm", "baocao_docx_bg.wasm.d.ts", "baocao_docx_lite_bg.wasm",
    "baocao.dropin.js", "baocao.dropin.esm.js", "baocao.dropin.d.ts", "baocao.dropin.esm.d.ts",
    "baocao.dropin.forms.js", "baocao.dropin.agencies.js", "baocao.dropin.file.js", "baocao.dropin.docx.js", "baocao.en.txt",
    "report-form.schema.json", "profile.schema.json", "baocao.sri.json", "baocao.rules.json",
    "README.md", "LICENSE", "LICENSE-MIT", "LICENSE-APACHE",
  ],
  // Importing the glue does nothing until init(); the drop-in attaches to the page.
  sideEffects: ["./baocao.dropin.js", "./baocao.dropin.esm.js"],
};
writeFileSync(process.env.OUT + "/package.json", JSON.stringify(pkg, null, 2) + "\n");
'
echo "package: $out/package.json (baocao $version), README and licences"
