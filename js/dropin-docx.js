/*! baocao __VERSION__ — the .docx reader's part of the drop-in. MIT OR Apache-2.0. */
// Not a file to include: baocao.dropin.js inserts it, with the hash it was built with, on
// a page with a file input (beside baocao_docx_bg.wasm), so that other pages never
// download the reader's glue (benches/size-steps.md, row 44). scripts/build.sh bundles
// the reader's wasm-bindgen glue into it: init() instantiates the reader's wasm, and
// checkDocxWith(bytes, options, check) reads a Word file and checks its text with the
// drop-in's checkDocument.
import init, { checkDocxWith } from "./baocao_docx.glue.js";

// Hands the reader to the drop-in that inserted this script (and only to it).
(function (script) {
  if (script && typeof script.baocaoDefine === "function") script.baocaoDefine({ init: init, checkDocxWith: checkDocxWith });
})(document.currentScript);
